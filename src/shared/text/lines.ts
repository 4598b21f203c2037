// Line index of a text: the one place that knows where lines start and end (UTF-16 offsets).

/** One line of a text: `start`/`end` are UTF-16 offsets, `end` excludes the line feed; `index` is 0-based. */
export interface TextLine {
  index: number
  start: number
  end: number
}

/** The lines of `text`, split at '\n' (a final '\n' yields a last, empty line). */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = []
  let start = 0
  for (;;) {
    const nl = text.indexOf('\n', start)
    if (nl < 0) {
      lines.push({ index: lines.length, start, end: text.length })
      return lines
    }
    lines.push({ index: lines.length, start, end: nl })
    start = nl + 1
  }
}

/** Index of the line holding UTF-16 offset `pos` (a line feed belongs to the line it ends). */
export function lineIndexAt(lines: readonly TextLine[], pos: number): number {
  let lo = 0
  let hi = lines.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lines[mid].start <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}
