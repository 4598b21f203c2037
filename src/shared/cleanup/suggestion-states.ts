// Where each suggestion stands against the current clean text: decided, still open, or stale (a hand edit
// touched its raw text, or it was done some other way). Used by the editor, the page list counts and `auto`.
import type { Decision } from '../model/page'
import { changesInIndexedDoc, indexDoc, type CleanDoc } from './apply'
import type { Suggestion } from './suggestion'

export type SuggestionState = 'open' | 'accepted' | 'rejected' | 'stale'

export interface SuggestionView {
  suggestion: Suggestion
  state: SuggestionState
  /** Where an open suggestion applies in the clean text now (UTF-16 offsets); -1 otherwise. */
  cleanFrom: number
  cleanTo: number
}

export function computeStates(doc: CleanDoc, suggestions: readonly Suggestion[], decisions: Readonly<Record<string, Decision>>): SuggestionView[] {
  const ix = indexDoc(doc)
  return suggestions.map((s) => {
    const d = Object.hasOwn(decisions, s.id) ? decisions[s.id] : undefined
    if (d) return { suggestion: s, state: d.action, cleanFrom: -1, cleanTo: -1 }
    const changes = changesInIndexedDoc(ix, s)
    if (!changes || changes.length === 0) return { suggestion: s, state: 'stale', cleanFrom: -1, cleanTo: -1 }
    return { suggestion: s, state: 'open', cleanFrom: changes[0].from, cleanTo: changes[changes.length - 1].to }
  })
}

/** Number of open suggestions, counting a group of alternatives once. */
export function countOpen(views: readonly SuggestionView[]): number {
  const groups = new Set<string>()
  let n = 0
  for (const v of views) {
    if (v.state !== 'open') continue
    if (v.suggestion.group) {
      if (groups.has(v.suggestion.group)) continue
      groups.add(v.suggestion.group)
    }
    n++
  }
  return n
}
