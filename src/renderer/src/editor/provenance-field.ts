// Provenance of the clean text (raw offset per UTF-16 unit, -1 = typed) kept inside the editor state: mapped
// through every transaction with the same rules the store uses (`mapProvenance`), and restored exactly on undo/redo.
import { invertedEffects } from '@codemirror/commands'
import { StateEffect, StateField, type EditorState, type Transaction } from '@codemirror/state'
import type { TextChange } from '../../../shared/text/changes'
import { Provenance } from './provenance-chunks'

/** Provenance for text a transaction inserts: matched to inserted ranges by their text, in order. */
export interface ProvenancePatch {
  text: string
  prov: ArrayLike<number>
}

export const provenanceOfInserts = StateEffect.define<ProvenancePatch[]>()
export const resetProvenance = StateEffect.define<Int32Array>()

/** Plain-data changes of a transaction, with provenance for inserted text taken from its patches. */
export function transactionChanges(tr: Transaction): TextChange[] {
  const patches: ProvenancePatch[] = []
  for (const e of tr.effects) if (e.is(provenanceOfInserts)) patches.push(...e.value)
  const changes: TextChange[] = []
  let next = 0
  tr.changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    const text = inserted.toString()
    let insertProv: number[] | undefined
    if (text.length > 0) {
      for (let i = next; i < patches.length; i++) {
        if (patches[i].text === text) {
          insertProv = Array.from(patches[i].prov)
          next = i + 1
          break
        }
      }
    }
    changes.push(insertProv ? { from: fromA, to: toA, insert: text, insertProv } : { from: fromA, to: toA, insert: text })
  }, true)
  return changes
}

/** Chunked, so a keystroke copies one chunk (see provenance-chunks.ts); `provenanceOf` gives the flat array. */
export const provenanceField = StateField.define<Provenance>({
  create: (state) => Provenance.of(new Int32Array(state.doc.length).fill(-1)),
  update(prov, tr) {
    for (const e of tr.effects) if (e.is(resetProvenance)) return Provenance.of(e.value)
    return tr.docChanged ? prov.map(transactionChanges(tr)) : prov
  }
})

/** The provenance of `state`'s text as one array (built once per state value; do not modify it). */
export function provenanceOf(state: EditorState): Int32Array {
  return state.field(provenanceField).toArray()
}

/** On undo, text coming back gets back the provenance it had when it was removed. */
const restoreOnUndo = invertedEffects.of((tr) => {
  if (!tr.docChanged) return []
  const old = tr.startState.field(provenanceField, false)
  if (!old) return []
  const patches: ProvenancePatch[] = []
  tr.changes.iterChanges((fromA, toA) => {
    if (toA > fromA) patches.push({ text: tr.startState.doc.sliceString(fromA, toA), prov: old.slice(fromA, toA) })
  }, true)
  return patches.length ? [provenanceOfInserts.of(patches)] : []
})

export function provenanceExtension(initial: Int32Array) {
  return [provenanceField.init(() => Provenance.of(initial)), restoreOnUndo]
}
