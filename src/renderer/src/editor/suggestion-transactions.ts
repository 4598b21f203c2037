// Accepting and rejecting cleanup suggestions as editor transactions: the text change, the provenance of
// moved text and the decisions travel together, so one undo takes all of them back.
import { ChangeSet, Transaction, type EditorState, type TransactionSpec } from '@codemirror/state'
import { applyToDoc } from '../../../shared/cleanup/apply'
import { decisionsForAccept } from '../../../shared/cleanup/state'
import type { Suggestion } from '../../../shared/cleanup/suggestion'
import type { Decision } from '../../../shared/model/page'
import { setDecisions } from './decisions-field'
import { docString } from './doc-string'
import { provenanceOf, provenanceOfInserts, type ProvenancePatch } from './provenance-field'

function decision(action: Decision['action']): Decision {
  return { action, at: new Date().toISOString(), by: 'human' }
}

/**
 * One transaction accepting `suggestions` (non-conflicting, at most one per group; the others of an accepted
 * one's group are recorded as rejected). Returns null when none still applies to the current text.
 */
export function acceptSuggestions(state: EditorState, suggestions: readonly Suggestion[], all: readonly Suggestion[] = suggestions): TransactionSpec | null {
  const doc = { clean: docString(state.doc), prov: provenanceOf(state) }
  const result = applyToDoc(doc, suggestions)
  const { applied } = result
  if (applied.length === 0) return null
  // The engine applies moves after edits, as sequential change sets: compose them into one transaction, and
  // give every inserted range the provenance it has in the final document.
  let changes: ChangeSet = ChangeSet.empty(state.doc.length)
  for (const set of result.changeSets) changes = changes.compose(ChangeSet.of(set.map((c) => ({ from: c.from, to: c.to, insert: c.insert })), changes.newLength))
  const patches: ProvenancePatch[] = []
  changes.iterChanges((_fromA, _toA, fromB, toB, inserted) => {
    if (toB > fromB) patches.push({ text: inserted.toString(), prov: result.doc.prov.slice(fromB, toB) })
  }, true)
  const at = new Date().toISOString()
  const decided = new Map<string, Decision>()
  for (const s of applied) for (const [id, d] of Object.entries(decisionsForAccept(s, all, at))) if (!decided.has(id) || d.action === 'accepted') decided.set(id, d)
  let first: number | undefined
  changes.iterChangedRanges((fromA) => (first ??= fromA))
  return {
    changes,
    effects: [provenanceOfInserts.of(patches), setDecisions.of([...decided].map(([id, d]) => ({ id, decision: d })))],
    annotations: Transaction.userEvent.of('accept'),
    selection: first === undefined ? undefined : { anchor: Math.min(first, state.doc.length) },
    scrollIntoView: true
  }
}

/** One transaction rejecting `suggestions` (no text change; undo brings them back). */
export function rejectSuggestions(ids: readonly string[]): TransactionSpec {
  return { effects: setDecisions.of(ids.map((id) => ({ id, decision: decision('rejected') }))), annotations: Transaction.userEvent.of('reject') }
}
