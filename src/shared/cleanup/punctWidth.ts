// Half-width punctuation in Chinese text → full width (GB/T 15834): , ; : ? ! . and ( ) pairs, and a dash cut to
// one mark at a line end → ——. Safe.
// Untouched: number formats (1,000  1.67亿元  10.5万余册  14:30), Latin context (A, B), ellipses (...).
import { codePointAt, codePointBefore, isDigitCode, isLatinCode } from '../text/chars'
import { isCjkPunctuationCode, isHanCode } from '../text/cjk'
import type { PageLine, RawPage } from './rawPage'
import { isChineseText, isSpaceCode } from './rawPage'
import type { Suggestion } from './suggestion'
import { makeSuggestion } from './suggestion'

// Characters are read as code points (-1: none, at a line end), never as one-character strings: a page has
// hundreds of marks, and each string read of a Chinese character allocates.

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' }
const NAMES: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  ':': 'colon',
  '?': 'question mark',
  '!': 'exclamation mark',
  '.': 'full stop'
}
/** The explanation of each widened mark (the same few strings on every page). */
const EXPLANATIONS: Record<string, string> = Object.fromEntries(
  Object.keys(FULL).map((ch) => [ch, `half-width ${NAMES[ch]} "${ch}" in Chinese text → "${FULL[ch]}"`])
)

/** Han, full-width punctuation or an ASCII quote/bracket standing in Chinese text; -1 (line end) counts. */
function chineseSide(cp: number): boolean {
  return isHanCode(cp) || isCjkPunctuationCode(cp) || cp === 0x22 || cp === 0x27 || cp === 0x28 || cp === 0x29
}

