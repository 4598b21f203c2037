// Character bigram counts from a corpus (the library's clean pages), an optional second opinion for the
// continuity rules next to the lexicon.
import { isHan } from '../text/cjk'

/** Character unigram and bigram counts (UTF-16 units; line feeds and spaces break bigrams). */
export interface CharNgramStats {
  /** Occurrences of the single unit `ch`. */
  unigram(ch: string): number
  /** Occurrences of the two-unit string `pair`. */
  bigram(pair: string): number
  /** Total units counted. */
  readonly total: number
}

/** Counts Han-involving unigrams and bigrams of `texts`. */
export function countCharNgrams(texts: Iterable<string>): CharNgramStats {
  const uni = new Map<string, number>()
  const bi = new Map<string, number>()
  let total = 0
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const a = text[i]
      if (a === '\n' || a === ' ') continue
      total++
      uni.set(a, (uni.get(a) ?? 0) + 1)
      const b = text[i + 1]
      if (b === undefined || b === '\n' || b === ' ' || (!isHan(a) && !isHan(b))) continue
      const pair = a + b
      bi.set(pair, (bi.get(pair) ?? 0) + 1)
    }
  }
  return { unigram: (ch) => uni.get(ch) ?? 0, bigram: (pair) => bi.get(pair) ?? 0, total }
}
