// Turns a raw-offset suggestion into exact clean-text changes through the provenance. The editor dispatches these
// as one CodeMirror transaction; the store applies them in batch; both get identical text and provenance.
import type { TextChange } from '../text/changes'
import { applyChanges } from '../text/changes'
import { identityProvenance, mapProvenance } from './provenance'
import type { RawAnchor, RawRange, Suggestion } from './suggestion'
import { isRangePiece } from './suggestion'

/** A clean text and its provenance (raw UTF-16 offset per clean UTF-16 unit, -1 = inserted). */
export interface CleanDoc {
  clean: string
  prov: Int32Array
}

/** A clean document with its inverse provenance, built once for many suggestions. */
export interface IndexedDoc {
  doc: CleanDoc
  /** Raw offset -> clean offset, -1 when the raw unit is not in the clean text. */
  inverse: Int32Array
}

/** Indexes `doc` for repeated suggestion lookups (O(clean length)). */
export function indexDoc(doc: CleanDoc): IndexedDoc {
  let max = -1
  for (let i = 0; i < doc.prov.length; i++) if (doc.prov[i] > max) max = doc.prov[i]
  const inverse = new Int32Array(max + 1).fill(-1)
  for (let i = 0; i < doc.prov.length; i++) if (doc.prov[i] >= 0) inverse[doc.prov[i]] = i
  return { doc, inverse }
}

/**
 * The changes (clean-text UTF-16 offsets, sorted, `insertProv` set) that apply `s` to the current clean text, or
 * null when it no longer applies: a human edit touched its raw range, or it was already done (by hand or accepted).
 */
export function changesForSuggestion(doc: CleanDoc, s: Suggestion): TextChange[] | null {
  return changesInIndexedDoc(indexDoc(doc), s)
}

/** Change with the side an insertion sticks to, so insertions at one clean offset order deterministically. */
interface SidedChange extends TextChange {
  /** 0: sticks to the unit before (after-anchors), 1: to the unit after (before-anchors), 2: replaces text. */
  side: number
}

/** changesForSuggestion over an indexed document (for batches). */
export function changesInIndexedDoc(ix: IndexedDoc, s: Suggestion): TextChange[] | null {
  const sided = sidedChanges(ix, s)
  return sided && normalizeChanges(sided)
}

/** The suggestion's changes before sorting and merging, or null when it does not apply. */
function sidedChanges(ix: IndexedDoc, s: Suggestion): SidedChange[] | null {
  const { clean, prov } = ix.doc
  const out: SidedChange[] = []
  for (const e of s.edits) {
    const len = e.to - e.from
    if (len === 0) {
      const pos = anchorOffset(ix, { after: e.from - 1 })
      if (pos === null) return null
      out.push({
        from: pos,
        to: pos,
        insert: e.insert,
        insertProv: new Array<number>(e.insert.length).fill(-1),
        side: 0
      })
      continue
    }
    const at = exactSpan(ix, e.from, e.to)
    if (at === null) return null
    const substitution = e.insert.length === len
    if (substitution && clean.slice(at, at + len) === e.insert) return null
    const insertProv = new Array<number>(e.insert.length)
    for (let k = 0; k < e.insert.length; k++) insertProv[k] = substitution ? e.from + k : -1
    out.push({ from: at, to: at + len, insert: e.insert, insertProv, side: 2 })
  }
  let pendingMoves = 0
  for (const m of s.moves ?? []) {
    const spans: RawRange[] = []
    let text = ''
    const textProv: number[] = []
    for (const p of m.pieces) {
      if (!isRangePiece(p)) {
        text += p.text
        for (let k = 0; k < p.text.length; k++) textProv.push(-1)
        continue
      }
      const span = pieceSpan(ix, p.from, p.to)
      if (span === null) return null
      spans.push(span)
      text += clean.slice(span.from, span.to)
      for (let k = span.from; k < span.to; k++) textProv.push(prov[k])
    }
    if (m.to === null) {
      for (const sp of spans) out.push({ from: sp.from, to: sp.to, insert: '', side: 2 })
      pendingMoves++
      continue
    }
    const pos = anchorOffset(ix, m.to)
    if (pos === null) return null
    if (isInPlace(ix, spans, text, pos, 'before' in m.to)) continue
    for (const sp of spans) out.push({ from: sp.from, to: sp.to, insert: '', side: 2 })
    out.push({ from: pos, to: pos, insert: text, insertProv: textProv, side: 'before' in m.to ? 1 : 0 })
    pendingMoves++
  }
  if (out.length === 0 || (pendingMoves === 0 && s.edits.length === 0)) return null
  return normalizeChanges(out) ? out : null
}

/** Clean offset of raw [from, to) when all its units are present, contiguous and in order; else null. */
function exactSpan(ix: IndexedDoc, from: number, to: number): number | null {
  if (to > ix.inverse.length) return null
  const start = ix.inverse[from]
  if (start < 0) return null
  for (let r = from + 1; r < to; r++) if (ix.inverse[r] !== start + (r - from)) return null
  return start
}