/** The nearest character before `i` that is not a space or `*`, -1 when none. */
function before(text: string, i: number): number {
  let k = i
  while (k > 0 && (isSpaceCode(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 0x2a)) k--
  return codePointBefore(text, k)
}

/** The nearest character after `i` that is not a space or `*`, -1 when none. */
function after(text: string, i: number): number {
  let k = i + 1
  while (k < text.length && (isSpaceCode(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2a)) k++
  return codePointAt(text, k)
}

/** The answer of chineseMark that depends on the line: the mark is Chinese when the line is Chinese text. */
const IF_CHINESE_LINE = -1

/**
 * Whether the half-width mark at `i` of a line stands in Chinese text and is not part of a number or code: 1 yes,
 * 0 no, IF_CHINESE_LINE when the neighbours do not decide (the caller tests the line only then).
 */
function chineseMark(text: string, i: number): number {
  const ch = text.charCodeAt(i)
  const l = codePointBefore(text, i)
  const r = codePointAt(text, i + 1)
  if ((ch === 0x2c || ch === 0x2e || ch === 0x3a) && isDigitCode(l) && isDigitCode(r)) return 0
  if (ch === 0x2e) {
    if (l === 0x2e || r === 0x2e || !isHanCode(before(text, i))) return 0
    const next = after(text, i)
    return next === -1 || isHanCode(next) || isCjkPunctuationCode(next) || next === 0x22 ? 1 : 0
  }
  if (ch === 0x3a && (r === 0x2f || isLatinCode(l))) return 0
  const lb = before(text, i)
  const ra = after(text, i)
  if (chineseSide(lb) || chineseSide(ra)) return 1
  if ((isLatinCode(lb) || isDigitCode(lb)) && (isLatinCode(ra) || isDigitCode(ra) || ra === -1)) return 0
  return IF_CHINESE_LINE
}

/** The half-width marks widened in Chinese text: , ; : ? ! . (a scan by code, no match object per mark). */
function isMarkCode(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3f || c === 0x21 || c === 0x2e
}

/** Suggestions widening half-width punctuation in Chinese context (raw offsets). */
export function widenPunctuation(page: RawPage): Suggestion[] {
  const out: Suggestion[] = []
  for (const line of page.lines) {
    const text = line.text
    // isChineseText is computed only when a mark needs it (most are decided by their neighbours).
    let chinese: boolean | undefined
    for (let i = 0; i < text.length; i++) {
      if (!isMarkCode(text.charCodeAt(i))) continue
      const context = chineseMark(text, i)
      if (context === 0 || (context === IF_CHINESE_LINE && !(chinese ??= isChineseText(text)))) continue
      const ch = text[i]
      out.push(
        makeSuggestion({
          kind: 'punct-width',
          safe: true,
          confidence: ch === '.' ? 0.85 : 0.97,
          explanation: EXPLANATIONS[ch],
          edits: [{ from: line.from + i, to: line.from + i + 1, insert: FULL[ch] }]
        })
      )
    }
    if (text.includes('(') || text.includes(')')) widenParentheses(line, chinese, out)
    lineEndDash(line, out)
  }
  return out
}

/** One dash mark (ASCII, full-width or box-drawing hyphen, or a lone em dash) ending a line after Chinese text. */
const SHORT_DASH_END = /[\u4e00-\u9fff”"’」』）)](-|－|─|—)[ \t\u3000]*$/u

/**
 * A Chinese dash (破折号) is two em dashes; at the end of a line after Chinese text (a kicker leading into its
 * headline: …让园区工会工作开展更顺畅-) a single hyphen or em dash is that dash cut short by the OCR. Mid-line
 * hyphens are left alone: they may join names or codes (京-津, A-1).
 */
function lineEndDash(line: PageLine, out: Suggestion[]): void {
  const m = SHORT_DASH_END.exec(line.text)
  if (!m) return
  const at = line.from + m.index + 1 // the character before the dash is one UTF-16 unit (BMP)
  const mark = m[1]
  out.push(
    makeSuggestion({
      kind: 'punct-width',
      safe: true,
      confidence: 0.9,
      explanation: `dash "${mark}" ending a line of Chinese text → "——"`,
      edits:
        mark === '—'
          ? [{ from: at + 1, to: at + 1, insert: '—' }]
          : [
              { from: at, to: at + 1, insert: '—' },
              { from: at + 1, to: at + 1, insert: '—' }
            ]
    })
  )
}

/** ( ) pairs whose content or outside is Chinese → （ ）; an unpaired one when its neighbour is Chinese. */
function widenParentheses(line: PageLine, chineseLine: boolean | undefined, out: Suggestion[]): void {
  const text = line.text
  const stack: number[] = []
  const pairs: Array<[number, number]> = []
  const lone: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x28) stack.push(i)
    else if (c === 0x29) {
      const open = stack.pop()
      if (open === undefined) lone.push(i)
      else pairs.push([open, i])
    }
  }
  lone.push(...stack)
  const hanInside = (a: number, b: number) => {
    for (let k = a + 1; k < b; k++) if (isHanCode(text.charCodeAt(k))) return true
    return false
  }
  for (const [o, c] of pairs) {
    if (!hanInside(o, c) && !chineseSide(before(text, o)) && !chineseSide(after(text, c))) continue
    out.push(
      makeSuggestion({
        kind: 'punct-width',
        safe: true,
        confidence: 0.97,
        explanation: `half-width brackets "(${text.slice(o + 1, c).slice(0, 10)})" in Chinese text → "（）"`,
        edits: [
          { from: line.from + o, to: line.from + o + 1, insert: '（' },
          { from: line.from + c, to: line.from + c + 1, insert: '）' }
        ]
      })
    )
  }
  let chinese = chineseLine
  for (const i of lone.sort((a, b) => a - b)) {
    const open = text[i] === '('
    if (
      !isHanCode(before(text, i)) &&
      !isHanCode(after(text, i)) &&
      !((chinese ??= isChineseText(text)) && (chineseSide(before(text, i)) || chineseSide(after(text, i))))
    )
      continue
    out.push(
      makeSuggestion({
        kind: 'punct-width',
        safe: true,
        confidence: 0.9,
        explanation: `unpaired half-width bracket "${text[i]}" in Chinese text → "${open ? '（' : '）'}"`,
        edits: [{ from: line.from + i, to: line.from + i + 1, insert: open ? '（' : '）' }]
      })
    )
  }
}
