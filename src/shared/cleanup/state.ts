// Where each suggestion stands on a page, and the automatic run that applies the safe ones.
import type { Decision } from '../model/page'
import type { TextChange } from '../text/changes'
import type { CleanDoc } from './apply'
import { applyToDoc, changesInIndexedDoc, indexDoc } from './apply'
import type { Suggestion, SuggestionKind } from './suggestion'

/** accepted/rejected: decided (by a person or auto); open: applicable; stale: no longer applies (text changed or done by hand). */
export type SuggestionState = 'accepted' | 'rejected' | 'open' | 'stale'

/** State of one suggestion on the current clean document. */
export function suggestionState(
  doc: CleanDoc,
  s: Suggestion,
  decisions: Readonly<Record<string, Decision>>
): SuggestionState {
  const d = Object.hasOwn(decisions, s.id) ? decisions[s.id] : undefined
  if (d) return d.action
  return changesInIndexedDoc(indexDoc(doc), s) ? 'open' : 'stale'
}

/** A suggestion with its state and, when open, where it applies in the clean text now (UTF-16; -1 otherwise). */
export interface SuggestionView {
  suggestion: Suggestion
  state: SuggestionState
  cleanFrom: number
  cleanTo: number
}

/** States of many suggestions at once (one provenance index for all), with their current clean ranges. */
export function computeStates(
  doc: CleanDoc,
  suggestions: readonly Suggestion[],
  decisions: Readonly<Record<string, Decision>>
): SuggestionView[] {
  const ix = indexDoc(doc)
  return suggestions.map((s) => {
    const d = Object.hasOwn(decisions, s.id) ? decisions[s.id] : undefined
    if (d) return { suggestion: s, state: d.action, cleanFrom: -1, cleanTo: -1 }
    const changes = changesInIndexedDoc(ix, s)
    if (!changes || changes.length === 0) return { suggestion: s, state: 'stale', cleanFrom: -1, cleanTo: -1 }
    return { suggestion: s, state: 'open', cleanFrom: changes[0].from, cleanTo: changes[changes.length - 1].to }
  })
}

/** States of many suggestions, keyed by suggestion id. */
export function suggestionStates(
  doc: CleanDoc,
  suggestions: readonly Suggestion[],
  decisions: Readonly<Record<string, Decision>>
): Map<string, SuggestionState> {
  return new Map(computeStates(doc, suggestions, decisions).map((v) => [v.suggestion.id, v.state]))
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

/** Decisions to record when `s` is accepted: it accepted, the other alternatives of its group rejected. */
export function decisionsForAccept(
  s: Suggestion,
  all: readonly Suggestion[],
  at: string,
  by: Decision['by'] = 'human'
): Record<string, Decision> {
  const out: Record<string, Decision> = { [s.id]: { action: 'accepted', at, by } }
  if (s.group !== undefined)
    for (const other of all)
      if (other.group === s.group && other.id !== s.id) out[other.id] = { action: 'rejected', at, by }
  return out
}

/** What autoClean did. */
export interface AutoCleanResult {
  doc: CleanDoc
  /** Change sets in the order applied (offsets of each into the text the previous ones left), for mapping spans. */
  changeSets: TextChange[][]
  /** The decisions it made, all `by: 'auto'`, keyed by suggestion id (merge them into PageFile.decisions). */
  decisions: Record<string, Decision>
  /** Suggestions applied, per kind. */
  counts: Partial<Record<SuggestionKind, number>>
}

/**
 * Applies every safe suggestion that nobody has decided and that still applies; records each as accepted by
 * 'auto'. Leaves alone anything with a decision (a person's or an earlier run's) and groups where an alternative
 * was accepted. `at` is the ISO time to stamp on the decisions.
 */
export function autoClean(
  doc: CleanDoc,
  suggestions: readonly Suggestion[],
  decisions: Readonly<Record<string, Decision>>,
  at: string
): AutoCleanResult {
  const settledGroups = new Set<string>()
  for (const s of suggestions)
    if (s.group !== undefined && decisions[s.id]?.action === 'accepted') settledGroups.add(s.group)
  const candidates = suggestions.filter(
    (s) => s.safe && !decisions[s.id] && (s.group === undefined || !settledGroups.has(s.group))
  )
  const { doc: cleaned, changeSets, applied } = applyToDoc(doc, candidates)
  const made: Record<string, Decision> = {}
  const counts: Partial<Record<SuggestionKind, number>> = {}
  for (const s of applied) {
    made[s.id] = { action: 'accepted', at, by: 'auto' }
    counts[s.kind] = (counts[s.kind] ?? 0) + 1
  }
  return { doc: cleaned, changeSets, decisions: made, counts }
}
