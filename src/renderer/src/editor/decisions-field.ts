// Accept/reject decisions on cleanup suggestions, kept in the editor state so undo and redo cover them
// together with the text change an accept made.
import { invertedEffects } from '@codemirror/commands'
import { StateEffect, StateField } from '@codemirror/state'
import type { Decision } from '../../../shared/model/page'

export type Decisions = Readonly<Record<string, Decision>>

/** Sets (or with null clears) the decision on each suggestion id. */
export const setDecisions = StateEffect.define<Array<{ id: string; decision: Decision | null }>>()

export const decisionsField = StateField.define<Decisions>({
  create: () => ({}),
  update(value, tr) {
    let next: Record<string, Decision> | null = null
    for (const e of tr.effects) {
      if (!e.is(setDecisions)) continue
      next ??= { ...value }
      for (const { id, decision } of e.value) {
        if (decision) next[id] = decision
        else delete next[id]
      }
    }
    return next ?? value
  }
})

const undoDecisions = invertedEffects.of((tr) => {
  const before = tr.startState.field(decisionsField, false)
  if (!before) return []
  const restore: Array<{ id: string; decision: Decision | null }> = []
  for (const e of tr.effects) if (e.is(setDecisions)) for (const { id } of e.value) restore.push({ id, decision: before[id] ?? null })
  return restore.length ? [setDecisions.of(restore)] : []
})

export function decisionsExtension(initial: Decisions) {
  return [decisionsField.init(() => initial), undoDecisions]
}
