// How suggestions show in the editor: their raw ranges, kind labels, and marks on both sides.
import { isRangePiece, type Suggestion, type SuggestionKind } from '../../../shared/cleanup/suggestion'
import type { SuggestionView } from '../../../shared/cleanup/state'
import type { MarkSpec } from './range-marks'

export { computeStates, type SuggestionView, type SuggestionState } from '../../../shared/cleanup/state'

/** Raw ranges a suggestion concerns: its edits and the raw pieces it moves. */
export function rawRanges(s: Suggestion): Array<{ from: number; to: number }> {
  const out = s.edits.map((e) => ({ from: e.from, to: e.to }))
  for (const m of s.moves ?? []) for (const p of m.pieces) if (isRangePiece(p)) out.push({ from: p.from, to: p.to })
  return out.sort((a, b) => a.from - b.from)
}

export const KIND_LABELS: Record<SuggestionKind, string> = {
  markdown: 'Markdown markers',
  'blank-lines': 'Blank lines',
  'wrap-space': 'Line-wrap spaces',
  'line-break': 'Line breaks in sentences',
  'photo-credit': 'Photo credits',
  'title-split': 'Title lines (kicker | headline)',
  'punct-width': 'Punctuation width',
  duplicate: 'Duplicated passages',
  interleave: 'Interleaved columns',
  'column-order': 'Shredded columns',
  'split-paragraph': 'Split paragraphs',
  'ocr-char': 'OCR character errors'
}

/** Marks for the raw view: every open suggestion by kind, the selected one emphasised. */
export function rawMarks(views: readonly SuggestionView[], selectedId: string | null): MarkSpec[] {
  const out: MarkSpec[] = []
  for (const v of views) {
    if (v.state !== 'open' && v.suggestion.id !== selectedId) continue
    const selected = v.suggestion.id === selectedId ? ' cm-sugg-selected' : ''
    for (const r of rawRanges(v.suggestion))
      out.push({ from: r.from, to: r.to, className: `cm-sugg cm-sugg-${v.suggestion.kind}${selected}`, attributes: { 'data-suggestion': v.suggestion.id } })
    if (v.suggestion.twin && selected)
      out.push({ from: v.suggestion.twin.from, to: v.suggestion.twin.to, className: 'cm-sugg-twin', attributes: { 'data-suggestion': v.suggestion.id } })
  }
  return out.sort((a, b) => a.from - b.from)
}

/** Marks for the clean view: where open suggestions would change the text. */
export function cleanMarks(views: readonly SuggestionView[], selectedId: string | null): MarkSpec[] {
  const out: MarkSpec[] = []
  for (const v of views) {
    if (v.state !== 'open') continue
    const selected = v.suggestion.id === selectedId ? ' cm-sugg-selected' : ''
    out.push({ from: v.cleanFrom, to: v.cleanTo, className: `cm-sugg cm-sugg-${v.suggestion.kind}${selected}`, attributes: { 'data-suggestion': v.suggestion.id } })
  }
  return out.sort((a, b) => a.from - b.from)
}
