// Spaces the OCR left where a printed column line wrapped (`昆明 市呈贡区`), plus spaces at line starts and ends.
// Removed (safe). Kept: spaces between Latin words or next to a Latin letter, spaces between names in bylines and
// photo credits (本报记者 李丰), and spaces separating phrases in a title line (帮扶精准化 服务普惠化): a title is
// short, has no clause punctuation and stands on its own line (rawPage.ts lineKind).
import { charAt, charBefore } from '../text/chars'
import { isCjkPunctuation, isHan } from '../text/cjk'
import { isAsciiDigit, isLatinLetter } from '../text/width'
import { bylineSpans, creditSeparator } from './bylines'
import type { PageLine, RawPage } from './rawPage'
import { isChineseText, isSpace } from './rawPage'
import type { Suggestion } from './suggestion'
import { makeSuggestion } from './suggestion'

/** Suggestions removing line-wrap spaces (raw offsets). */
export function removeWrapSpaces(page: RawPage): Suggestion[] {
  const out: Suggestion[] = []
  const { raw } = page
  for (const line of page.lines) {
    if (line.from > line.start) out.push(trim(line.start, line.from, 'space at the start of a line', raw))
    if (line.end > line.to) out.push(trim(line.to, line.end, 'space at the end of a line', raw))
    interiorSpaces(line, out)
  }
  return out
}

function trim(from: number, to: number, explanation: string, raw: string): Suggestion {
  const ideographic = raw.slice(from, to).includes('\u3000')
  return makeSuggestion({
    kind: 'wrap-space',
    safe: true,
    confidence: 0.99,
    explanation: ideographic ? `${explanation} (full-width indent)` : explanation,
    edits: [{ from, to, insert: '' }]
  })
}

/** Decides every space run inside one line. */
function interiorSpaces(line: PageLine, out: Suggestion[]): void {
  const text = line.text
  if (!/[ \t\u00a0\u3000]/.test(text)) return
  const spans = bylineSpans(text)
  const credit = creditSeparator(text, spans)
  const chinese = isChineseText(text)
  const title = line.kind === 'title' || line.kind === 'heading' || line.kind === 'byline'
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text[i])) continue
    let j = i
    while (j < text.length && isSpace(text[j])) j++
    const from = i
    i = j - 1
    if (credit && from === credit.from) continue
    if (spans.some((s) => from > s.start && j < s.end)) continue
    const left = significantBefore(text, from)
    const right = significantAfter(text, j)
    if (!left || !right || title) continue
    const reason = removalReason(left, right, chinese)
    if (!reason) continue
    out.push(
      makeSuggestion({
        kind: 'wrap-space',
        safe: true,
        confidence: 0.97,
        explanation: reason,
        edits: [{ from: line.from + from, to: line.from + j, insert: '' }]
      })
    )
  }
}

/** Why the space between `left` and `right` is a wrap, or null when it may belong. */
function removalReason(left: string, right: string, chinese: boolean): string | null {
  if (isLatinLetter(left) || isLatinLetter(right)) return null
  if (isAsciiDigit(left) && isAsciiDigit(right)) return null
  if (isHan(left) && isHan(right)) return 'line-wrap space between two Chinese characters'
  const cjk = (ch: string) => isHan(ch) || isCjkPunctuation(ch)
  if (cjk(left) || cjk(right)) return 'line-wrap space next to Chinese text'
  return chinese ? 'line-wrap space inside Chinese text' : null
}

/** The character before `i`, skipping markdown bold markers; '' at the line start. */
function significantBefore(text: string, i: number): string {
  let k = i
  while (k > 0 && text[k - 1] === '*') k--
  return charBefore(text, k)
}

/** The character at or after `i`, skipping markdown bold markers; '' at the line end. */
function significantAfter(text: string, i: number): string {
  let k = i
  while (k < text.length && text[k] === '*') k++
  return charAt(text, k)
}
