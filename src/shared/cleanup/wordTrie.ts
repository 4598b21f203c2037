// A compact trie of dictionary words over UTF-16 units: the root's children sit in a table indexed by unit, every
// other (node, unit) → child edge in one open-addressing hash table, so lookups never allocate or hash strings
// (Map.get on freshly sliced strings costs ~1 µs each).

/** Words with a number (frequency) each, looked up unit by unit. */
export class WordTrie {
  /** Child of the root by UTF-16 unit, -1 for none (every walk starts there: no hashing for the first unit). */
  private readonly root = new Int32Array(65536).fill(-1)
  private keys: Float64Array
  private children: Int32Array
  private mask: number
  private size = 0
  private values: Float64Array = new Float64Array(1024)
  private nodes = 1

  constructor(expectedNodes = 1024) {
    let cap = 1024
    while (cap < expectedNodes * 2) cap *= 2
    this.keys = new Float64Array(cap).fill(-1)
    this.children = new Int32Array(cap)
    this.mask = cap - 1
  }

  /** Number of trie nodes (the root included). */
  get nodeCount(): number {
    return this.nodes
  }

  /** Adds `value` to the number stored for `word`. */
  add(word: string, value: number): void {
    let node = 0
    for (let i = 0; i < word.length; i++) node = this.childOrCreate(node, word.charCodeAt(i))
    this.addValue(node, value)
  }

  /** Adds `value` to the number stored for the word units[from, to) (UTF-16 units). */
  addUnits(units: ArrayLike<number>, from: number, to: number, value: number): void {
    let node = 0
    for (let i = from; i < to; i++) node = this.childOrCreate(node, units[i])
    this.addValue(node, value)
  }

  private addValue(node: number, value: number): void {
    if (node >= this.values.length) {
      const grown = new Float64Array(Math.max(this.values.length * 2, node + 1))
      grown.set(this.values)
      this.values = grown
    }
    this.values[node] += value
  }

  /** The child of `node` for UTF-16 unit `unit`, or -1. */
  child(node: number, unit: number): number {
    if (node === 0) return this.root[unit] ?? -1
    const key = node * 65536 + unit
    let slot = this.slotOf(key)
    for (;;) {
      const k = this.keys[slot]
      if (k === key) return this.children[slot]
      if (k === -1) return -1
      slot = (slot + 1) & this.mask
    }
  }

  /** The number stored at `node` (0 for a node that ends no word). */
  value(node: number): number {
    return node < this.values.length ? this.values[node] : 0
  }

  /** The number stored for text[from, to), 0 when absent. */
  lookup(text: string, from = 0, to = text.length): number {
    let node = 0
    for (let i = from; i < to; i++) {
      node = this.child(node, text.charCodeAt(i))
      if (node < 0) return 0
    }
    return this.value(node)
  }

  private slotOf(key: number): number {
    // Multiplicative hash of the two 32-bit halves.
    const lo = key >>> 0
    const hi = (key / 4294967296) | 0
    return (Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x9e3779b1) >>> 7) & this.mask
  }

  private childOrCreate(node: number, unit: number): number {
    if (node === 0) {
      if (this.root[unit] < 0) this.root[unit] = this.nodes++
      return this.root[unit]
    }
    const key = node * 65536 + unit
    let slot = this.slotOf(key)
    for (;;) {
      const k = this.keys[slot]
      if (k === key) return this.children[slot]
      if (k === -1) break
      slot = (slot + 1) & this.mask
    }
    if ((this.size + 1) * 2 > this.keys.length) {
      this.grow()
      return this.childOrCreate(node, unit)
    }
    const id = this.nodes++
    this.keys[slot] = key
    this.children[slot] = id
    this.size++
    return id
  }

  private grow(): void {
    const oldKeys = this.keys
    const oldChildren = this.children
    this.keys = new Float64Array(oldKeys.length * 2).fill(-1)
    this.children = new Int32Array(oldKeys.length * 2)
    this.mask = this.keys.length - 1
    for (let s = 0; s < oldKeys.length; s++) {
      const key = oldKeys[s]
      if (key === -1) continue
      let slot = this.slotOf(key)
      while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask
      this.keys[slot] = key
      this.children[slot] = oldChildren[s]
    }
  }
}
