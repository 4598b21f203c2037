// Entity spans through text edits, with CodeMirror mapping semantics and no silent loss.
//
// Inclusiveness: exclusive at both edges. Text typed at a span's start goes before it and text typed at its end goes
// after it (start maps with assoc +1, end with assoc -1, like a Decoration.mark with inclusive: false): typing right
// after 王伟 does not extend the PER span. Edits inside a span stretch or shrink it; a replacement of exactly the
// span's text keeps the span over the new text (an OCR fix such as 王玮 → 王伟). When none of a span's text is left
// (it maps to an empty range) the span becomes an orphan with its old text, listed for the user; a rejected span,
// kept only so it is not proposed again, is discarded instead. Text carried by a TextMove keeps its spans.
import type { EntitySpan, OrphanedSpan } from '../model/page'
import type { TextMove } from '../articles/moveParagraphs'
import { checkChanges, mapPos, type TextChange } from '../text/changes'

/** Options of mapEntities: moved text (from moveParagraphsToArticle) and the timestamp recorded on new orphans. */
export interface MapEntitiesOptions {
  moves?: readonly TextMove[]
  at?: string
}

/** Spans after the edit (sorted), spans whose text was deleted, and rejected spans dropped with their text. */
export interface MappedEntities {
  entities: EntitySpan[]
  orphans: OrphanedSpan[]
  discarded: EntitySpan[]
}

/** Throws RangeError unless every span is a non-empty range inside a text of length `length`. */
export function checkSpans(entities: readonly EntitySpan[], length: number): void {
  for (const e of entities)
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end > length || e.start >= e.end)
      throw new RangeError(
        `Entity ${e.id} (${e.label}) has invalid range ${e.start}-${e.end} in a text of length ${length}`
      )
}

/** A text as mapEntities reads it: a string, or a view of one (an editor's document) that need not be joined. */
export interface TextLike {
  readonly length: number
  slice(start: number, end: number): string
}

/** Maps UTF-16 spans over `oldText` through `changes` onto `newText`; see the file comment for the rules. */
export function mapEntities(
  entities: readonly EntitySpan[],
  changes: readonly TextChange[],
  oldText: TextLike,
  newText: TextLike,
  options: MapEntitiesOptions = {}
): MappedEntities {
  checkChanges(changes, oldText.length)
  checkSpans(entities, oldText.length)
  const at = options.at ?? new Date().toISOString()
  const out: MappedEntities = { entities: [], orphans: [], discarded: [] }
  for (const e of entities) {
    const move = options.moves?.find((m) => m.from <= e.start && e.end <= m.to)
    let start: number
    let end: number
    if (move) {
      start = move.at + (e.start - move.from)
      end = start + (e.end - e.start)
    } else {
      start = mapPos(e.start, changes, 1)
      end = mapPos(e.end, changes, -1)
    }
    if (start >= end) {
      if (e.status === 'rejected') out.discarded.push(e)
      else out.orphans.push({ span: e, text: oldText.slice(e.start, e.end), at })
      continue
    }
    if (end > newText.length)
      throw new RangeError(
        `Entity ${e.id} maps past the end of the new text: are changes and texts from the same edit?`
      )
    out.entities.push(start === e.start && end === e.end ? e : { ...e, start, end })
  }
  out.entities.sort((a, b) => a.start - b.start || a.end - b.end)
  return out
}
