// Where spaces belong in a line: reporter bylines (本报记者 李丰, （记者彭冰 柳姗姗 通讯员曲…) and photo credits
// (本报通讯员 张锋 孟宪勋 摄, 万善朝 摄（新华社发）) separate names with spaces that must be kept.
import { isHan, SENTENCE_END } from '../text/cjk'
import { isSpace } from './rawPage'

/** A byline or credit inside a line: UTF-16 offsets into the line text, end exclusive. */
export interface BylineSpan {
  start: number
  end: number
  /** Ends with 摄 (a photo credit). */
  credit: boolean
}

const ROLE_WORD = '(?:本报|新华社)?(?:特约|实习|见习|首席)?(?:摄影记者|记者|通讯员|实习生)'
const ROLE = new RegExp(ROLE_WORD, 'gu')
const ROLE_AT = new RegExp(ROLE_WORD, 'uy')
const OPENERS = '(（□■●【['

/** Length of the run of Han characters starting at `i`. */
function hanRun(text: string, i: number): number {
  let n = 0
  while (i + n < text.length && isHan(text[i + n])) n++
  return n
}

/** Length of the run of spaces starting at `i`. */
function spaceRun(text: string, i: number): number {
  let n = 0
  while (i + n < text.length && isSpace(text[i + n])) n++
  return n
}

/** True when a name may end at `i`: line end, a space, a closing bracket or the credit mark 摄. */
function nameEnds(text: string, i: number): boolean {
  return i >= text.length || isSpace(text[i]) || text[i] === ')' || text[i] === '）' || text[i] === '摄'
}

/** End of `摄` plus an optional bracketed source such as （新华社发） at `i`, or -1. */
function creditMarkEnd(text: string, i: number): number {
  if (text[i] !== '摄') return -1
  let end = i + 1
  if (text[end] === '(' || text[end] === '（') {
    const close = text.slice(end).search(/[)）]/)
    if (close > 0 && close <= 12) end += close + 1
  }
  return end
}

/**
 * Parses names (1–4 Han each, optionally preceded by a role word) separated by single spaces from `i`, which is
 * just after a role word (`fused` names may follow it directly). Returns the end of the last name and whether a
 * credit mark 摄 closes it, or null when no name follows.
 */
function parseNames(text: string, i: number): { end: number; credit: boolean } | null {
  let pos = i
  let names = 0
  for (;;) {
    const spaces = spaceRun(text, pos)
    if (names > 0 && spaces === 0) break
    if (spaces > 1) break
    let p = pos + spaces
    ROLE_AT.lastIndex = p
    const role = ROLE_AT.exec(text)
    if (role) p += role[0].length
    const n = hanRun(text, p)
    const mark = creditMarkEnd(text, p)
    if (names > 0 && spaces === 1 && mark >= 0 && (mark >= text.length || !isHan(text[mark])))
      return { end: mark, credit: true }
    if (n < 1 || n > 4 || !nameEnds(text, p + n) || (n < 2 && p + n < text.length && names > 0)) break
    if (text[p + n] === '摄') {
      const end = creditMarkEnd(text, p + n)
      if (end >= text.length || !isHan(text[end])) return { end, credit: true }
      break
    }
    pos = p + n
    names++
  }
  return names > 0 ? { end: pos, credit: false } : null
}

/** Byline and photo-credit spans of one trimmed line (see the file comment); spaces inside them belong. */
export function bylineSpans(text: string): BylineSpan[] {
  const spans: BylineSpan[] = []
  ROLE.lastIndex = 0
  for (let m = ROLE.exec(text); m; m = ROLE.exec(text)) {
    const at = m.index
    if (spans.length && at < spans[spans.length - 1].end) continue
    const prev = at > 0 ? text[at - 1] : ''
    const afterSpace = prev !== '' && isSpace(prev)
    const beforeSpace = afterSpace ? text.slice(0, at).trimEnd() : ''
    const ok =
      at === 0 ||
      OPENERS.includes(prev) ||
      (afterSpace && (m[0].startsWith('本报') || m[0].startsWith('新华社') || SENTENCE_END.test(beforeSpace)))
    const roleEnd = at + m[0].length
    ROLE.lastIndex = roleEnd
    if (!ok) continue
    const names = parseNames(text, roleEnd)
    if (!names) continue
    spans.push({ start: at, end: names.end, credit: names.credit })
    ROLE.lastIndex = names.end
  }
  const bare = bareCredit(text)
  if (bare && !spans.some((s) => s.end >= bare.end)) spans.push(bare)
  return spans
}

/** A credit without a role word at the end of a line, e.g. `万善朝 摄（新华社发）`, preceded by a space. */
function bareCredit(text: string): BylineSpan | null {
  const m = /(?:^|[ \u3000])((?:[\u4e00-\u9fff]{2,4}[ \u3000]){1,3}摄(?:[(（][^)）]{1,10}[)）])?)$/u.exec(text)
  if (!m) return null
  const start = m.index + m[0].length - m[1].length
  return { start, end: text.length, credit: true }
}

/**
 * Offset (in the trimmed line) of the space run that separates a trailing photo credit from the caption before it,
 * or -1. The credit must start with a role word, or follow sentence-final punctuation.
 */
export function creditSeparator(text: string, spans = bylineSpans(text)): { from: number; to: number } | null {
  const last = spans[spans.length - 1]
  if (!last || !last.credit || last.end !== text.length || last.start === 0) return null
  let from = last.start
  while (from > 0 && isSpace(text[from - 1])) from--
  if (from === last.start || from === 0) return null
  const before = text.slice(0, from)
  const startsWithRole = /^(?:本报|新华社)/.test(text.slice(last.start))
  if (!startsWithRole && !SENTENCE_END.test(before)) return null
  return { from, to: last.start }
}
