// The rest of an article printed after another one. The OCR reads the page column by column, so when article A
// continues in a column after article B, A's last paragraphs end up at the end of B (seeds/002: “联链”服务站 …
// paragraphs after the 燕山石化 column). Evidence: A breaks off mid-sentence, every one of those paragraphs names
// a quoted term of A's title (topics.ts) that B's title and earlier text never name, and B's text before them ends
// a sentence (once an editor has joined A's broken sentence, the provenance shows A ending in text from below B).
// They become an untitled article, which readingGroups puts back after A for export.
import type { PageLayout } from '../model/page'
import { articlesOf, type ArticleView } from './articleView'
import { nextArticleId } from './articleIds'
import { lineFeatures } from './lineKinds'
import { lineStartOf } from './lines'
import { firstRawOffset, lastRawOffset, type SegmentHints } from './segmentHints'
import { continuedTitle, mentionsAny, quotedTerms } from './topics'

/** Quoted terms of an article's kicker, headline and subheads; none for boxes and photos. */
export function titleTerms(v: ArticleView): string[] {
  if (!v.headline || v.type === 'sidebar' || v.type === 'photo') return []
  return quotedTerms([v.kicker ?? '', v.headline, ...v.subheads].join(' '))
}

/**
 * Title terms of an article whose text continues elsewhere, else none. It does when its last paragraph breaks off
 * mid-sentence, or (given the provenance) when that paragraph ends with text the OCR read below the start of the
 * next article: an editor joined the broken sentence to its continuation, and the rest of that column still
 * stands where the OCR put it.
 */
export function openTitleTerms(v: ArticleView, next?: ArticleView, hints?: SegmentHints): string[] {
  const last = v.paragraphs.at(-1)
  if (!last) return []
  if (!lineFeatures(last.text).sentenceEnd) return titleTerms(v)
  if (!hints || !next) return []
  const ends = lastRawOffset(hints.prov, last.start, last.end)
  const nextStarts = firstRawOffset(hints.prov, next.range.start, next.range.end)
  return ends !== null && nextStarts !== null && ends > nextStarts ? titleTerms(v) : []
}

/** openTitleTerms of every view. */
export function openTitles(views: readonly ArticleView[], hints?: SegmentHints): string[][] {
  return views.map((v, i) => openTitleTerms(v, views[i + 1], hints))
}

/** `layout` with the continuation tails of its articles split off as untitled articles (see the file comment). */
export function splitContinuations(clean: string, layout: PageLayout, hints?: SegmentHints): PageLayout {
  const views = articlesOf(clean, layout)
  const open = openTitles(views, hints)
  const starts: number[] = []
  views.forEach((b, i) => {
    if (i === 0 || open.slice(0, i).every((t) => t.length === 0) || !b.headline) return
    const tail = continuationTail(clean, b, open.slice(0, i), titleTerms(b))
    if (tail !== null) starts.push(tail)
  })
  if (starts.length === 0) return layout
  let next = layout
  for (const start of starts) {
    const id = nextArticleId(next)
    next = {
      ...next,
      articles: [...next.articles, { id, start, type: 'other' as const, tags: [], region: null }].sort(
        (a, b) => a.start - b.start
      )
    }
  }
  return next
}

/** Clean offset of the line where `b`'s continuation of an earlier article starts, or null. */
function continuationTail(
  clean: string,
  b: ArticleView,
  earlier: readonly (readonly string[])[],
  own: readonly string[]
): number | null {
  // Whole body lines only: a dateline line's body part shares its line with the byline.
  const paras = b.paragraphs.filter((p) => p.role === 'body' && lineStartOf(clean, p.start) === p.start)
  const last = paras.at(-1)
  if (!last || last !== b.paragraphs.at(-1)) return null
  const x = continuedTitle([last.text], earlier, own)
  if (x === null) return null
  const terms = earlier[x].filter((t) => !own.some((o) => o.includes(t) || t.includes(o)))
  let k = b.paragraphs.length
  while (k > 1 && b.paragraphs[k - 1].role === 'body' && mentionsAny(b.paragraphs[k - 1].text, terms)) k--
  if (k < 1 || k >= b.paragraphs.length) return null
  const first = b.paragraphs[k]
  const before = b.paragraphs[k - 1]
  if (!paras.includes(first)) return null
  if (before.role !== 'heading' && !lineFeatures(before.text).sentenceEnd) return null
  // The terms must be foreign to what stays in b.
  if (b.parts.some((p) => p.end <= first.start && mentionsAny(p.text, terms))) return null
  return first.start
}
