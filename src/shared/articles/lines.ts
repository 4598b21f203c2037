// Lines of the clean text. A line is the text between two "\n"; its start is a UTF-16 offset.

/** One line of a text: `start`/`end` are UTF-16 offsets (end exclusive, before the "\n"). */
export interface Line {
  start: number
  end: number
  text: string
}

/** Every line of `text`, blank ones included, in order. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (;;) {
    const nl = text.indexOf('\n', start)
    const end = nl < 0 ? text.length : nl
    lines.push({ start, end, text: text.slice(start, end) })
    if (nl < 0) return lines
    start = nl + 1
  }
}

/** True when `text` has nothing but whitespace. */
export function isBlank(text: string): boolean {
  return text.trim() === ''
}

/** True when UTF-16 offset `offset` is the start of a line of `text` (0, or just after a "\n"). */
export function isLineStart(text: string, offset: number): boolean {
  return offset === 0 || (offset > 0 && offset <= text.length && text.charCodeAt(offset - 1) === 10)
}

/** UTF-16 offset of the start of the line that contains `offset`. */
export function lineStartOf(text: string, offset: number): number {
  if (offset < 0 || offset > text.length) throw new RangeError(`Offset ${offset} outside text of length ${text.length}`)
  return offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1
}

/** UTF-16 offset of the end of the line that contains `offset` (the index of its "\n", or the text length). */
export function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  return nl < 0 ? text.length : nl
}

/** The trimmed extent of [start, end) in `text`: leading and trailing whitespace excluded (UTF-16 offsets). */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start
  let e = end
  while (s < e && /\s/u.test(text[s])) s++
  while (e > s && /\s/u.test(text[e - 1])) e--
  return { start: s, end: e }
}
