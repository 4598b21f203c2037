// Topic similarity of one line against every line of a page at once: an inverted index from Han bigram to the
// lines holding it. Pair scoring compares each open line end with each possible line start; merging the two
// sorted bigram sets pair by pair made that quadratic in line length too (most of the time on shredded pages).

/** The lines' bigram sets (continuity.ts hanBigrams: sorted, unique) indexed by bigram. */
export class BigramIndex {
  private readonly keys: Uint32Array
  /** Id of the bigram in each slot, -1 for an empty slot. */
  private readonly ids: Int32Array
  private readonly mask: number
  /** Lines holding bigram id i: lines[start[i]], …, lines[start[i + 1] - 1]. */
  private readonly start: Int32Array
  private readonly lines: Int32Array

  constructor(private readonly sets: readonly Uint32Array[]) {
    let total = 0
    for (const set of sets) total += set.length
    let cap = 16
    while (cap < 2 * total) cap *= 2
    this.keys = new Uint32Array(cap)
    this.ids = new Int32Array(cap).fill(-1)
    this.mask = cap - 1
    const idOf = new Int32Array(total)
    const counts: number[] = []
    let k = 0
    for (const set of sets)
      for (let i = 0; i < set.length; i++) {
        let slot = this.slotOf(set[i])
        while (this.ids[slot] >= 0 && this.keys[slot] !== set[i]) slot = (slot + 1) & this.mask
        if (this.ids[slot] < 0) {
          this.keys[slot] = set[i]
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
      for (let i = 0; i < sets[line].length; i++) this.lines[fill[idOf[k++]]++] = line
  }

  /** shared[line] = number of bigrams `set` has in common with line `line`, for every line of the index. */
  sharedCounts(set: Uint32Array, shared: Int32Array): void {
    shared.fill(0)
    for (let i = 0; i < set.length; i++) {
      let slot = this.slotOf(set[i])
      while (this.ids[slot] >= 0 && this.keys[slot] !== set[i]) slot = (slot + 1) & this.mask
      const id = this.ids[slot]
      if (id < 0) continue
      for (let p = this.start[id]; p < this.start[id + 1]; p++) shared[this.lines[p]]++
    }
  }

  /** topicSimilarity(set, sets[line]) from sharedCounts' result for `set`. */
  similarity(set: Uint32Array, line: number, shared: Int32Array): number {
    const other = this.sets[line]
    if (set.length === 0 || other.length === 0) return 0
    return shared[line] / Math.min(set.length, other.length)
  }

  private slotOf(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 8) & this.mask
  }
}
