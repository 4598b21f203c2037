// A compact trie of dictionary words over UTF-16 units: the root's children sit in tables indexed by unit, every
// other (node, unit) → child edge in one open-addressing hash table whose slot also holds the child's number, so
// a step costs one cache line and lookups never allocate or hash strings (Map.get on freshly sliced strings costs
// ~1 µs each). The table of a full dictionary is far larger than the CPU caches: each step is a memory access.

/**
 * Where a walk stands: 0 the root, 1 + u the root's child for unit u, ROOT_CHILDREN + 1 + s the child stored in
 * slot s; -1 for no node. Handles change when the table grows, so they are only valid during one walk.
 */
type Handle = number

const ROOT_CHILDREN = 65536
/** Float64 entries per slot: key (parent id × 65536 + unit, -1 when empty), child id, child's number. */
const STRIDE = 3

/** Words with a number (frequency) each, looked up unit by unit. */
export class WordTrie {
  /** Id of the root's child for each unit, -1 for none (every walk starts there: no hashing for the first unit). */
  private readonly rootIds = new Int32Array(ROOT_CHILDREN).fill(-1)
  private readonly rootValues = new Float64Array(ROOT_CHILDREN)
  /** The number stored for the empty word. */
  private rootValue = 0
  private slots: Float64Array
  private mask: number
  private size = 0
  private nodes = 1

  constructor(expectedNodes = 1024) {
    let cap = 1024
    while (cap < expectedNodes * 2) cap *= 2
    this.slots = emptySlots(cap)
    this.mask = cap - 1
  }

  /** Number of trie nodes (the root included). */
  get nodeCount(): number {
    return this.nodes
  }

  /** Adds `value` to the number stored for `word`. */
  add(word: string, value: number): void {
    let h: Handle = 0
    for (let i = 0; i < word.length; i++) h = this.childOrCreate(h, word.charCodeAt(i))
    this.addValue(h, value)
  }

  /** Adds `value` to the number stored for the word units[from, to) (UTF-16 units). */
  addUnits(units: ArrayLike<number>, from: number, to: number, value: number): void {
    let h: Handle = 0
    for (let i = from; i < to; i++) h = this.childOrCreate(h, units[i])
    this.addValue(h, value)
  }

  /** The child of the node at handle `h` for UTF-16 unit `unit`, or -1. */
  child(h: Handle, unit: number): Handle {
    if (h === 0) return (this.rootIds[unit] ?? -1) < 0 ? -1 : 1 + unit
    const key = this.idOf(h) * 65536 + unit
    let slot = this.slotOf(key)
    for (;;) {
      const k = this.slots[STRIDE * slot]
      if (k === key) return ROOT_CHILDREN + 1 + slot
      if (k === -1) return -1
      slot = (slot + 1) & this.mask
    }
  }

  /** The number stored at the node of handle `h` (0 for a node that ends no word). */
  value(h: Handle): number {
    if (h > ROOT_CHILDREN) return this.slots[STRIDE * (h - ROOT_CHILDREN - 1) + 2]
    return h === 0 ? this.rootValue : this.rootValues[h - 1]
  }

  /** The number stored for text[from, to), 0 when absent. */
  lookup(text: string, from = 0, to = text.length): number {
    let h: Handle = 0
    for (let i = from; i < to; i++) {
      h = this.child(h, text.charCodeAt(i))
      if (h < 0) return 0
    }
    return this.value(h)
  }

  private idOf(h: Handle): number {
    return h > ROOT_CHILDREN ? this.slots[STRIDE * (h - ROOT_CHILDREN - 1) + 1] : this.rootIds[h - 1]
  }

  private addValue(h: Handle, value: number): void {
    if (h > ROOT_CHILDREN) this.slots[STRIDE * (h - ROOT_CHILDREN - 1) + 2] += value
    else if (h === 0) this.rootValue += value
    else this.rootValues[h - 1] += value
  }

  private slotOf(key: number): number {
    // Multiplicative hash of the two 32-bit halves.
    const lo = key >>> 0
    const hi = (key / 4294967296) | 0
    return (Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x9e3779b1) >>> 7) & this.mask
  }

  private childOrCreate(h: Handle, unit: number): Handle {
    if (h === 0) {
      if (this.rootIds[unit] < 0) this.rootIds[unit] = this.nodes++
      return 1 + unit
    }
    const key = this.idOf(h) * 65536 + unit
    let slot = this.slotOf(key)
    for (;;) {
      const k = this.slots[STRIDE * slot]
      if (k === key) return ROOT_CHILDREN + 1 + slot
      if (k === -1) break
      slot = (slot + 1) & this.mask
    }
    if ((this.size + 1) * 2 > this.mask + 1) {
      // Growing moves every slot: find the parent's handle again afterwards.
      const parent = this.idOf(h)
      this.grow()
      return this.childOrCreateOf(parent, unit)
    }
    this.slots[STRIDE * slot] = key
    this.slots[STRIDE * slot + 1] = this.nodes++
    this.size++
    return ROOT_CHILDREN + 1 + slot
  }

  /** childOrCreate for the node with id `parent` (not the root), after the table grew. */
  private childOrCreateOf(parent: number, unit: number): Handle {
    const key = parent * 65536 + unit
    let slot = this.slotOf(key)
    while (this.slots[STRIDE * slot] !== -1) slot = (slot + 1) & this.mask
    this.slots[STRIDE * slot] = key
    this.slots[STRIDE * slot + 1] = this.nodes++
    this.size++
    return ROOT_CHILDREN + 1 + slot
  }

  private grow(): void {
    const old = this.slots
    const cap = 2 * (this.mask + 1)
    this.slots = emptySlots(cap)
    this.mask = cap - 1
    for (let s = 0; s < old.length; s += STRIDE) {
      const key = old[s]
      if (key === -1) continue
      let slot = this.slotOf(key)
      while (this.slots[STRIDE * slot] !== -1) slot = (slot + 1) & this.mask
      this.slots[STRIDE * slot] = key
      this.slots[STRIDE * slot + 1] = old[s + 1]
      this.slots[STRIDE * slot + 2] = old[s + 2]
    }
  }
}

/** A table of `cap` empty slots. */
function emptySlots(cap: number): Float64Array {
  const slots = new Float64Array(STRIDE * cap)
  for (let s = 0; s < slots.length; s += STRIDE) slots[s] = -1
  return slots
}
