// Optional hints from the raw page: the raw OCR line a clean line came from (markdown headings such as `# 滨海县总…`)
// and where clean text came from on the raw page (text an editor moved).

/** The raw page and the provenance of each clean UTF-16 unit (raw UTF-16 offset, -1 for inserted text). */
export interface SegmentHints {
  raw: string
  prov: ArrayLike<number>
}

/** Markdown heading level (1–6) of the raw line that clean line [start, end) came from, or 0. */
export function rawHeadingLevel(hints: SegmentHints, start: number, end: number): number {
  for (let i = start; i < end && i < hints.prov.length; i++) {
    const r = hints.prov[i]
    if (r < 0 || r >= hints.raw.length) continue
    const rawStart = r === 0 ? 0 : hints.raw.lastIndexOf('\n', r - 1) + 1
    const m = /^[ \t]*(#{1,6})[ \t]/u.exec(hints.raw.slice(rawStart, rawStart + 12))
    return m ? m[1].length : 0
  }
  return 0
}

/** Raw offset of the last clean unit in [from, to) that has one (not inserted text), or null. */
export function lastRawOffset(prov: ArrayLike<number>, from: number, to: number): number | null {
  for (let i = Math.min(to, prov.length) - 1; i >= from; i--) if (prov[i] >= 0) return prov[i]
  return null
}

/** Raw offset of the first clean unit in [from, to) that has one (not inserted text), or null. */
export function firstRawOffset(prov: ArrayLike<number>, from: number, to: number): number | null {
  for (let i = from; i < to && i < prov.length; i++) if (prov[i] >= 0) return prov[i]
  return null
}
