// A compact trie of dictionary words over UTF-16 units, so lookups never allocate or hash strings (Map.get on
// freshly sliced strings costs ~1 µs each).
//
// Building: each new node is recorded as an edge (parent, unit); node k + 1 is the target of edge k. Words that
// arrive in UTF-16 order (jieba's dictionary is sorted) share their prefix with the previous word, so the path of
// the previous word is all the index needed; the first word out of order switches to a hash index of the edges.
// Lookups: the edges are grouped by parent and sorted by unit (a node's children side by side, found by binary
// search), the root's children in a table by unit, their children (hundreds per character) in a hash table by
// (parent, unit); each edge's record also holds what the next step needs (the child's children and number), so a
// step reads one sibling range: a full dictionary is far larger than the CPU caches, and every separate array read
// there is a separate wait for memory.

/** Float64 entries per edge record after freeze (see WordTrie.records). */
const RECORD = 4

/** Words with a number (frequency) each, looked up unit by unit. Nodes are numbers, the root is 0. */
export class WordTrie {
  private nodes = 1
  /** By node. */
  private values: Float64Array
  // While building: edge k goes from node edgeParent[k] by unit edgeUnit[k] to node k + 1.
  private edgeParent: Int32Array
  private edgeUnit: Uint16Array
  /** The last word added in order and its path (path[d] = node after d units), while words come sorted. */
  private lastWord: Uint16Array = new Uint16Array(64)
  private lastLength = 0
  private path: Int32Array = new Int32Array(65)
  /** Edge index (parent × 65536 + unit → child) once a word came out of order; null while words are sorted. */
  private index: Map<number, number> | null = null
  // After freeze(), nodes are numbered by the edge that leads to them: node k + 1 by record k (root 0). Record k
  // holds [unit, first and end record of the node's children (sorted by unit), the node's number].
  private frozen = false
  private records: Float64Array = new Float64Array(0)
  /** Child of the root by unit, -1 for none. */
  private rootChild: Int32Array = new Int32Array(0)
  /** Nodes 1..rootChildren are the root's children (their records come first). */
  private rootChildren = 0
  /**
   * Children of the root's children, hashed: [key, child] per slot, key = (node - 1) × 65536 + unit, child 0 for an
   * empty slot. The root's children have the largest sibling ranges (hundreds of second characters): a binary
   * search there touches a cache line per probe, a hash probe one.
   */
  private secondLevel: Int32Array = new Int32Array(0)
  private secondShift = 0
  private rootValue = 0
  /** Units of the word `add` is adding. */
  private scratch: Uint16Array = new Uint16Array(64)

  constructor(expectedNodes = 1024) {
    this.values = new Float64Array(expectedNodes + 1)
    this.edgeParent = new Int32Array(expectedNodes)
    this.edgeUnit = new Uint16Array(expectedNodes)
  }

  /** Number of trie nodes (the root included). */
  get nodeCount(): number {
    return this.nodes
  }

  /** Adds `value` to the number stored for `word`. */
  add(word: string, value: number): void {
    if (this.scratch.length < word.length) this.scratch = new Uint16Array(2 * word.length)
    for (let i = 0; i < word.length; i++) this.scratch[i] = word.charCodeAt(i)
    this.addUnits(this.scratch, 0, word.length, value)
  }

  /** Adds `value` to the number stored for the word units[from, to) (UTF-16 units). */
  addUnits(units: ArrayLike<number>, from: number, to: number, value: number): void {
    if (this.frozen) throw new RangeError('WordTrie.add after the first lookup: the trie is read-only now')
    const n = to - from
    if (n > 0 && this.index === null && !this.inOrder(units, from, n)) this.startIndex()
    let node = 0
    if (this.index === null && n > 0) {
      // Sorted: the first `shared` units are the previous word's path.
      if (n > this.lastWord.length) this.growWord(n)
      let shared = 0
      while (shared < n && shared < this.lastLength && units[from + shared] === this.lastWord[shared]) shared++
      for (let d = shared; d < n; d++) {
        this.path[d + 1] = this.newNode(this.path[d], units[from + d])
        this.lastWord[d] = units[from + d]
      }
      this.lastLength = n
      node = this.path[n]
    } else if (this.index !== null)
      for (let i = from; i < to; i++) {
        const key = node * 65536 + units[i]
        const child = this.index.get(key)
        if (child !== undefined) node = child
        else {
          node = this.newNode(node, units[i])
          this.index.set(key, node)
        }
      }
    this.values[node] += value
  }

