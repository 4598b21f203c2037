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

type ClaimType = 'edit' | 'move' | 'drop'

interface Claim {
  from: number
  to: number
  type: ClaimType
  /** Removes its units (not a same-length substitution). */
  removes: boolean
  owner: number
}

interface Anchor {
  key: string
  unit: number
}

function claimsOf(s: Suggestion): { ranges: Omit<Claim, 'owner'>[]; anchors: Anchor[] } {
  const ranges: Omit<Claim, 'owner'>[] = []
  const anchors: Anchor[] = []
  for (const e of s.edits) {
    if (e.from === e.to) anchors.push({ key: `a${e.from - 1}`, unit: e.from - 1 })
    else ranges.push({ from: e.from, to: e.to, type: 'edit', removes: e.insert.length !== e.to - e.from })
  }
  for (const m of s.moves ?? []) {
    for (const p of m.pieces)
      if (isRangePiece(p)) ranges.push({ from: p.from, to: p.to, type: m.to ? 'move' : 'drop', removes: true })
    if (m.to)
      anchors.push(
        'before' in m.to ? { key: `b${m.to.before}`, unit: m.to.before } : { key: `a${m.to.after}`, unit: m.to.after }
      )
  }
  return { ranges, anchors }
}

/** True when `inner` lies wholly inside `outer`. */
function within(inner: { from: number; to: number }, outer: { from: number; to: number }): boolean {
  return inner.from >= outer.from && inner.to <= outer.to
}

/** Whether two overlapping claims may coexist (see the file comment). */
function compatible(x: Omit<Claim, 'owner'>, y: Omit<Claim, 'owner'>): boolean {
  if (x.type === y.type) return false
  if (x.type === 'edit') return within(x, y)
  if (y.type === 'edit') return within(y, x)
  return x.type === 'drop' ? within(x, y) : within(y, x)
}

/** Width in raw units of the buckets that index claims by position. */
const BUCKET = 64

/** Ranges and anchors claimed by the suggestions taken so far, indexed by 64-unit buckets. */
class Claims {
  private readonly ranges: Claim[] = []
  private readonly buckets = new Map<number, number[]>()
  private readonly anchors = new Map<string, number>()
  private readonly anchorUnits = new Map<number, number[]>()

  /** True when a taken claim of another owner overlapping [from, to) fails `ok`. */
  private clashes(from: number, to: number, owner: number, ok: (t: Claim) => boolean): boolean {
    const last = Math.floor((to - 1) / BUCKET)
    for (let b = Math.floor(from / BUCKET); b <= last; b++) {
      const list = this.buckets.get(b)
      if (!list) continue
      for (let k = 0; k < list.length; k++) {
        const t = this.ranges[list[k]]
        if (t.owner !== owner && from < t.to && t.from < to && !ok(t)) return true
      }
    }
    return false
  }

  /** True when claims `c`, owned by `owner` (its group's number or its own), conflict with nothing taken. */
  fits(c: ReturnType<typeof claimsOf>, owner: number): boolean {
    for (const r of c.ranges) {
      if (this.clashes(r.from, r.to, owner, (t) => compatible(r, t))) return false
      if ((r.type !== 'edit' || r.removes) && this.anchorUnits.size)
        for (let u = r.from; u < r.to; u++) {
          const owners = this.anchorUnits.get(u)
          if (owners && owners.some((o) => o !== owner)) return false
        }
    }
    for (const a of c.anchors) {
      const taken = this.anchors.get(a.key)
      if (taken !== undefined && taken !== owner) return false
      if (a.unit >= 0 && this.clashes(a.unit, a.unit + 1, owner, (t) => t.type === 'edit' && !t.removes)) return false
    }
    return true
  }

  /** Records claims `c` for `owner`. */
  take(c: ReturnType<typeof claimsOf>, owner: number): void {
    const { ranges, anchors } = c
    for (const r of ranges) {
      const index = this.ranges.push({ from: r.from, to: r.to, type: r.type, removes: r.removes, owner }) - 1
      for (let b = Math.floor(r.from / BUCKET); b <= Math.floor((r.to - 1) / BUCKET); b++) {
        const list = this.buckets.get(b)
        if (list) list.push(index)
        else this.buckets.set(b, [index])
      }
    }
    for (const a of anchors) {
      this.anchors.set(a.key, owner)
      const list = this.anchorUnits.get(a.unit)
      if (list) list.push(owner)
      else this.anchorUnits.set(a.unit, [owner])
    }
  }
}

/**
 * Drops every suggestion that conflicts with one of higher priority (see the file comment) and renumbers the
 * ranks of the surviving alternatives in each group. Input order does not matter; output is in priority order.
 */
export function resolveConflicts(suggestions: readonly Suggestion[]): Suggestion[] {
  const sorted = suggestions
    .map((s, i) => ({ s, i, p: PRIORITY.get(s.kind) ?? 0 }))
    .sort((a, b) => a.p - b.p || (a.s.rank ?? 1) - (b.s.rank ?? 1) || b.s.confidence - a.s.confidence || a.i - b.i)
  const claims = new Claims()
  const groupOwner = new Map<string, number>()
  const deadGroups = new Set<string>()
  const kept: Suggestion[] = []
  for (const { s, i } of sorted) {
    let owner = i
    if (s.group !== undefined) {
      if (deadGroups.has(s.group)) continue
      const g = groupOwner.get(s.group)
      if (g === undefined) groupOwner.set(s.group, (owner = suggestions.length + groupOwner.size))
      else owner = g
    }
    const c = claimsOf(s)
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
