// Keeps the suggestions of one run free of conflicts, so any subset applies in any order with the same result.
//
// A suggestion claims raw ranges of three types: edits, move pieces (text carried elsewhere) and drop pieces
// (text removed whatever was done inside it), plus anchors (the unit moved text is put before or after).
// Two suggestions (outside one group) conflict when
//   - two edits overlap, two move pieces overlap, or two drop pieces overlap;
//   - an edit overlaps a move or drop piece without lying wholly inside it (inside, it travels or goes with it);
//   - a drop piece overlaps a move piece without lying wholly inside it;
//   - an anchor unit lies inside a move or drop piece, or is removed by an edit (a same-length substitution keeps
//     its unit, so anchoring on it is fine);
//   - both anchor on the same side of the same unit (their order would depend on who came first).
// Resolution: suggestions are taken in priority order (kind priority, then rank, confidence, position); one that
// conflicts with an already taken one is dropped. A group whose first-ranked alternative is dropped is dropped
// whole, so a second-best alternative is never promoted to rank 1 by accident.
import type { Suggestion, SuggestionKind } from './suggestion'
import { isRangePiece } from './suggestion'

/** Kind priority when two suggestions compete for the same raw text (earlier wins). */
export const KIND_PRIORITY: readonly SuggestionKind[] = [
  'markdown',
  'title-split', // before wrap-space: the space between a kicker and its headline becomes a line break
  'blank-lines',
  'photo-credit',
  'wrap-space',
  'line-break',
  'punct-width',
  'duplicate',
  'interleave',
  'column-order',
  'split-paragraph',
  'ocr-char'
]

const PRIORITY = new Map(KIND_PRIORITY.map((k, i) => [k, i]))

/** Claim types (see the file comment). */
const EDIT = 0
const MOVE = 1
const DROP = 2

/**
 * The claims of one suggestion, in flat arrays reused from one suggestion to the next (hundreds per page: no
 * objects or strings per claim). Anchor keys: 2 × unit for "after unit", 2 × unit + 1 for "before unit".
 */
class SuggestionClaims {
  ranges = 0
  readonly from: number[] = []
  readonly to: number[] = []
  readonly type: number[] = []
  /** Removes its units (not a same-length substitution). */
  readonly removes: boolean[] = []
  anchors = 0
  readonly anchorKey: number[] = []
  readonly anchorUnit: number[] = []

  /** Reads the claims of `s`. */
  read(s: Suggestion): this {
    this.ranges = 0
    this.anchors = 0
    for (const e of s.edits) {
      if (e.from === e.to) this.anchor(2 * (e.from - 1), e.from - 1)
      else this.range(e.from, e.to, EDIT, e.insert.length !== e.to - e.from)
    }
    for (const m of s.moves ?? []) {
      for (const p of m.pieces) if (isRangePiece(p)) this.range(p.from, p.to, m.to ? MOVE : DROP, true)
      if (m.to)
        if ('before' in m.to) this.anchor(2 * m.to.before + 1, m.to.before)
        else this.anchor(2 * m.to.after, m.to.after)
    }
    return this
  }

  private range(from: number, to: number, type: number, removes: boolean): void {
    const k = this.ranges++
    this.from[k] = from
    this.to[k] = to
    this.type[k] = type
    this.removes[k] = removes
  }

  private anchor(key: number, unit: number): void {
    const k = this.anchors++
    this.anchorKey[k] = key
    this.anchorUnit[k] = unit
  }
}

/** Whether two overlapping claims x and y may coexist (see the file comment). */
function compatible(xType: number, xFrom: number, xTo: number, yType: number, yFrom: number, yTo: number): boolean {
  if (xType === yType) return false
  // The one lying wholly inside the other: an edit in a move or drop piece, a drop piece in a move piece.
  if (xType === EDIT || (yType !== EDIT && xType === DROP)) return xFrom >= yFrom && xTo <= yTo
  return yFrom >= xFrom && yTo <= xTo
}

/** Width in raw units of the buckets that index claims by position. */
const BUCKET = 64

/** Ranges and anchors claimed by the suggestions taken so far, indexed by 64-unit buckets. */
class Claims {
  private readonly from: number[] = []
  private readonly to: number[] = []
  private readonly type: number[] = []
  private readonly removes: boolean[] = []
  private readonly owner: number[] = []
  /** Claims by bucket (a sparse array: bucket numbers are small, an index is cheaper than Map.get). */
  private readonly buckets: Array<number[] | undefined> = []
  private readonly anchors = new Map<number, number>()
  private readonly anchorUnits = new Map<number, number[]>()

  /** True when a taken claim of another owner overlaps [from, to) and may not coexist with claim (type, from, to). */
  private clashesRange(from: number, to: number, type: number, owner: number): boolean {
    const last = Math.floor((to - 1) / BUCKET)
    for (let b = Math.floor(from / BUCKET); b <= last; b++) {
      const list = this.buckets[b]
      if (!list) continue
      for (let k = 0; k < list.length; k++) {
        const t = list[k]
        if (this.owner[t] === owner || from >= this.to[t] || this.from[t] >= to) continue
        if (!compatible(type, from, to, this.type[t], this.from[t], this.to[t])) return true
      }
    }
    return false
  }

