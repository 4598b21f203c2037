// Plain-data text changes with CodeMirror ChangeSet semantics, so the same mapping runs inside the editor
// (from a ChangeSet's iterChanges) and outside it (batch cleanup, the store, tests).

/**
 * One replacement, UTF-16 offsets into the document *before* the change set. `insertProv`, when given, is
 * the provenance (raw offset or -1) of each inserted UTF-16 unit; without it inserted text counts as new (-1).
 */
export interface TextChange {
  from: number
  to: number
  insert: string
  insertProv?: number[]
}

/** Throws RangeError unless changes are sorted, non-overlapping and inside a document of length `length`. */
export function checkChanges(changes: readonly TextChange[], length: number): void {
  let last = 0
  for (const c of changes) {
    if (!(Number.isInteger(c.from) && Number.isInteger(c.to)) || c.from < last || c.to < c.from || c.to > length)
      throw new RangeError(`Invalid change ${c.from}-${c.to} (previous end ${last}, document length ${length})`)
    if (c.insertProv && c.insertProv.length !== c.insert.length)
      throw new RangeError(`insertProv has ${c.insertProv.length} entries for ${c.insert.length} inserted units`)
    last = c.to
  }
}

/** Applies sorted, non-overlapping changes (offsets into `text`) and returns the new text. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  checkChanges(changes, text.length)
  let out = ''
  let pos = 0
  for (const c of changes) {
    out += text.slice(pos, c.from) + c.insert
    pos = c.to
  }
  return out + text.slice(pos)
}

/**
 * Maps a position through changes exactly like CodeMirror's `ChangeSet.mapPos` (simple mode): at an
 * insertion point `assoc` < 0 stays before the inserted text, > 0 goes after; the start of a replaced
 * range stays at its start, its end goes after the insert, a position strictly inside follows `assoc`.
 */
export function mapPos(pos: number, changes: readonly TextChange[], assoc = -1): number {
  let posA = 0
  let posB = 0
  for (const c of changes) {
    if (c.from > pos) return posB + (pos - posA)
    posB += c.from - posA
    posA = c.from
    const len = c.to - c.from
    const ins = c.insert.length
    if (c.to > pos || (c.to === pos && assoc < 0 && len === 0)) return pos === posA || assoc < 0 ? posB : posB + ins
    posB += ins
    posA = c.to
  }
  return posB + (pos - posA)
}

/** True when some change deletes or replaces text strictly inside [from, to). */
export function touchesRange(from: number, to: number, changes: readonly TextChange[]): boolean {
  for (const c of changes) if (c.from < to && c.to > from) return true
  return false
}

/** Composes change sets given one after another into sequential application on a text. */
export function applyChangeSequence(text: string, sets: readonly (readonly TextChange[])[]): string {
  return sets.reduce((t, set) => applyChanges(t, set), text)
}
