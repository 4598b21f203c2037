// The word list the engine consults (injected: the node side loads jieba's dictionary, tests may pass a small one).
// Lookups go through a trie over UTF-16 units (wordTrie.ts) and a pair table (unitPairs.ts), so scoring never
// slices or hashes strings.
import { UnitPairCounts } from './unitPairs'
import { WordTrie } from './wordTrie'

/** Word frequencies from a segmentation dictionary; all strings are compared as UTF-16. */
export interface Lexicon {
  /** Corpus frequency of `word`, 0 when it is not a dictionary word. */
  frequency(word: string): number
  /** Frequency of text[from, to) (UTF-16 offsets), 0 when it is not a dictionary word. */
  frequencyAt(text: string, from: number, to: number): number
  /** Calls `visit(end, frequency)` for each dictionary word text[start, end) with end ≤ limit, shortest first. */
  forEachWordAt(text: string, start: number, limit: number, visit: (end: number, frequency: number) => void): void
  /**
   * Where a word walk stands after text[from, to): a number ≥ 0 when some dictionary word starts with those units,
   * else -1. Only meaningful to forEachWordFrom of the same Lexicon.
   */
  prefixState(text: string, from: number, to: number): number
  /** forEachWordAt for words that start with the units of `state` (prefixState): visit(end, …) for prefix + text[start, end). */
  forEachWordFrom(
    state: number,
    text: string,
    start: number,
    limit: number,
    visit: (end: number, frequency: number) => void
  ): void
  /** Summed frequency of the dictionary words containing the UTF-16 units `first` then `second`, 0 when none. */
  pairFrequency(first: number, second: number): number
  /** Length in UTF-16 units of the longest word. */
  readonly maxWordLength: number
  /** Sum of all word frequencies (for word probabilities). */
  readonly total: number
}

/** Builds an in-memory Lexicon from [word, frequency] entries (frequencies of repeated words add up). */
export function createLexicon(entries: Iterable<readonly [string, number]>): Lexicon {
  const builder = new LexiconBuilder()
  for (const [w, f] of entries) builder.add(w, f)
  return builder.build()
}

/**
 * Collects words for a Lexicon, from strings or straight from UTF-16 units (a dictionary loader can add words
 * without making a string per line). Empty words and frequencies that are not ≥ 0 are skipped.
 */
export class LexiconBuilder {
  // Sized for jieba's dictionary (~500k trie nodes, ~670k pair occurrences) so loading it never regrows an array.
  private readonly trie = new WordTrie(1 << 19)
  private readonly pairs = new UnitPairCounts(700_000)
  private maxWordLength = 0
  private total = 0

  /** Adds `frequency` to `word`. */
  add(word: string, frequency: number): void {
    if (!word || !(frequency >= 0)) return
    this.trie.add(word, frequency)
    for (let i = 0; i + 1 < word.length; i++) this.pairs.add(word.charCodeAt(i), word.charCodeAt(i + 1), frequency)
    this.counted(word.length, frequency)
  }

  /** Adds `frequency` to the word units[from, to) (UTF-16 units). */
  addUnits(units: ArrayLike<number>, from: number, to: number, frequency: number): void {
    if (to <= from || !(frequency >= 0)) return
    this.trie.addUnits(units, from, to, frequency)
    for (let i = from; i + 1 < to; i++) this.pairs.add(units[i], units[i + 1], frequency)
    this.counted(to - from, frequency)
  }

  private counted(length: number, frequency: number): void {
    this.total += frequency
    if (length > this.maxWordLength) this.maxWordLength = length
  }

  /** The Lexicon of the words added so far (the builder must not be used afterwards). */
  build(): Lexicon {
    const { trie, pairs, maxWordLength, total } = this
    trie.freeze()
    pairs.pack()
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
      prefixState(text, from, to) {
        let node = 0
        for (let i = from; i < to && node >= 0; i++) node = trie.child(node, text.charCodeAt(i))
        return node
      },
      forEachWordFrom(state, text, start, limit, visit) {
        let node = state
        for (let i = start; i < limit && node >= 0; i++) {
          node = trie.child(node, text.charCodeAt(i))
          if (node < 0) return
          const f = trie.value(node)
          if (f > 0) visit(i + 1, f)
        }
      },
      pairFrequency: (first, second) => pairs.get(first, second),
      maxWordLength,
      total
    }
  }
}
