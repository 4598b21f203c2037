// Dev/test-only crude cleanup of raw OCR lines: drops # and ** markers, removes spaces between Chinese characters
// (except inside bylines and photo credits), widens ,():;?! and "…" pairs in Chinese context. Not the real engine.
import { isBylineLine, photoCreditStart } from '../../src/shared/articles/bylines'

const CH = /[\p{Script=Han}，。、；：？！（）“”《》—…]/u

/** One raw line, crudely cleaned; `keepTitleSpaces` keeps the spaces of short lines without 。 (titles keep them in the gold). */
export function crudeCleanLine(raw: string, keepTitleSpaces = false): string {
  let s = raw
    .replace(/^\s*#{1,6}\s*/u, '')
    .replace(/\*\*/gu, '')
    .trim()
  s = s.replace(/"([^"]*)"/gu, '“$1”')
  const titleLike = keepTitleSpaces && [...s].length <= 48 && !/[。；;]/u.test(s) && !/^本报/u.test(s)
  const keepSpaces = titleLike || isBylineLine(s)
  const credit = keepSpaces ? -1 : photoCreditStart(s)
  const head = credit > 0 ? s.slice(0, credit) : s
  const tail = credit > 0 ? ' ' + s.slice(credit).trim() : ''
  let out = ''
  const chars = [...head]
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]
    if (!keepSpaces && /\s/u.test(c)) {
      let j = i
      while (j < chars.length && /\s/u.test(chars[j])) j++
      const prev = out.at(-1) ?? ''
      const next = chars[j] ?? ''
      if ((CH.test(prev) || /[,():;?!]/u.test(prev)) && (CH.test(next) || /[,():;?!]/u.test(next))) {
        i = j - 1
        continue
      }
    }
    const map: Record<string, string> = { ',': '，', '(': '（', ')': '）', ':': '：', ';': '；', '?': '？', '!': '！' }
    if (map[c]) {
      const prev = chars[i - 1] ?? ''
      const next = chars[i + 1] ?? ''
      const digits = /\d/u.test(prev) && /\d/u.test(next)
      if (!digits && (CH.test(prev) || CH.test(next) || c === '(' || c === ')')) {
        out += map[c]
        continue
      }
    }
    out += c
  }
  return (out + tail).trim()
}

/** A raw page, crudely cleaned line by line (blank lines kept). */
export function crudeClean(raw: string, keepTitleSpaces = false): string {
  return raw
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((l) => crudeCleanLine(l, keepTitleSpaces))
    .join('\n')
}
