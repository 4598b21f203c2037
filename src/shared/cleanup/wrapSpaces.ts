// Spaces the OCR left where a printed column line wrapped (`昆明 市呈贡区`), plus spaces at line starts and ends.
// Removed (safe). Kept: spaces between Latin words or next to a Latin letter, spaces between names in bylines and
// photo credits (本报记者 李丰), and spaces separating phrases in a title line (帮扶精准化 服务普惠化): a title is
// short, has no clause punctuation and stands on its own line (rawPage.ts lineKind).
import { codePointAt, codePointBefore, isDigitCode, isLatinCode } from '../text/chars'
import { isCjkPunctuationCode, isHanCode } from '../text/cjk'
import type { BylineSpan } from './bylines'
import { bylineSpans, creditSeparator } from './bylines'
import type { PageLine, RawPage } from './rawPage'
import { isChineseText, isSpaceCode } from './rawPage'
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

/** Decides every space run inside one line (characters read as code points: no string per character). */
function interiorSpaces(line: PageLine, out: Suggestion[]): void {
  const text = line.text
  // Spaces in titles, headings and bylines separate phrases and names: all kept.
  if (line.kind === 'title' || line.kind === 'heading' || line.kind === 'byline') return
  if (!/[ \t\u00a0\u3000]/.test(text)) return
  const spans = bylineSpans(text)
  const credit = creditSeparator(text, spans)
  let chinese: boolean | undefined // isChineseText, computed when a space needs it
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) continue
    let j = i
    while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++
    const from = i
    i = j - 1
    if (credit && from === credit.from) continue
    if (insideByline(spans, from, j)) continue
    const left = significantBefore(text, from)
    const right = significantAfter(text, j)
    if (left < 0 || right < 0) continue
    const reason = removalReason(left, right)
    const explanation =
      reason === IF_CHINESE_LINE ? ((chinese ??= isChineseText(text)) ? INSIDE_CHINESE : null) : reason
    if (!explanation) continue
    out.push(
      makeSuggestion({
        kind: 'wrap-space',
        safe: true,
        confidence: 0.97,
        explanation,
        edits: [{ from: line.from + from, to: line.from + j, insert: '' }]
      })
    )
  }
}

/** True when the space run [from, to) lies inside a byline or credit span. */
function insideByline(spans: BylineSpan[], from: number, to: number): boolean {
  for (const s of spans) if (from > s.start && to < s.end) return true
  return false
}

const INSIDE_CHINESE = 'line-wrap space inside Chinese text'
/** removalReason's answer when the neighbours do not decide: a wrap only if the line is Chinese text. */
const IF_CHINESE_LINE = 'if the line is Chinese'

/** Why the space between code points `left` and `right` is a wrap, null when it may belong, or IF_CHINESE_LINE. */
function removalReason(left: number, right: number): string | null {
  if (isLatinCode(left) || isLatinCode(right)) return null
  if (isDigitCode(left) && isDigitCode(right)) return null
  if (isHanCode(left) && isHanCode(right)) return 'line-wrap space between two Chinese characters'
  if (isHanCode(left) || isCjkPunctuationCode(left) || isHanCode(right) || isCjkPunctuationCode(right))
    return 'line-wrap space next to Chinese text'
  return IF_CHINESE_LINE
}

/** The character before `i`, skipping markdown bold markers; -1 at the line start. */
function significantBefore(text: string, i: number): number {
  let k = i
  while (k > 0 && text.charCodeAt(k - 1) === 0x2a) k--
  return codePointBefore(text, k)
}

/** The character at or after `i`, skipping markdown bold markers; -1 at the line end. */
function significantAfter(text: string, i: number): number {
  let k = i
  while (k < text.length && text.charCodeAt(k) === 0x2a) k++
  return codePointAt(text, k)
}
