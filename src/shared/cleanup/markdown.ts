// Markdown markers left by the OCR tool: `# ` / `## ` heading marks at a line start and `**…**` bold pairs.
// Removed (safe); the heading level stays recoverable from the raw line through provenance (rawLineOf).
import type { RawPage } from './rawPage'
import type { Suggestion } from './suggestion'
import { makeSuggestion } from './suggestion'

/** Suggestions removing heading marks and bold markers (raw offsets). */
export function removeMarkdownMarkers(page: RawPage): Suggestion[] {
  const out: Suggestion[] = []
  for (const line of page.lines) {
    const heading = /^(#{1,6})[ \t\u3000]+/.exec(line.text)
    if (heading && heading[0].length < line.text.length)
      out.push(
        makeSuggestion({
          kind: 'markdown',
          safe: true,
          confidence: 0.99,
          explanation: `OCR heading mark "${heading[1]}" before a headline`,
          edits: [{ from: line.from, to: line.from + heading[0].length, insert: '' }],
          meta: { level: heading[1].length }
        })
      )
    let open = -1
    for (let i = line.text.indexOf('**'); i >= 0; i = line.text.indexOf('**', i + 2)) {
      if (open < 0) {
        open = i
        continue
      }
      out.push(
        makeSuggestion({
          kind: 'markdown',
          safe: true,
          confidence: 0.99,
          explanation: `OCR bold markers ** around "${line.text.slice(open + 2, i).slice(0, 12)}"`,
          edits: [
            { from: line.from + open, to: line.from + open + 2, insert: '' },
            { from: line.from + i, to: line.from + i + 2, insert: '' }
          ]
        })
      )
      open = -1
    }
    if (open >= 0)
      out.push(
        makeSuggestion({
          kind: 'markdown',
          safe: true,
          confidence: 0.9,
          explanation: 'unpaired OCR bold marker **',
          edits: [{ from: line.from + open, to: line.from + open + 2, insert: '' }]
        })
      )
  }
  return out
}
