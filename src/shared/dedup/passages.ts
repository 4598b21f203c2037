// The unit of duplicate detection: a passage is one line of the raw page (OCR puts one paragraph, or one
// column fragment of it, per line), trimmed, and long enough that sharing it means more than a common phrase.
import { foldUnitsInto } from './fold'

/** Shortest passage compared, in folded UTF-16 units: shorter lines are headlines, bylines and stock phrases. */
export const DEFAULT_MIN_PASSAGE_UNITS = 30

/** A passage as a range of the raw text, UTF-16 offsets, end exclusive. */
export interface PassageRange {
  from: number
  to: number
}

function isBlankUnit(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0
}

/** The passages of `raw` (UTF-16 offsets, lines without their surrounding whitespace), in text order. */
export function passagesOf(raw: string, minUnits = DEFAULT_MIN_PASSAGE_UNITS): PassageRange[] {
  if (!(minUnits >= 1)) throw new RangeError(`minUnits must be at least 1, got ${minUnits}`)
  const out: PassageRange[] = []
  let scratch = new Uint16Array(256)
  let start = 0
  while (start <= raw.length) {
    let end = raw.indexOf('\n', start)
    if (end < 0) end = raw.length
    let from = start
    let to = end
    while (from < to && isBlankUnit(raw.charCodeAt(from))) from++
    while (to > from && isBlankUnit(raw.charCodeAt(to - 1))) to--
    if (to - from >= minUnits) {
      if (scratch.length < to - from) scratch = new Uint16Array(to - from)
      if (foldUnitsInto(raw, from, to, scratch) >= minUnits) out.push({ from, to })
    }
    start = end + 1
  }
  return out
}
