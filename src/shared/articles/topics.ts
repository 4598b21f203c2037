// Topic evidence between articles: the quoted names a title carries (“联链”服务站, “建会小分队”来了) are specific
// to its article. Paragraphs that all name another article's quoted terms, and none of their own article's, are
// that article's text: the OCR reads column by column, so the rest of an article can land after the next one.

const QUOTED = /[“"]([^“”"，。、；：？！,.;:?!\s]{2,10})[”"]/gu

/** The quoted terms of a title (联链, 产改 in “联链”服务站聚焦打通“产改”难点堵点), without their quotes. */
export function quotedTerms(title: string): string[] {
  return [...new Set([...title.matchAll(QUOTED)].map((m) => m[1]))]
}

/** True when `text` names one of `terms` (in quotes or not). */
export function mentionsAny(text: string, terms: readonly string[]): boolean {
  return terms.some((t) => text.includes(t))
}

/**
 * Which earlier title every paragraph of `paragraphs` names: the index into `titles` (each a list of quoted terms)
 * whose terms the most paragraphs mention, provided every paragraph mentions one; the later index wins a tie.
 * `avoid` are terms of the paragraphs' own article: a title sharing one of them is no evidence. Null when none fits.
 */
export function continuedTitle(
  paragraphs: readonly string[],
  titles: readonly (readonly string[])[],
  avoid: readonly string[] = []
): number | null {
  if (paragraphs.length === 0) return null
  let best: number | null = null
  let bestHits = 0
  titles.forEach((terms, i) => {
    const own = terms.filter((t) => !avoid.some((a) => a.includes(t) || t.includes(a)))
    if (own.length === 0 || !paragraphs.every((p) => mentionsAny(p, own))) return
    const hits = paragraphs.reduce((n, p) => n + own.filter((t) => p.includes(t)).length, 0)
    if (hits >= bestHits) [best, bestHits] = [i, hits]
  })
  return best
}
