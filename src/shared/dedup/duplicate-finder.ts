// Finds passages repeated across documents: exact repeats by a hash of the folded text, near repeats (OCR of
// the same passage with different errors) by MinHash + LSH, verified by the estimated Jaccard similarity.
// Documents are added one at a time, so a whole library streams through with only signatures kept.
import { foldUnitsInto } from './fold'
import { candidatePairs } from './lsh'
import { estimateSimilarity, MinHasher, SIGNATURE_SIZE } from './minhash'
import { DEFAULT_MIN_PASSAGE_UNITS, passagesOf, type PassageRange } from './passages'

/** Shingle-set similarity from which two passages count as the same passage. */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.5

export interface DuplicateFinderOptions {
  /** Estimated Jaccard similarity of 4-gram sets (0..1) from which a pair is reported. Default 0.5. */
  threshold?: number
  /** Shortest passage in folded UTF-16 units. Default DEFAULT_MIN_PASSAGE_UNITS. */
  minUnits?: number
  /** Also report passages repeated within one document. Default false (across documents only). */
  includeSameDocument?: boolean
}

/** A repeated passage: ranges are UTF-16 offsets into each document's text; (docA, a.from) sorts before (docB, b.from). */
export interface DuplicateMatch {
  docA: number
  rangeA: PassageRange
  docB: number
  rangeB: PassageRange
  /** Estimated Jaccard similarity of the two passages' 4-gram sets, 1 for exact repeats; 3 decimals. */
  similarity: number
  /** True when the folded texts are equal (same text up to whitespace, punctuation width and quote style). */
  exact: boolean
}