/**
 * Clean span holding what is left of raw [from, to): it must be non-empty and contain only units from that range
 * or inserted units (edits made inside the piece travel with it).
 */
function pieceSpan(ix: IndexedDoc, from: number, to: number): RawRange | null {
  let lo = Infinity
  let hi = -1
  for (let r = from; r < to && r < ix.inverse.length; r++) {
    const c = ix.inverse[r]
    if (c < 0) continue
    if (c < lo) lo = c
    if (c > hi) hi = c
  }
  if (hi < 0) return null
  const prov = ix.doc.prov
  for (let c = lo; c <= hi; c++) if (prov[c] >= 0 && (prov[c] < from || prov[c] >= to)) return null
  return { from: lo, to: hi + 1 }
}

/** Clean offset where text anchored at `anchor` goes, or null when the anchor unit is gone. */
function anchorOffset(ix: IndexedDoc, anchor: RawAnchor): number | null {
  if ('before' in anchor) {
    const c = anchor.before < ix.inverse.length ? ix.inverse[anchor.before] : -1
    return c < 0 ? null : c
  }
  if (anchor.after < 0) return 0
  const c = anchor.after < ix.inverse.length ? ix.inverse[anchor.after] : -1
  return c < 0 ? null : c + 1
}

/** True when the moved content already stands, in order, at the anchor (the move was done). */
function isInPlace(ix: IndexedDoc, spans: RawRange[], text: string, pos: number, before: boolean): boolean {
  const start = before ? pos - text.length : pos
  if (start < 0 || ix.doc.clean.slice(start, start + text.length) !== text) return false
  let at = start
  for (const sp of spans) {
    if (sp.from < at || sp.to > start + text.length) return false
    at = sp.to
  }
  return true
}

/** Sorts changes (insertions at one offset: after-anchored first), rejects overlaps (null), merges touching ones. */
function normalizeChanges(changes: SidedChange[]): TextChange[] | null {
  const order = changes.map((c, i) => ({ c, i }))
  order.sort((a, b) => a.c.from - b.c.from || rankAt(a.c) - rankAt(b.c) || a.i - b.i)
  const out: TextChange[] = []
  for (const { c } of order) {
    const last = out[out.length - 1]
    if (last && c.from < last.to) return null
    const prov = c.insertProv ?? new Array<number>(c.insert.length).fill(-1)
    if (last && c.from === last.to) {
      last.to = c.to
      last.insert += c.insert
      last.insertProv = (last.insertProv ?? []).concat(prov)
    } else out.push({ from: c.from, to: c.to, insert: c.insert, insertProv: prov.slice() })
  }
  return out
}

/** Order of changes starting at one offset: pure insertions (by side) before replacements. */
function rankAt(c: SidedChange): number {
  return c.from === c.to ? c.side : 3
}

/**
 * Applies non-conflicting `suggestions` (at most one per group) to the raw text and returns the clean text and its
 * provenance; suggestions that no longer apply are skipped. Throws RangeError when two of them conflict.
 */
export function applySuggestions(raw: string, suggestions: readonly Suggestion[]): CleanDoc {
  return applyToDoc({ clean: raw, prov: identityProvenance(raw.length) }, suggestions).doc
}

/** Result of applying several suggestions: the new document and the change sets, to be applied in order. */
export interface AppliedSuggestions {
  doc: CleanDoc
  /** Each set is sorted and holds offsets into the text left by the sets before it. */
  changeSets: TextChange[][]
  applied: Suggestion[]
}

/**
 * Applies non-conflicting suggestions to `doc`: all edit-only suggestions in one change set, then each suggestion
 * that moves text in a set of its own (a moved piece carries the edits made inside it, so it must come after them).
 */
export function applyToDoc(doc: CleanDoc, suggestions: readonly Suggestion[]): AppliedSuggestions {
  const ix = indexDoc(doc)
  const all: SidedChange[] = []
  const applied: Suggestion[] = []
  const moving: Suggestion[] = []
  for (const s of suggestions) {
    if (s.moves?.length) {
      moving.push(s)
      continue
    }
    const cs = sidedChanges(ix, s)
    if (!cs) continue
    applied.push(s)
    all.push(...cs)
  }
  const changes = normalizeChanges(all)
  if (!changes)
    throw new RangeError('Suggestions conflict: their changes overlap in the clean text; apply them one at a time')
  let current: CleanDoc = changes.length
    ? { clean: applyChanges(doc.clean, changes), prov: mapProvenance(doc.prov, changes) }
    : doc
  const changeSets = changes.length ? [changes] : []
  for (const s of moving) {
    const cs = changesForSuggestion(current, s)
    if (!cs) continue
    applied.push(s)
    changeSets.push(cs)
    current = { clean: applyChanges(current.clean, cs), prov: mapProvenance(current.prov, cs) }
  }
  return { doc: current, changeSets, applied }
}
