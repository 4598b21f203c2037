// Han bigram sets of lines, for topic similarity (shared bigrams / the smaller set): each set keeps its bigrams
// once, in text order, with a small hash table for membership (building it costs a probe per bigram, where keeping
// them sorted cost a sort per line). BigramIndex compares one line with every line of a page at once: pair
// scoring compares each open line end with each possible line start, quadratic on shredded pages.

/** The Han bigrams of a text (first unit × 65536 + second), each once. */
export class BigramSet {
  private constructor(
    /** The bigrams, each once, in text order. */
    readonly keys: Uint32Array,
    private readonly table: Uint32Array,
    private readonly shift: number
  ) {}

  /** Number of distinct bigrams. */
  get size(): number {
    return this.keys.length
  }

  /** True when the set holds `key`. */
  has(key: number): boolean {
    const mask = this.table.length - 1
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const k = this.table[slot]
      if (k === key) return true
      if (k === 0) return false
    }
  }

  /** The pairs of adjacent BMP Han units of `text` (astral Han is left out). */
  static of(text: string): BigramSet {
    let bits = 4
    while (1 << bits < 2 * text.length) bits++
    const table = new Uint32Array(1 << bits) // 0: empty (no bigram is 0: Han codes are far above)
    const shift = 32 - bits
    const mask = table.length - 1
    if (scratch.length < text.length) scratch = new Uint32Array(2 * text.length)
    let n = 0
    let prev = text.length ? text.charCodeAt(0) : 0
    for (let i = 1; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (hanUnit(prev) && hanUnit(c)) {
        const key = prev * 65536 + c
        let slot = Math.imul(key, 0x9e3779b1) >>> shift
        while (table[slot] !== 0 && table[slot] !== key) slot = (slot + 1) & mask
        if (table[slot] === 0) {
          table[slot] = key
          scratch[n++] = key
        }
      }
      prev = c
    }
    return new BigramSet(scratch.slice(0, n), table, shift)
  }
}

/** Reused work space of BigramSet.of (grown as needed). */
let scratch = new Uint32Array(256)

/** True for a BMP Han code unit (URO, Ext A, compatibility). */
function hanUnit(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)
}

/** Overlap coefficient of two bigram sets: shared bigrams / the size of the smaller set (0 when one is empty). */
export function topicSimilarity(a: BigramSet, b: BigramSet): number {
  if (a.size === 0 || b.size === 0) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (let i = 0; i < small.keys.length; i++) if (large.has(small.keys[i])) shared++
  return shared / Math.min(a.size, b.size)
}

/** The lines' bigram sets indexed by bigram. */
export class BigramIndex {
  private readonly keys: Uint32Array
  /** Id of the bigram in each slot, -1 for an empty slot. */
  private readonly ids: Int32Array
  private readonly mask: number
  /** Lines holding bigram id i: lines[start[i]], …, lines[start[i + 1] - 1]. */
  private readonly start: Int32Array
  private readonly lines: Int32Array

  constructor(private readonly sets: readonly BigramSet[]) {
    let total = 0
    for (const set of sets) total += set.size
    let cap = 16
    while (cap < 2 * total) cap *= 2
    this.keys = new Uint32Array(cap)
    this.ids = new Int32Array(cap).fill(-1)
    this.mask = cap - 1
    const idOf = new Int32Array(total)
    const counts: number[] = []
    let k = 0
    for (const { keys } of sets)
      for (let i = 0; i < keys.length; i++) {
        let slot = this.slotOf(keys[i])
        while (this.ids[slot] >= 0 && this.keys[slot] !== keys[i]) slot = (slot + 1) & this.mask
        if (this.ids[slot] < 0) {
          this.keys[slot] = keys[i]
          this.ids[slot] = counts.length
          counts.push(0)
        }
        counts[this.ids[slot]]++
        idOf[k++] = this.ids[slot]
      }
    this.start = new Int32Array(counts.length + 1)
    for (let id = 0; id < counts.length; id++) this.start[id + 1] = this.start[id] + counts[id]
    const fill = this.start.slice(0, counts.length)
    this.lines = new Int32Array(total)
    k = 0
    for (let line = 0; line < sets.length; line++)
      for (let i = 0; i < sets[line].size; i++) this.lines[fill[idOf[k++]]++] = line
  }

  /** shared[line] = number of bigrams `set` has in common with line `line`, for every line of the index. */
  sharedCounts(set: BigramSet, shared: Int32Array): void {
    shared.fill(0)
    const { keys } = set
    for (let i = 0; i < keys.length; i++) {
      let slot = this.slotOf(keys[i])
      while (this.ids[slot] >= 0 && this.keys[slot] !== keys[i]) slot = (slot + 1) & this.mask
      const id = this.ids[slot]
      if (id < 0) continue
      for (let p = this.start[id]; p < this.start[id + 1]; p++) shared[this.lines[p]]++
    }
  }

  /** topicSimilarity(set, sets[line]) from sharedCounts' result for `set`. */
  similarity(set: BigramSet, line: number, shared: Int32Array): number {
    const other = this.sets[line]
    if (set.size === 0 || other.size === 0) return 0
    return shared[line] / Math.min(set.size, other.size)
  }

  private slotOf(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 8) & this.mask
  }
}
