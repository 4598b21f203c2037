// A single line feed inside a sentence on a page whose paragraphs are separated by blank lines is a wrap:
// joined (safe). Not joined: after sentence-final punctuation or a colon, around titles, bylines and datelines
// (□本报通讯员 季永健 / 本报特约记者 王君东 stay two lines), or on pages that separate paragraphs by single line feeds
// (there a missing blank line says nothing; split-paragraph.ts weighs such joins for review).
import { charAt, charBefore } from '../text/chars'
import { isLatinLetter } from '../text/width'
import type { RawPage } from './rawPage'
import type { Suggestion } from './suggestion'
import { makeSuggestion } from './suggestion'

const CLOSED_END = /[。！？!?…；;：:—\-”」』）)]$/

/** Suggestions joining lines wrapped by a single line feed (raw offsets). */
export function joinWrappedLines(page: RawPage): Suggestion[] {
  const out: Suggestion[] = []
  if (!page.blankLineSeparated) return out
  for (let i = 0; i + 1 < page.lines.length; i++) {
    const a = page.lines[i]
    const b = page.lines[i + 1]
    if (a.newlinesAfter !== 1 || a.kind !== 'body' || b.kind !== 'body' || b.dateline) continue
    if (CLOSED_END.test(a.text) || a.text.length < 10) continue
    const left = charBefore(a.text, a.text.length)
    const right = charAt(b.text, 0)
    const latin = isLatinLetter(left) && isLatinLetter(right)
    out.push(
      makeSuggestion({
        kind: 'line-break',
        safe: true,
        confidence: 0.9,
        explanation: latin ? 'line break between two words of one sentence' : 'line break inside a sentence',
        edits: [{ from: a.end, to: a.end + 1, insert: latin ? ' ' : '' }]
      })
    )
  }
  return out
}
