// Numbers summed per pair of UTF-16 units (the lexicon's "which words hold 保 then 障"), in one open-addressing
// table of typed arrays: no boxed entries to build or collect for the ~300k pairs of a full dictionary, and a
// lookup reads one cache line (key and sum side by side).

/** Sums of numbers keyed by an ordered pair of UTF-16 units. */
export class UnitPairCounts {
  /** Slot s: table[2s] = first × 65536 + second (-1 when empty), table[2s + 1] = the sum. */
  private table: Float64Array
  private mask: number
  /** 32 − log2(capacity): Fibonacci hashing takes the top bits of key × φ. */
  private shift: number
  private size = 0

  constructor(expectedPairs = 1024) {
    let cap = 1024
    while (cap < expectedPairs * 2) cap *= 2
    this.table = emptyTable(cap)
    this.mask = cap - 1
    this.shift = 32 - Math.log2(cap)
  }

  /** Adds `value` to the sum for the units `first` then `second`. */
  add(first: number, second: number, value: number): void {
    const key = first * 65536 + second
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift
    for (;;) {
      const k = this.table[2 * slot]
      if (k === key) {
        this.table[2 * slot + 1] += value
        return
      }
      if (k === -1) break
      slot = (slot + 1) & this.mask
    }
    if ((this.size + 1) * 2 > this.mask + 1) {
      this.grow()
      this.add(first, second, value)
      return
    }
    this.table[2 * slot] = key
    this.table[2 * slot + 1] = value
    this.size++
  }

  /** The sum for the units `first` then `second`, 0 when none was added. */
  get(first: number, second: number): number {
    const key = first * 65536 + second
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift
    for (;;) {
      const k = this.table[2 * slot]
      if (k === key) return this.table[2 * slot + 1]
      if (k === -1) return 0
      slot = (slot + 1) & this.mask
    }
  }

  private grow(): void {
    const old = this.table
    const cap = 2 * (this.mask + 1)
    this.table = emptyTable(cap)
    this.mask = cap - 1
    this.shift--
    for (let s = 0; s < old.length; s += 2) {
      const key = old[s]
      if (key === -1) continue
      let slot = Math.imul(key, 0x9e3779b1) >>> this.shift
      while (this.table[2 * slot] !== -1) slot = (slot + 1) & this.mask
      this.table[2 * slot] = key
      this.table[2 * slot + 1] = old[s + 1]
    }
  }
}

/** A table of `cap` empty slots. */
function emptyTable(cap: number): Float64Array {
  const table = new Float64Array(2 * cap)
  for (let s = 0; s < table.length; s += 2) table[s] = -1
  return table
}
