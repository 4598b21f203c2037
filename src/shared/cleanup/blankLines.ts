// Paragraph separators: one clean line feed between paragraphs. Deletes blank lines at the top and bottom of the
// page and every line feed of a separator except its first, structural one (see rawPage.ts). Safe.
import type { RawPage } from './rawPage'
import type { Suggestion } from './suggestion'
import { makeSuggestion } from './suggestion'

/** Suggestions collapsing blank lines (raw offsets). */
export function collapseBlankLines(page: RawPage): Suggestion[] {
  const { raw, lines } = page
  const out: Suggestion[] = []
  const remove = (from: number, to: number, explanation: string) =>
    out.push(
      makeSuggestion({
        kind: 'blank-lines',
        safe: true,
        confidence: 0.99,
        explanation,
        edits: [{ from, to, insert: '' }]
      })
    )
  if (lines.length === 0) {
    if (raw.length) remove(0, raw.length, 'page holds only blank lines')
    return out
  }
  if (lines[0].start > 0) remove(0, lines[0].start, 'blank lines at the top of the page')
  for (let i = 0; i + 1 < lines.length; i++) {
    const from = lines[i].end + 1
    const to = lines[i + 1].start
    if (to > from)
      remove(from, to, to - from === 1 ? 'blank line between paragraphs' : 'blank lines between paragraphs')
  }
  const last = lines[lines.length - 1]
  if (last.end < raw.length) remove(last.end, raw.length, 'blank lines at the end of the page')
  return out
}
