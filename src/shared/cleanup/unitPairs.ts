// Numbers summed per pair of UTF-16 units (the lexicon's "which words hold 保 then 障"). Occurrences are collected
// in typed arrays, then a stable radix sort (by second unit, then by first) lines them up by pair in the order
// they were added, so each sum is added up in that order; the result is one row per first unit, sorted by second
// unit: ~3 MB for jieba's 300k pairs, no boxed entries, and the pair scorer, which asks about one line end (first
// unit) against many line starts, keeps reading the same row from the CPU cache.

/** Sums of numbers keyed by an ordered pair of UTF-16 units. */
export class UnitPairCounts {
  // Occurrences while collecting.
  private count = 0
  private firsts: Uint16Array
  private seconds: Uint16Array
  private values: Float64Array
  /** After pack(): the pairs with first unit u are rowSeconds/rowSums[rowStart[u], rowStart[u + 1]). */
  private rowStart: Int32Array | null = null
  private rowSeconds = new Uint16Array(0)
  private rowSums = new Float64Array(0)

  constructor(expectedOccurrences = 1024) {
    this.firsts = new Uint16Array(expectedOccurrences)
    this.seconds = new Uint16Array(expectedOccurrences)
    this.values = new Float64Array(expectedOccurrences)
  }

  /** Adds `value` to the sum for the UTF-16 units `first` then `second`; not after the first get(). */
  add(first: number, second: number, value: number): void {
    if (this.rowStart) throw new RangeError('UnitPairCounts.add after the first lookup: the counts are read-only now')
    if (!isUnit(first) || !isUnit(second)) throw new RangeError(`not a pair of UTF-16 units: ${first}, ${second}`)
    if (this.count === this.firsts.length) this.grow()
    this.firsts[this.count] = first
    this.seconds[this.count] = second
    this.values[this.count++] = value
  }

  /** The sum for the units `first` then `second`, 0 when none was added. */
  get(first: number, second: number): number {
    const rowStart = this.rowStart ?? this.pack()
    if (!isUnit(first) || !isUnit(second)) return 0
    let lo = rowStart[first]
    let hi = rowStart[first + 1] - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const s = this.rowSeconds[mid]
      if (s === second) return this.rowSums[mid]
      if (s < second) lo = mid + 1
      else hi = mid - 1
    }
    return 0
  }

  /** Sums the occurrences into rows (see the file comment); add() is refused afterwards. */
  pack(): Int32Array {
    if (this.rowStart) return this.rowStart
    const n = this.count
    // Stable counting sorts: by second unit, then by first, so equal pairs keep the order they were added in.
    const bySecond = countingOrder(this.seconds, n, null)
    const order = countingOrder(this.firsts, n, bySecond)
    const rowStart = new Int32Array(65537)
    const seconds = new Uint16Array(n)
    const sums = new Float64Array(n)
    let rows = 0
    for (let k = 0; k < n; k++) {
      const o = order[k]
      const f = this.firsts[o]
      const s = this.seconds[o]
      if (rows > 0 && k > 0 && this.firsts[order[k - 1]] === f && seconds[rows - 1] === s) {
        sums[rows - 1] += this.values[o]
        continue
      }
      seconds[rows] = s
      sums[rows] = 0 + this.values[o] // as a Map would start the sum: 0 + value
      rowStart[f + 1]++
      rows++
    }
    for (let u = 0; u < 65536; u++) rowStart[u + 1] += rowStart[u]
    this.rowSeconds = seconds.slice(0, rows)
    this.rowSums = sums.slice(0, rows)
    this.firsts = new Uint16Array(0)
    this.seconds = new Uint16Array(0)
    this.values = new Float64Array(0)
    this.rowStart = rowStart
    return rowStart
  }

  private grow(): void {
    const size = Math.max(1024, 2 * this.firsts.length)
    const firsts = new Uint16Array(size)
    const seconds = new Uint16Array(size)
    const values = new Float64Array(size)
    firsts.set(this.firsts)
    seconds.set(this.seconds)
    values.set(this.values)
    this.firsts = firsts
    this.seconds = seconds
    this.values = values
  }
}

/** The positions 0…n−1 (or those of `within`, in its order) stably sorted by keys[position]. */
function countingOrder(keys: Uint16Array, n: number, within: Int32Array | null): Int32Array {
  const start = new Int32Array(65537)
  for (let k = 0; k < n; k++) start[keys[k] + 1]++
  for (let u = 0; u < 65536; u++) start[u + 1] += start[u]
  const out = new Int32Array(n)
  for (let k = 0; k < n; k++) {
    const p = within ? within[k] : k
    out[start[keys[p]]++] = p
  }
  return out
}

/** True for a UTF-16 unit (an integer 0…65535). */
function isUnit(u: number): boolean {
  return u >= 0 && u < 65536 && (u | 0) === u
}