  /** The child of `node` for UTF-16 unit `unit`, or -1. */
  child(node: number, unit: number): number {
    if (!this.frozen) this.freeze()
    if (node === 0) return this.rootChild[unit] ?? -1
    if (node <= this.rootChildren) {
      const table = this.secondLevel
      const key = (node - 1) * 65536 + unit
      const mask = (table.length >> 1) - 1
      for (let slot = Math.imul(key, 0x9e3779b1) >>> this.secondShift; ; slot = (slot + 1) & mask) {
        const child = table[2 * slot + 1]
        if (child === 0) return -1
        if (table[2 * slot] === (key | 0)) return child
      }
    }
    const records = this.records
    let lo = records[RECORD * (node - 1) + 1]
    let hi = records[RECORD * (node - 1) + 2] - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const u = records[RECORD * mid]
      if (u === unit) return mid + 1
      if (u < unit) lo = mid + 1
      else hi = mid - 1
    }
    return -1
  }

  /** The number stored at `node` (0 for a node that ends no word). */
  value(node: number): number {
    if (!this.frozen) this.freeze()
    return node === 0 ? this.rootValue : this.records[RECORD * (node - 1) + 3]
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

  /** Lays the trie out for lookups (see the file comment); no words can be added afterwards. */
  freeze(): void {
    if (this.frozen) return
    const edges = this.nodes - 1
    // Group the edges by parent: those of node n at [first[n], first[n + 1]), in creation order.
    const first = new Int32Array(this.nodes + 1)
    for (let k = 0; k < edges; k++) first[this.edgeParent[k] + 1]++
    for (let n = 0; n < this.nodes; n++) first[n + 1] += first[n]
    const next = first.slice(0, this.nodes)
    const units = new Uint16Array(edges)
    const targets = new Int32Array(edges)
    for (let k = 0; k < edges; k++) {
      const at = next[this.edgeParent[k]]++
      units[at] = this.edgeUnit[k]
      targets[at] = k + 1
    }
    // In sorted mode siblings were created in unit order already; after an out-of-order word they may not be.
    if (this.index !== null) for (let n = 1; n < this.nodes; n++) sortSiblings(units, targets, first[n], first[n + 1])
    // One record per edge: what a walk needs at the node it leads to, so each step reads one sibling range.
    const records = new Float64Array(RECORD * edges)
    for (let at = 0; at < edges; at++) {
      const target = targets[at]
      records[RECORD * at] = units[at]
      records[RECORD * at + 1] = first[target]
      records[RECORD * at + 2] = first[target + 1]
      records[RECORD * at + 3] = this.values[target]
    }
    const rootChild = new Int32Array(65536).fill(-1)
    for (let at = first[0]; at < first[1]; at++) rootChild[units[at]] = at + 1
    // The root's edges are records 0 .. first[1] - 1, so its children are nodes 1 .. first[1].
    const rootChildren = first[1]
    let secondEdges = 0
    for (let at = 0; at < rootChildren; at++) secondEdges += first[targets[at] + 1] - first[targets[at]]
    let bits = 1
    while (1 << bits < 2 * secondEdges) bits++
    const secondLevel = new Int32Array(2 << bits)
    const mask = (1 << bits) - 1
    for (let node = 1; node <= rootChildren; node++) {
      const target = targets[node - 1]
      for (let at = first[target]; at < first[target + 1]; at++) {
        const key = (node - 1) * 65536 + units[at]
        let slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits)
        while (secondLevel[2 * slot + 1] !== 0) slot = (slot + 1) & mask
        secondLevel[2 * slot] = key | 0
        secondLevel[2 * slot + 1] = at + 1
      }
    }
    this.rootChildren = rootChildren
    this.secondLevel = secondLevel
    this.secondShift = 32 - bits
    this.records = records
    this.rootChild = rootChild
    this.rootValue = this.values[0]
    this.values = new Float64Array(0)
    this.edgeParent = new Int32Array(0)
    this.edgeUnit = new Uint16Array(0)
    this.index = null
    this.frozen = true
  }

  /** True when units[from, from + n) sorts at or after the previous word (UTF-16 order). */
  private inOrder(units: ArrayLike<number>, from: number, n: number): boolean {
    const m = Math.min(n, this.lastLength)
    for (let i = 0; i < m; i++) if (units[from + i] !== this.lastWord[i]) return units[from + i] > this.lastWord[i]
    return n >= this.lastLength
  }

  /** Indexes the edges made so far, for words that come out of order. */
  private startIndex(): void {
    const index = new Map<number, number>()
    for (let k = 0; k + 1 < this.nodes; k++) index.set(this.edgeParent[k] * 65536 + this.edgeUnit[k], k + 1)
    this.index = index
  }

  private newNode(parent: number, unit: number): number {
    const k = this.nodes - 1
    if (k >= this.edgeParent.length) {
      const size = Math.max(1024, 2 * this.edgeParent.length)
      this.edgeParent = grownInt32(this.edgeParent, size)
      this.edgeUnit = grownUint16(this.edgeUnit, size)
    }
    if (this.nodes >= this.values.length) this.values = grownFloat64(this.values, 2 * this.values.length + 1)
    this.edgeParent[k] = parent
    this.edgeUnit[k] = unit
    return this.nodes++
  }

  private growWord(length: number): void {
    this.lastWord = grownUint16(this.lastWord, 2 * length)
    const path = new Int32Array(2 * length + 1)
    path.set(this.path)
    this.path = path
  }
}

/** Sorts units[from, to) ascending, moving children along (a node's children: usually a few). */
function sortSiblings(units: Uint16Array, children: Int32Array, from: number, to: number): void {
  if (to - from > 32) {
    const order = Array.from({ length: to - from }, (_, k) => from + k).sort((x, y) => units[x] - units[y])
    const u = order.map((k) => units[k])
    const c = order.map((k) => children[k])
    units.set(u, from)
    children.set(c, from)
    return
  }
  for (let i = from + 1; i < to; i++) {
    const u = units[i]
    const c = children[i]
    let j = i - 1
    while (j >= from && units[j] > u) {
      units[j + 1] = units[j]
      children[j + 1] = children[j]
      j--
    }
    units[j + 1] = u
    children[j + 1] = c
  }
}

function grownInt32(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size)
  b.set(a)
  return b
}

function grownUint16(a: Uint16Array, size: number): Uint16Array {
  const b = new Uint16Array(size)
  b.set(a)
  return b
}

function grownFloat64(a: Float64Array, size: number): Float64Array {
  const b = new Float64Array(size)
  b.set(a)
  return b
}
