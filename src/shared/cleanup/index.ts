// Public API of the cleanup engine. Offsets in suggestions are raw UTF-16 offsets; offsets in changes are clean-text
// UTF-16 offsets (CodeMirror's units); convert to code points only in shared/text/offsets.ts.
export type { AppliedSuggestions, CleanDoc, IndexedDoc } from './apply'
export { applySuggestions, applyToDoc, changesForSuggestion, changesInIndexedDoc, indexDoc } from './apply'
export { KIND_PRIORITY, resolveConflicts } from './conflicts'
export type { EngineContext } from './engine'
export { runEngine } from './engine'
export type { Lexicon } from './lexicon'
export { createLexicon } from './lexicon'
export type { CharNgramStats } from './ngrams'
export { countCharNgrams } from './ngrams'
export type { RawLineRef } from './provenance'
export {
  decodeProvenance,
  encodeProvenance,
  identityProvenance,
  mapProvenance,
  rawLineOf,
  rawToClean
} from './provenance'
export type { AutoCleanResult, SuggestionState, SuggestionView } from './state'
export { autoClean, computeStates, countOpen, decisionsForAccept, suggestionState, suggestionStates } from './state'
export type {
  MovePiece,
  RawAnchor,
  RawEdit,
  RawMove,
  RawRange,
  Suggestion,
  SuggestionKind,
  SuggestionMeta
} from './suggestion'
export { isRangePiece, SUGGESTION_KINDS, suggestionId } from './suggestion'
