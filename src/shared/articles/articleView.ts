// The derived, read-only view of a page's articles: what the editor lists and what every exporter reads.
import type { ArticleType, LineRole, PageLayout } from '../model/page'
import { datelinePrefixLength, photoCreditStart } from './bylines'
import { checkLayout } from './checkLayout'
import { JUMP } from './lineKinds'
import { isBlank, splitLines, trimRange } from './lines'

/** A piece of one line with its resolved role: UTF-16 offsets into the clean text, text = clean.slice(start, end). */
export interface ArticlePart {
  role: LineRole
  start: number
  end: number
  text: string
}

/** A body, heading or caption paragraph; `bodyStart` is the UTF-16 offset of its text in the article's `bodyText`. */
export interface ArticleParagraph extends ArticlePart {
  role: 'body' | 'heading' | 'caption'
  bodyStart: number
}

/**
 * One article as exporters see it. `range` is [start of its first line, start of the next article or end of text).
 * `parts` lists every non-blank line piece in text order except jump lines such as （下转第2版）, which are page
 * furniture, not article text; a byline line that begins with a dateline yields a byline
 * part (本报讯（记者王伟）) and a body part (the rest), and a caption ending in a photo credit yields a caption part
 * and a byline part. `bodyText` is the paragraphs' texts joined by "\n" (headings and captions included, as in the gold).
 */
export interface ArticleView {
  id: string
  index: number
  range: { start: number; end: number }
  type: ArticleType
  tags: string[]
  region: string | null
  kicker: string | null
  headline: string | null
  subheads: string[]
  byline: string | null
  parts: ArticlePart[]
  paragraphs: ArticleParagraph[]
  bodyText: string
}

/** The parts of one line [start, end) of `clean` given its role (see ArticleView for the splitting rules). */
export function linePartsOf(clean: string, start: number, end: number, role: LineRole): ArticlePart[] {
  const whole = trimRange(clean, start, end)
  if (whole.start === whole.end) return []
  const text = clean.slice(whole.start, whole.end)
  const part = (r: LineRole, s: number, e: number): ArticlePart => {
    const t = trimRange(clean, s, e)
    return { role: r, start: t.start, end: t.end, text: clean.slice(t.start, t.end) }
  }
  if (role === 'byline') {
    const len = datelinePrefixLength(text)
    if (len > 0 && clean.slice(whole.start + len, whole.end).trim() !== '')
      return [part('byline', whole.start, whole.start + len), part('body', whole.start + len, whole.end)]
  }
  if (role === 'caption') {
    const credit = photoCreditStart(text)
    if (credit > 0 && clean.slice(whole.start, whole.start + credit).trim() !== '')
      return [part('caption', whole.start, whole.start + credit), part('byline', whole.start + credit, whole.end)]
    if (credit === 0) return [part('byline', whole.start, whole.end)]
  }
  return [part(role, whole.start, whole.end)]
}

/** Derives every article of `clean` from `layout` (throws RangeError if the layout does not fit the text). */
export function articlesOf(clean: string, layout: PageLayout): ArticleView[] {
  checkLayout(clean, layout)
  const roleAt = new Map(layout.roles.map((r) => [r.at, r.role]))
  const lines = splitLines(clean)
  const views: ArticleView[] = []
  let li = 0
  layout.articles.forEach((mark, index) => {
    const end = index + 1 < layout.articles.length ? layout.articles[index + 1].start : clean.length
    while (li < lines.length && lines[li].start < mark.start) li++
    const parts: ArticlePart[] = []
    for (; li < lines.length && lines[li].start < end; li++) {
      const line = lines[li]
      if (isBlank(line.text) || JUMP.test(line.text.trim())) continue
      parts.push(...linePartsOf(clean, line.start, line.end, roleAt.get(line.start) ?? 'body'))
    }
    const texts = (role: LineRole) => parts.filter((p) => p.role === role).map((p) => p.text)
    const paragraphs: ArticleParagraph[] = []
    let bodyStart = 0
    for (const p of parts)
      if (p.role === 'body' || p.role === 'heading' || p.role === 'caption') {
        paragraphs.push({ ...p, role: p.role, bodyStart })
        bodyStart += p.text.length + 1
      }
    const kicker = texts('kicker').join('')
    const headline = texts('headline').join('')
    const byline = texts('byline').join(' ')
    views.push({
      id: mark.id,
      index,
      range: { start: mark.start, end },
      type: mark.type,
      tags: [...mark.tags],
      region: mark.region,
      kicker: kicker || null,
      headline: headline || null,
      subheads: texts('subhead'),
      byline: byline || null,
      parts,
      paragraphs,
      bodyText: paragraphs.map((p) => p.text).join('\n')
    })
  })
  return views
}

/** The article whose range holds UTF-16 offset `offset` of the clean text (the text end counts for the last), or null. */
export function articleAt(views: readonly ArticleView[], offset: number): ArticleView | null {
  for (const v of views)
    if (v.range.start <= offset && (offset < v.range.end || (v.index === views.length - 1 && offset === v.range.end)))
      return v
  return null
}
