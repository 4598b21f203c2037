// Checks shared by the importers: code-point offsets against the text, labels, duplicates and overlaps.
import type { ImportIssue, ImportOptions, ImportedSpan } from './imported'

/** UTF-16 offset of code point `cp`, looked up in a table from utf16ToCodePointTable (null when out of range). */
export function utf16OfCodePoint(table: Uint32Array, cp: number): number | null {
  const len = table.length - 1
  if (cp < 0 || cp > table[len]) return null
  let lo = 0
  let hi = len
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (table[mid] < cp) lo = mid + 1
    else hi = mid
  }
  return lo // the first unit of that code point (a low surrogate shares its high surrogate's number)
}

/** A span found in a file, with the line that holds it and how to name it in an issue. */
export interface SpanCandidate extends ImportedSpan {
  line: number
  name: string
}

/**
 * Refuses spans with unknown labels, exact duplicates and (unless allowed) spans overlapping one kept earlier
 * in file order; returns the rest in file order.
 */
export function acceptSpans(
  cands: readonly SpanCandidate[],
  options: ImportOptions,
  file: string,
  issues: ImportIssue[]
): ImportedSpan[] {
  const known = options.labels ? new Set(options.labels) : null
  const kept: SpanCandidate[] = []
  for (const c of cands) {
    if (known !== null && !known.has(c.label)) {
      issues.push({
        file,
        line: c.line,
        severity: 'span',
        reason: `${c.name}: unknown label "${c.label}" (known: ${[...known].join(', ')})`
      })
      continue
    }
    const same = kept.find((k) => k.start === c.start && k.end === c.end && k.label === c.label)
    if (same) {
      issues.push({ file, line: c.line, severity: 'span', reason: `${c.name}: duplicate of ${same.name}` })
      continue
    }
    const other = options.allowOverlaps ? undefined : kept.find((k) => k.start < c.end && c.start < k.end)
    if (other) {
      issues.push({
        file,
        line: c.line,
        severity: 'span',
        reason: `${c.name}: overlaps ${other.name}; overlapping spans are not allowed`
      })
      continue
    }
    kept.push(c)
  }
  return kept.map((c) => ({ start: c.start, end: c.end, label: c.label, status: c.status }))
}
