// Numbers summed per pair of UTF-16 units (the lexicon's "which words hold 保 then 障"), in one open-addressing
// table of typed arrays: no boxed entries to build or collect for the ~300k pairs of a full dictionary.

/** Sums of numbers keyed by an ordered pair of UTF-16 units. */
export class UnitPairCounts {
  /** first × 65536 + second, 0 for an empty slot (the pair of two U+0000 units is kept in `zero`). */
  private keys: Uint32Array
  private values: Float64Array
  private mask: number
  /** 32 − log2(capacity): Fibonacci hashing takes the top bits of key × φ. */
  private shift: number
  private size = 0
  private zero = 0

  constructor(expectedPairs = 1024) {
    let cap = 1024
    while (cap < expectedPairs * 2) cap *= 2
    this.keys = new Uint32Array(cap)
    this.values = new Float64Array(cap)
    this.mask = cap - 1
    this.shift = 32 - Math.log2(cap)
  }

  /** Adds `value` to the sum for the units `first` then `second`. */
  add(first: number, second: number, value: number): void {
    const key = first * 65536 + second
    if (key === 0) {
      this.zero += value
      return
    }
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift
    for (;;) {
      const k = this.keys[slot]
      if (k === key) {
        this.values[slot] += value
        return
      }
      if (k === 0) break
      slot = (slot + 1) & this.mask
    }
    if ((this.size + 1) * 2 > this.keys.length) {
      this.grow()
      this.add(first, second, value)
      return
    }
    this.keys[slot] = key
    this.values[slot] = value
    this.size++
  }

  /** The sum for the units `first` then `second`, 0 when none was added. */
  get(first: number, second: number): number {
    const key = first * 65536 + second
    if (key === 0) return this.zero
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift
    for (;;) {
      const k = this.keys[slot]
      if (k === key) return this.values[slot]
      if (k === 0) return 0
      slot = (slot + 1) & this.mask
    }
  }

  private grow(): void {
    const oldKeys = this.keys
    const oldValues = this.values
    this.keys = new Uint32Array(oldKeys.length * 2)
    this.values = new Float64Array(oldKeys.length * 2)
    this.mask = this.keys.length - 1
    this.shift--
    for (let s = 0; s < oldKeys.length; s++) {
      const key = oldKeys[s]
      if (key === 0) continue
      let slot = Math.imul(key, 0x9e3779b1) >>> this.shift
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask
      this.keys[slot] = key
      this.values[slot] = oldValues[s]
    }
  }
}