  /** True when a taken claim of another owner covers `unit` and is not a same-length substitution. */
  private clashesAnchor(unit: number, owner: number): boolean {
    const list = this.buckets[Math.floor(unit / BUCKET)]
    if (!list) return false
    for (let k = 0; k < list.length; k++) {
      const t = list[k]
      if (this.owner[t] === owner || unit >= this.to[t] || this.from[t] >= unit + 1) continue
      if (!(this.type[t] === EDIT && !this.removes[t])) return true
    }
    return false
  }

  /** True when claims `c`, owned by `owner` (its group's number or its own), conflict with nothing taken. */
  fits(c: SuggestionClaims, owner: number): boolean {
    for (let r = 0; r < c.ranges; r++) {
      if (this.clashesRange(c.from[r], c.to[r], c.type[r], owner)) return false
      if ((c.type[r] !== EDIT || c.removes[r]) && this.anchorUnits.size)
        for (let u = c.from[r]; u < c.to[r]; u++) {
          const owners = this.anchorUnits.get(u)
          if (owners) for (const o of owners) if (o !== owner) return false
        }
    }
    for (let a = 0; a < c.anchors; a++) {
      const taken = this.anchors.get(c.anchorKey[a])
      if (taken !== undefined && taken !== owner) return false
      if (c.anchorUnit[a] >= 0 && this.clashesAnchor(c.anchorUnit[a], owner)) return false
    }
    return true
  }

  /** Records claims `c` for `owner`. */
  take(c: SuggestionClaims, owner: number): void {
    for (let r = 0; r < c.ranges; r++) {
      const index = this.from.length
      this.from.push(c.from[r])
      this.to.push(c.to[r])
      this.type.push(c.type[r])
      this.removes.push(c.removes[r])
      this.owner.push(owner)
      for (let b = Math.floor(c.from[r] / BUCKET); b <= Math.floor((c.to[r] - 1) / BUCKET); b++) {
        const list = this.buckets[b]
        if (list) list.push(index)
        else this.buckets[b] = [index]
      }
    }
    for (let a = 0; a < c.anchors; a++) {
      const unit = c.anchorUnit[a]
      this.anchors.set(c.anchorKey[a], owner)
      const list = this.anchorUnits.get(unit)
      if (list) list.push(owner)
      else this.anchorUnits.set(unit, [owner])
    }
  }
}

/**
 * Indices of the suggestions by kind priority, then rank, then confidence (highest first), then input position:
 * what sorting by those keys gives, in linear time (a page has hundreds of suggestions and only a few distinct keys).
 */
function priorityOrder(suggestions: readonly Suggestion[]): number[] {
  // kind priority → rank → confidence → input positions, in input order
  const byKind = new Map<number, Map<number, Map<number, number[]>>>()
  for (let i = 0; i < suggestions.length; i++) {
    const s = suggestions[i]
    const p = PRIORITY.get(s.kind) ?? 0
    const rank = s.rank ?? 1
    let byRank = byKind.get(p)
    if (!byRank) byKind.set(p, (byRank = new Map()))
    let byConfidence = byRank.get(rank)
    if (!byConfidence) byRank.set(rank, (byConfidence = new Map()))
    const list = byConfidence.get(s.confidence)
    if (list) list.push(i)
    else byConfidence.set(s.confidence, [i])
  }
  const out: number[] = []
  for (const p of [...byKind.keys()].sort((x, y) => x - y)) {
    const byRank = byKind.get(p)!
    for (const rank of [...byRank.keys()].sort((x, y) => x - y)) {
      const byConfidence = byRank.get(rank)!
      for (const confidence of [...byConfidence.keys()].sort((x, y) => y - x))
        for (const i of byConfidence.get(confidence)!) out.push(i)
    }
  }
  return out
}

/**
 * Drops every suggestion that conflicts with one of higher priority (see the file comment) and renumbers the
 * ranks of the surviving alternatives in each group. Input order does not matter; output is in priority order.
 */
export function resolveConflicts(suggestions: readonly Suggestion[]): Suggestion[] {
  const sorted = priorityOrder(suggestions)
  const claims = new Claims()
  const c = new SuggestionClaims()
  const groupOwner = new Map<string, number>()
  const deadGroups = new Set<string>()
  const kept: Suggestion[] = []
  for (const i of sorted) {
    const s = suggestions[i]
    let owner = i
    if (s.group !== undefined) {
      if (deadGroups.has(s.group)) continue
      const g = groupOwner.get(s.group)
      if (g === undefined) groupOwner.set(s.group, (owner = suggestions.length + groupOwner.size))
      else owner = g
    }
    c.read(s)
    if (!claims.fits(c, owner)) {
      if (s.group !== undefined && (s.rank ?? 1) === 1) deadGroups.add(s.group)
      continue
    }
    claims.take(c, owner)
    kept.push(s)
  }
  const ranks = new Map<string, number>()
  return kept
    .filter((s) => s.group === undefined || !deadGroups.has(s.group))
    .map((s) => {
      if (s.group === undefined) return s
      const rank = (ranks.get(s.group) ?? 0) + 1
      ranks.set(s.group, rank)
      return rank === s.rank ? s : { ...s, rank }
    })
}
