// The word list the engine consults (injected: the node side loads jieba's dictionary, tests may pass a small one).
// Lookups go through a trie over UTF-16 units (wordTrie.ts), so scoring never slices or hashes strings.
import { WordTrie } from './wordTrie'

/** Word frequencies from a segmentation dictionary; all strings are compared as UTF-16. */
export interface Lexicon {
  /** Corpus frequency of `word`, 0 when it is not a dictionary word. */
  frequency(word: string): number
  /** Frequency of text[from, to) (UTF-16 offsets), 0 when it is not a dictionary word. */
  frequencyAt(text: string, from: number, to: number): number
  /** Calls `visit(end, frequency)` for each dictionary word text[start, end) with end ≤ limit, shortest first. */
  forEachWordAt(text: string, start: number, limit: number, visit: (end: number, frequency: number) => void): void
  /** Summed frequency of the dictionary words containing the UTF-16 units `first` then `second`, 0 when none. */
  pairFrequency(first: number, second: number): number
  /** Length in UTF-16 units of the longest word. */
  readonly maxWordLength: number
  /** Sum of all word frequencies (for word probabilities). */
  readonly total: number
}

/** Builds an in-memory Lexicon from [word, frequency] entries (frequencies of repeated words add up). */
export function createLexicon(entries: Iterable<readonly [string, number]>): Lexicon {
  const trie = new WordTrie(1 << 20)
  const words: string[] = []
  const freqs: number[] = []
  let maxWordLength = 0
  let total = 0
  for (const [w, f] of entries) {
    if (!w || !(f >= 0)) continue
    trie.add(w, f)
    words.push(w)
    freqs.push(f)
    total += f
    if (w.length > maxWordLength) maxWordLength = w.length
  }
  let pairs: Map<number, number> | null = null
  const buildPairs = () => {
    const p = new Map<number, number>()
    for (let k = 0; k < words.length; k++) {
      const w = words[k]
      for (let i = 0; i + 1 < w.length; i++) {
        const key = w.charCodeAt(i) * 65536 + w.charCodeAt(i + 1)
        p.set(key, (p.get(key) ?? 0) + freqs[k])
      }
    }
    return p
  }
  const frequencyAt = (text: string, from: number, to: number) => (to > from ? trie.lookup(text, from, to) : 0)
  return {
    frequency: (word) => frequencyAt(word, 0, word.length),
    frequencyAt,
    forEachWordAt(text, start, limit, visit) {
      let node = 0
      for (let i = start; i < limit; i++) {
        node = trie.child(node, text.charCodeAt(i))
        if (node < 0) return
        const f = trie.value(node)
        if (f > 0) visit(i + 1, f)
      }
    },
    pairFrequency: (first, second) => (pairs ??= buildPairs()).get(first * 65536 + second) ?? 0,
    maxWordLength,
    total
  }
}
