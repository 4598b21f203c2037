// Offsets between the clean text and an article's bodyText, the one place exporters convert entity spans.
// Both sides count UTF-16 units; code points come later, in shared/text/offsets, on the exported text.
import type { ArticleParagraph, ArticleView } from './articleView'

function paragraphAtClean(article: ArticleView, offset: number): ArticleParagraph | null {
  for (const p of article.paragraphs) if (p.start <= offset && offset <= p.end) return p
  return null
}

/** UTF-16 offset in `article.bodyText` of clean UTF-16 offset `offset`, or null when it lies outside every paragraph (headline, byline, blank lines). */
export function bodyOffsetOf(article: ArticleView, offset: number): number | null {
  const p = paragraphAtClean(article, offset)
  return p ? p.bodyStart + offset - p.start : null
}

/** Clean UTF-16 offset of UTF-16 offset `bodyOffset` in `article.bodyText` (throws RangeError outside it). */
export function cleanOffsetOf(article: ArticleView, bodyOffset: number): number {
  for (const p of article.paragraphs)
    if (p.bodyStart <= bodyOffset && bodyOffset <= p.bodyStart + p.text.length)
      return p.start + bodyOffset - p.bodyStart
  throw new RangeError(
    `Body offset ${bodyOffset} outside the body of article ${article.id} (length ${article.bodyText.length})`
  )
}

/**
 * A clean span [start, end) (UTF-16, end exclusive) as a span of `article.bodyText`, or null when either end lies
 * outside the paragraphs (an entity in the headline or byline has no body offsets).
 */
export function bodySpanOf(article: ArticleView, start: number, end: number): { start: number; end: number } | null {
  if (end < start) throw new RangeError(`Span ${start}-${end} is inverted`)
  const s = article.paragraphs.find((p) => p.start <= start && start < p.end) ?? null
  const e = article.paragraphs.find((p) => p.start < end && end <= p.end) ?? null
  if (!s || !e) return null
  return { start: s.bodyStart + start - s.start, end: e.bodyStart + end - e.start }
}

/** Which part of the article holds clean UTF-16 offset `offset`: its role, index among parts, and offset inside the part's text. */
export function partOffsetOf(
  article: ArticleView,
  offset: number
): { part: number; role: string; offset: number } | null {
  let i = article.parts.findIndex((p) => p.start <= offset && offset < p.end)
  if (i < 0) i = article.parts.findIndex((p) => p.end === offset)
  return i < 0 ? null : { part: i, role: article.parts[i].role, offset: offset - article.parts[i].start }
}

/**
 * A clean span [start, end) (UTF-16) as a span of the article's parts joined by "\n" (kicker, headline, byline,
 * body … in text order; a dateline and the body after it on the same line are two parts), or null when the span
 * leaves its part. This is the offset space of shared/export's ExportArticle.lines.
 */
export function partsSpanOf(article: ArticleView, start: number, end: number): { start: number; end: number } | null {
  if (end < start) throw new RangeError(`Span ${start}-${end} is inverted`)
  let base = 0
  for (const p of article.parts) {
    if (p.start <= start && end <= p.end && start < p.end)
      return { start: base + start - p.start, end: base + end - p.start }
    base += p.text.length + 1
  }
  return null
}
