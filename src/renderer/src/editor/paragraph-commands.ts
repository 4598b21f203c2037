// Reading-order repair on the clean text, one paragraph per line: move up/down, join with the next, move a
// selected fragment to the end of another paragraph. Moved text keeps its provenance, so it still traces to
// the raw page.
import { Transaction, type EditorState, type TransactionSpec } from '@codemirror/state'
import { provenanceField, provenanceOfInserts } from './provenance-field'

function provSlice(state: EditorState, from: number, to: number): Int32Array {
  return state.field(provenanceField).slice(from, to)
}

/** Swaps the cursor's paragraph (line) with the one above (dir -1) or below (dir 1); skips blank lines. */
export function moveParagraph(state: EditorState, dir: -1 | 1): TransactionSpec | null {
  const doc = state.doc
  const line = doc.lineAt(state.selection.main.head)
  let otherNo = line.number + dir
  while (otherNo >= 1 && otherNo <= doc.lines && doc.line(otherNo).text.trim() === '') otherNo += dir
  if (otherNo < 1 || otherNo > doc.lines) return null
  const other = doc.line(otherNo)
  // Move the cursor's paragraph past the other one as a deletion plus an insertion, so only the moved
  // paragraph is re-inserted (with its provenance) and nothing else in between is touched.
  const between = doc.sliceString(Math.min(line.to, other.to), Math.max(line.from, other.from))
  const text = dir < 0 ? line.text + between : between + line.text
  const prov = new Int32Array(text.length)
  if (dir < 0) {
    prov.set(provSlice(state, line.from, line.to), 0)
    prov.set(provSlice(state, other.to, line.from), line.text.length)
  } else {
    prov.set(provSlice(state, line.to, other.from), 0)
    prov.set(provSlice(state, line.from, line.to), between.length)
  }
  const cursorOffset = state.selection.main.head - line.from
  const changes = dir < 0 ? [{ from: other.from, insert: text }, { from: other.to, to: line.to }] : [{ from: line.from, to: other.from }, { from: other.to, insert: text }]
  const newLineStart = dir < 0 ? other.from : line.from + (other.to - other.from) + between.length
  return {
    changes,
    effects: provenanceOfInserts.of([{ text, prov }]),
    selection: { anchor: newLineStart + cursorOffset },
    annotations: Transaction.userEvent.of('paragraph.move'),
    scrollIntoView: true
  }
}

/** Joins the cursor's paragraph with the next non-blank one (removes the line break and blank lines). */
export function joinWithNext(state: EditorState): TransactionSpec | null {
  const doc = state.doc
  const line = doc.lineAt(state.selection.main.head)
  let nextNo = line.number + 1
  while (nextNo <= doc.lines && doc.line(nextNo).text.trim() === '') nextNo++
  if (nextNo > doc.lines) return null
  const next = doc.line(nextNo)
  return {
    changes: { from: line.to, to: next.from, insert: '' },
    selection: { anchor: line.to },
    annotations: Transaction.userEvent.of('paragraph.join'),
    scrollIntoView: true
  }
}

/** Splits the paragraph at the cursor (a line break there). */
export function splitAtCursor(state: EditorState): TransactionSpec {
  const pos = state.selection.main.head
  return { changes: { from: pos, insert: '\n' }, selection: { anchor: pos + 1 }, annotations: Transaction.userEvent.of('paragraph.split') }
}

/** Moves the selected text to the end of paragraph (line) number `targetLine`. */
export function moveFragmentToLineEnd(state: EditorState, targetLine: number): TransactionSpec | null {
  const { from, to } = state.selection.main
  if (from === to || targetLine < 1 || targetLine > state.doc.lines) return null
  const target = state.doc.line(targetLine)
  if (target.to >= from && target.to <= to) return null
  const text = state.doc.sliceString(from, to)
  const prov = provSlice(state, from, to)
  const changes = target.to < from ? [{ from: target.to, insert: text }, { from, to }] : [{ from, to }, { from: target.to, insert: text }]
  const newEnd = target.to < from ? target.to + text.length : target.to
  return {
    changes,
    effects: provenanceOfInserts.of([{ text, prov }]),
    selection: { anchor: newEnd - text.length, head: newEnd },
    annotations: Transaction.userEvent.of('paragraph.moveFragment'),
    scrollIntoView: true
  }
}