/** 53-bit hash (cyrb53) of `units[0, length)`, mixed with the length. */
function hashUnits(units: Uint16Array, length: number): number {
  let h1 = 0xdeadbeef ^ length
  let h2 = 0x41c6ce57 ^ length
  for (let i = 0; i < length; i++) {
    const c = units[i]
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/** A growable Int32 column. */
class Column {
  data = new Int32Array(1024)
  length = 0
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = v
  }
}

export class DuplicateFinder {
  readonly threshold: number
  readonly minUnits: number
  readonly includeSameDocument: boolean
  private readonly hasher = new MinHasher()
  private scratch = new Uint16Array(4096)
  // Per passage: document, range and the next member of its exact-repeat group.
  private readonly doc = new Column()
  private readonly from = new Column()
  private readonly to = new Column()
  private readonly nextInGroup = new Column()
  // Per group (passages whose folded text is equal): first and last member, and one signature. Groups are found by
  // a 53-bit hash of the folded text: a chance collision is expected about once per 10^16 pairs of passages.
  private readonly groupFirst = new Column()
  private readonly groupLast = new Column()
  private readonly groupByHash = new Map<number, number>()
  private sigs = new Uint8Array(1024 * SIGNATURE_SIZE)
  private lastDoc = -1
  private finished = false

  constructor(options: DuplicateFinderOptions = {}) {
    this.threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD
    this.minUnits = options.minUnits ?? DEFAULT_MIN_PASSAGE_UNITS
    this.includeSameDocument = options.includeSameDocument ?? false
    if (!(this.threshold > 0 && this.threshold <= 1))
      throw new RangeError(`threshold must be in (0, 1], got ${this.threshold}`)
    if (!(this.minUnits >= 4)) throw new RangeError(`minUnits must be at least 4 (one 4-gram), got ${this.minUnits}`)
  }

  /** Passages added so far. */
  get passages(): number {
    return this.doc.length
  }

  /** Distinct passages (exact repeats counted once): the number of signatures computed. */
  get distinctPassages(): number {
    return this.groupFirst.length
  }

  /** Adds document `doc` (a number chosen by the caller, increasing with each call) with text `text`. */
  add(doc: number, text: string): void {
    if (this.finished) throw new RangeError('add() after finish(): create a new DuplicateFinder')
    if (!(doc > this.lastDoc))
      throw new RangeError(`documents must be added with increasing numbers (got ${doc} after ${this.lastDoc})`)
    this.lastDoc = doc
    for (const range of passagesOf(text, this.minUnits)) {
      if (this.scratch.length < range.to - range.from) this.scratch = new Uint16Array((range.to - range.from) * 2)
      const n = foldUnitsInto(text, range.from, range.to, this.scratch)
      const passage = this.doc.length
      this.doc.push(doc)
      this.from.push(range.from)
      this.to.push(range.to)
      this.nextInGroup.push(-1)
      const hash = hashUnits(this.scratch, n)
      let group = this.groupByHash.get(hash)
      if (group === undefined) {
        group = this.groupFirst.length
        this.groupByHash.set(hash, group)
        this.groupFirst.push(passage)
        this.groupLast.push(passage)
        if (this.sigs.length < (group + 1) * SIGNATURE_SIZE) {
          const bigger = new Uint8Array(this.sigs.length * 2)
          bigger.set(this.sigs)
          this.sigs = bigger
        }
        this.hasher.signatureInto(this.scratch, n, this.sigs, group * SIGNATURE_SIZE)
      } else {
        this.nextInGroup.data[this.groupLast.data[group]] = passage
        this.groupLast.data[group] = passage
      }
    }
  }

  /** All repeated passages, sorted by (docA, rangeA.from, docB, rangeB.from). Call once, after the last add(). */
  finish(): DuplicateMatch[] {
    if (this.finished) throw new RangeError('finish() was already called')
    this.finished = true
    const out: DuplicateMatch[] = []
    const doc = this.doc.data
    const pair = (a: number, b: number, similarity: number, exact: boolean) => {
      const [p, q] = doc[a] < doc[b] || (doc[a] === doc[b] && this.from.data[a] < this.from.data[b]) ? [a, b] : [b, a]
      out.push({
        docA: doc[p],
        rangeA: { from: this.from.data[p], to: this.to.data[p] },
        docB: doc[q],
        rangeB: { from: this.from.data[q], to: this.to.data[q] },
        similarity: Math.round(similarity * 1000) / 1000,
        exact
      })
    }
    const allowed = (a: number, b: number) => this.includeSameDocument || doc[a] !== doc[b]

    // Exact repeats: each later occurrence is paired with the first earlier one it may pair with.
    for (let g = 0; g < this.groupFirst.length; g++) {
      const first = this.groupFirst.data[g]
      for (let m = this.nextInGroup.data[first]; m !== -1; m = this.nextInGroup.data[m]) {
        for (let e = first; e !== m; e = this.nextInGroup.data[e]) {
          if (allowed(e, m)) {
            pair(e, m, 1, true)
            break
          }
        }
      }
    }

    // Near repeats between groups: one pair per pair of groups, between their earliest members that may pair.
    for (const [g, h] of candidatePairs(this.sigs, this.groupFirst.length)) {
      const similarity = estimateSimilarity(this.sigs, g, h)
      if (similarity < this.threshold) continue
      const members = this.firstAllowedPair(g, h, allowed)
      if (members) pair(members[0], members[1], Math.min(similarity, 0.999), false)
    }
    return out.sort(
      (x, y) => x.docA - y.docA || x.rangeA.from - y.rangeA.from || x.docB - y.docB || x.rangeB.from - y.rangeB.from
    )
  }

  private firstAllowedPair(g: number, h: number, allowed: (a: number, b: number) => boolean): [number, number] | null {
    for (let a = this.groupFirst.data[g]; a !== -1; a = this.nextInGroup.data[a])
      for (let b = this.groupFirst.data[h]; b !== -1; b = this.nextInGroup.data[b]) if (allowed(a, b)) return [a, b]
    return null
  }
}

/** Repeated passages among `texts` (document numbers are their indices); see DuplicateFinder. */
export function findDuplicates(texts: readonly string[], options: DuplicateFinderOptions = {}): DuplicateMatch[] {
  const finder = new DuplicateFinder(options)
  texts.forEach((text, i) => finder.add(i, text))
  return finder.finish()
}
