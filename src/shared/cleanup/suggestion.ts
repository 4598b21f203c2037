// The cleanup contract: what the engine proposes, as plain data over the immutable raw text. Every offset in this
// file is a UTF-16 offset into `PageFile.raw`; a suggestion is turned into clean-text changes by
// changesForSuggestion (apply.ts), through the page's provenance, so it still applies after other edits.
import { StringHash } from '../text/hash'

/** Defect classes, one rule file each. */
export const SUGGESTION_KINDS = [
  'markdown',
  'blank-lines',
  'wrap-space',
  'line-break',
  'photo-credit',
  'title-split',
  'punct-width',
  'duplicate',
  'interleave',
  'column-order',
  'split-paragraph',
  'ocr-char'
] as const
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number]

/**
 * Replace raw [from, to) (raw UTF-16 offsets) with `insert`. When `insert` has the same length as the range it is a
 * substitution: each new unit keeps the provenance of the raw unit it replaces (so `，` still points at the raw
 * `,`). Otherwise inserted units are new text (provenance -1). from === to inserts right after raw unit from - 1.
 */
export interface RawEdit {
  from: number
  to: number
  insert: string
}

/** A raw range [from, to) (raw UTF-16 offsets). */
export interface RawRange {
  from: number
  to: number
}

/** A piece of moved text: the CURRENT clean content of a raw range (with every edit made inside it), or new text. */
export type MovePiece = RawRange | { text: string }

/** Where moved text goes: immediately before or after the clean unit that came from raw offset `before`/`after`. */
export type RawAnchor = { before: number } | { after: number }

/**
 * Takes the pieces' current clean content out of the page and inserts it, in order, at `to`; `to: null` drops it
 * (used for duplicates, so the removal composes with edits made inside the dropped passage).
 */
export interface RawMove {
  to: RawAnchor | null
  pieces: MovePiece[]
}

/** Small facts for the UI or later stages; numbers and strings only so suggestions stay plain JSON. */
export type SuggestionMeta = Record<string, string | number | boolean>

/** One proposed correction of the raw page. */
export interface Suggestion {
  /** Stable id: hash of kind, raw ranges and result; equal across runs on the same raw text. */
  id: string
  kind: SuggestionKind
  /** Safe suggestions are applied by autoClean; the others wait for review. */
  safe: boolean
  /** 0..1 */
  confidence: number
  /** One line an editor understands. */
  explanation: string
  /** Sorted, non-overlapping raw edits. */
  edits: RawEdit[]
  moves?: RawMove[]
  /** Alternatives sharing a group are mutually exclusive (accept one, the others become moot). */
  group?: string
  /** 1 = best within its group. */
  rank?: number
  /** Duplicates: the other copy, raw offsets. */
  twin?: RawRange
  meta?: SuggestionMeta
}

/** The fields a rule provides; the id is derived. */
export type SuggestionDraft = Omit<Suggestion, 'id'>

/** True for a move piece that is a raw range (not new text). */
export function isRangePiece(piece: MovePiece): piece is RawRange {
  return (piece as RawRange).from !== undefined
}

/** The hash suggestionId reuses (hundreds of ids per page; it is reset for each). */
const idHash = new StringHash()

/** Stable id of a suggestion: hash of its kind, raw edits and moves (not of its wording or confidence). */
export function suggestionId(draft: Pick<Suggestion, 'kind' | 'edits' | 'moves'>): string {
  // Hashes the key `kind|e{from},{to},{insert}…|b{before}:{from}-{to}:"{text}…` part by part, without building it.
  const h = idHash.reset().text(draft.kind)
  for (const e of draft.edits) h.text('|e').number(e.from).text(',').number(e.to).text(',').text(e.insert)
  for (const m of draft.moves ?? []) {
    if (m.to === null) h.text('|d')
    else if ('before' in m.to) h.text('|b').number(m.to.before)
    else h.text('|a').number(m.to.after)
    for (const p of m.pieces) {
      if (isRangePiece(p)) h.text(':').number(p.from).text('-').number(p.to)
      else h.text(':"').text(p.text)
    }
  }
  return `${draft.kind}-${h.hex()}`
}

/** Builds a suggestion from a rule's draft, adding its stable id. */
export function makeSuggestion(draft: SuggestionDraft): Suggestion {
  const s = draft as Suggestion
  s.id = suggestionId(draft)
  return s
}

/** Raw offset where a suggestion starts (its first edit, piece or anchor), for ordering. */
export function suggestionStart(s: Suggestion): number {
  let min = Infinity
  for (const e of s.edits) min = Math.min(min, e.from)
  for (const m of s.moves ?? []) for (const p of m.pieces) if (isRangePiece(p)) min = Math.min(min, p.from)
  return min === Infinity ? 0 : min
}
