// Half-width punctuation in Chinese text → full width (GB/T 15834): , ; : ? ! . and ( ) pairs. Safe.
// Untouched: number formats (1,000  1.67亿元  10.5万余册  14:30), Latin context (A, B), ellipses (...).
import { charAt, charBefore } from '../text/chars'
import { isCjkPunctuation, isHan } from '../text/cjk'
import { isAsciiDigit, isLatinLetter } from '../text/width'
import type { PageLine, RawPage } from './rawPage'
import { isChineseText, isSpace } from './rawPage'
import type { Suggestion } from './suggestion'
import { makeSuggestion } from './suggestion'

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' }
const NAMES: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  ':': 'colon',
  '?': 'question mark',
  '!': 'exclamation mark',
  '.': 'full stop'
}

/** Han, full-width punctuation or an ASCII quote/bracket standing in Chinese text. */
function chineseSide(ch: string): boolean {
  return isHan(ch) || isCjkPunctuation(ch) || ch === '"' || ch === "'" || ch === '(' || ch === ')'
}

/** The nearest non-space character before `i` in `text`. */
function before(text: string, i: number): string {
  let k = i
  while (k > 0 && (isSpace(text[k - 1]) || text[k - 1] === '*')) k--
  return charBefore(text, k)
}

/** The nearest non-space character after `i` in `text`. */
function after(text: string, i: number): string {
  let k = i + 1
  while (k < text.length && (isSpace(text[k]) || text[k] === '*')) k++
  return charAt(text, k)
}

/** Whether the half-width mark at `i` of a line stands in Chinese text and is not part of a number or code. */
function isChineseMark(text: string, i: number, chinese: boolean): boolean {
  const ch = text[i]
  const l = charBefore(text, i)
  const r = charAt(text, i + 1)
  if ((ch === ',' || ch === '.' || ch === ':') && isAsciiDigit(l) && isAsciiDigit(r)) return false
  if (ch === '.') {
    if (l === '.' || r === '.' || !isHan(before(text, i))) return false
    const next = after(text, i)
    return next === '' || isHan(next) || isCjkPunctuation(next) || next === '"'
  }
  if (ch === ':' && (r === '/' || isLatinLetter(l))) return false
  const lb = before(text, i)
  const ra = after(text, i)
  if (chineseSide(lb) || chineseSide(ra)) return true
  const code = (c: string) => isLatinLetter(c) || isAsciiDigit(c)
  if (code(lb) && (code(ra) || ra === '')) return false
  return chinese
}

/** Suggestions widening half-width punctuation in Chinese context (raw offsets). */
export function widenPunctuation(page: RawPage): Suggestion[] {
  const out: Suggestion[] = []
  for (const line of page.lines) {
    const text = line.text
    if (!/[,;:?!.()]/.test(text)) continue
    const chinese = isChineseText(text)
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c !== 0x2c && c !== 0x3b && c !== 0x3a && c !== 0x3f && c !== 0x21 && c !== 0x2e) continue
      const ch = text[i]
      const full = FULL[ch]
      if (!isChineseMark(text, i, chinese)) continue
      out.push(
        makeSuggestion({
          kind: 'punct-width',
          safe: true,
          confidence: ch === '.' ? 0.85 : 0.97,
          explanation: `half-width ${NAMES[ch]} "${ch}" in Chinese text → "${full}"`,
          edits: [{ from: line.from + i, to: line.from + i + 1, insert: full }]
        })
      )
    }
    widenParentheses(line, chinese, out)
  }
  return out
}

/** ( ) pairs whose content or outside is Chinese → （ ）; an unpaired one when its neighbour is Chinese. */
function widenParentheses(line: PageLine, chinese: boolean, out: Suggestion[]): void {
  const text = line.text
  const stack: number[] = []
  const pairs: Array<[number, number]> = []
  const lone: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') stack.push(i)
    else if (text[i] === ')') {
      const open = stack.pop()
      if (open === undefined) lone.push(i)
      else pairs.push([open, i])
    }
  }
  lone.push(...stack)
  const hanInside = (a: number, b: number) => {
    for (let k = a + 1; k < b; k++) if (isHan(text[k])) return true
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
  for (const i of lone.sort((a, b) => a - b)) {
    const open = text[i] === '('
    if (
      !isHan(before(text, i)) &&
      !isHan(after(text, i)) &&
      !(chinese && (chineseSide(before(text, i)) || chineseSide(after(text, i))))
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
