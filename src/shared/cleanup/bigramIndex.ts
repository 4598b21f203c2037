// Han bigram sets of lines, for topic similarity (shared bigrams / the smaller set): each set keeps its bigrams
// once, in text order, with a small hash table for membership built when first asked (building it costs a probe
// per bigram, where keeping them sorted cost a sort per line). BigramIndex compares one line with every line of a
// page at once: pair scoring compares each open line end with each possible line start, quadratic on shredded pages.
import { isHanCode } from '../text/cjk'

/** The Han bigrams of a text (first unit × 65536 + second), each once. */
export class BigramSet {
  /** Membership table, built on the first `has` (most sets are only read through `keys`). */
  private table: Uint32Array | null = null
  private shift = 0

  private constructor(
    /** The bigrams, each once, in text order. */
    readonly keys: Uint32Array
  ) {}

  /** Number of distinct bigrams. */
  get size(): number {
    return this.keys.length
  }

  /** True when the set holds `key`. */
  has(key: number): boolean {
    const table = this.table ?? this.buildTable()
    const mask = table.length - 1
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const k = table[slot]
      if (k === key) return true
      if (k === 0) return false
    }
  }

  /** Number of `small`'s bigrams that `large` holds (one table read into locals, not a `has` call per bigram). */
  static sharedCount(small: BigramSet, large: BigramSet): number {
    const table = large.table ?? large.buildTable()
    const shift = large.shift
    const mask = table.length - 1
    const { keys } = small
    let shared = 0
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]
      for (let slot = Math.imul(key, 0x9e3779b1) >>> shift; ; slot = (slot + 1) & mask) {
        const k = table[slot]
        if (k === key) {
          shared++
          break
        }
        if (k === 0) break
      }
    }
    return shared
  }

  private buildTable(): Uint32Array {
    let bits = 4
    while (1 << bits < 2 * this.keys.length) bits++
    const table = pooled(1 << bits) // 0: empty (no bigram is 0: Han codes are far above)
    const shift = 32 - bits
    const mask = table.length - 1
    for (let i = 0; i < this.keys.length; i++) {
      let slot = Math.imul(this.keys[i], 0x9e3779b1) >>> shift
      while (table[slot] !== 0) slot = (slot + 1) & mask
      table[slot] = this.keys[i]
    }
    this.table = table
    this.shift = shift
    return table
  }

  /** The pairs of adjacent BMP Han units of `text` (astral Han is left out). */
  static of(text: string): BigramSet {
    // Typed-array allocations cost ~0.6 µs each and there is a set per line: duplicates are found in a shared,
    // stamped table and the keys are a view into a shared pool.
    let bits = 4
    while (1 << bits < 2 * text.length) bits++
    if (seen.keys.length < 1 << bits || seen.stamp === 0x7fffffff)
      seen = newSeenTable(Math.max(1 << bits, seen.keys.length))
    const { keys: table, stamps } = seen
    const stamp = ++seen.stamp
    const shift = 32 - bits
    const mask = (1 << bits) - 1
    if (pool.length - poolUsed < text.length) newPool(text.length)
    const start = poolUsed
    let n = start
    let prev = text.length ? text.charCodeAt(0) : 0
    for (let i = 1; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (isHanCode(prev) && isHanCode(c)) {
        const key = prev * 65536 + c
        let slot = Math.imul(key, 0x9e3779b1) >>> shift
        while (stamps[slot] === stamp && table[slot] !== key) slot = (slot + 1) & mask
        if (stamps[slot] !== stamp) {
          stamps[slot] = stamp
          table[slot] = key
          pool[n++] = key
        }
      }
      prev = c
    }
    poolUsed = n
    return new BigramSet(pool.subarray(start, n))
  }
}

/**
 * Shared pool of the sets' keys and tables (views into it): a set's arrays stay valid after the pool is replaced,
 * and the garbage collector frees a pool with its last set.
 */
const POOL_SIZE = 1 << 16
let pool = new Uint32Array(POOL_SIZE)
let poolUsed = 0

function newPool(atLeast: number): void {
  pool = new Uint32Array(Math.max(POOL_SIZE, atLeast))
  poolUsed = 0
}

/** `size` zeroed units from the pool. */
function pooled(size: number): Uint32Array {
  if (pool.length - poolUsed < size) newPool(size)
  const view = pool.subarray(poolUsed, poolUsed + size)
  poolUsed += size
  return view
}

/** Reused open-addressing table of BigramSet.of: a slot is taken in this call when stamps[slot] === stamp. */
let seen = newSeenTable(256)

function newSeenTable(size: number): { keys: Uint32Array; stamps: Int32Array; stamp: number } {
  return { keys: new Uint32Array(size), stamps: new Int32Array(size), stamp: 0 }
}

/** Overlap coefficient of two bigram sets: shared bigrams / the size of the smaller set (0 when one is empty). */
export function topicSimilarity(a: BigramSet, b: BigramSet): number {
  if (a.size === 0 || b.size === 0) return 0
  const small = a.size <= b.size ? a : b
  const large = a.size <= b.size ? b : a
  return BigramSet.sharedCount(small, large) / Math.min(a.size, b.size)
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
    // Fields are read into locals in the loops below: V8 does not hoist this.x loads out of them.
    let total = 0
    for (const set of sets) total += set.size
    let cap = 16
    while (cap < 2 * total) cap *= 2
    const slotKeys = new Uint32Array(cap)
    const ids = new Int32Array(cap).fill(-1)
    const mask = cap - 1
    const idOf = new Int32Array(total)
    const counts = new Int32Array(total + 1)
    let distinct = 0
    let k = 0
    for (const { keys } of sets)
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]
        let slot = slotOf(key, mask)
        while (ids[slot] >= 0 && slotKeys[slot] !== key) slot = (slot + 1) & mask
        if (ids[slot] < 0) {
          slotKeys[slot] = key
          ids[slot] = distinct++
        }
        counts[ids[slot]]++
        idOf[k++] = ids[slot]
      }
    const start = new Int32Array(distinct + 1)
    for (let id = 0; id < distinct; id++) start[id + 1] = start[id] + counts[id]
    const fill = start.slice(0, distinct)
    const lines = new Int32Array(total)
    k = 0
    for (let line = 0; line < sets.length; line++)
      for (let i = 0; i < sets[line].size; i++) lines[fill[idOf[k++]]++] = line
    this.keys = slotKeys
    this.ids = ids
    this.mask = mask
    this.start = start
    this.lines = lines
  }

  /** shared[line] = number of bigrams `set` has in common with line `line`, for every line of the index. */
  sharedCounts(set: BigramSet, shared: Int32Array): void {
    shared.fill(0)
    const { keys } = set
    const { keys: slotKeys, ids, mask, start, lines } = this
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]
      let slot = slotOf(key, mask)
      while (ids[slot] >= 0 && slotKeys[slot] !== key) slot = (slot + 1) & mask
      const id = ids[slot]
      if (id < 0) continue
      for (let p = start[id]; p < start[id + 1]; p++) shared[lines[p]]++
    }
  }

  /** topicSimilarity(set, sets[line]) from sharedCounts' result for `set`. */
  similarity(set: BigramSet, line: number, shared: Int32Array): number {
    const other = this.sets[line]
    if (set.size === 0 || other.size === 0) return 0
    return shared[line] / Math.min(set.size, other.size)
  }
}

/** Home slot of a bigram in BigramIndex's table. */
function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 8) & mask
}
