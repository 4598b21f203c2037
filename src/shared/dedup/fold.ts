// Folding for duplicate matching: two OCR runs of the same passage differ in line-wrap spaces, punctuation
// width, quote style and markdown markers, none of which makes them different passages. Folding works on
// UTF-16 units (one unit in, zero or one out), so it never splits a surrogate pair.
import { halfWidthAlnum } from '../text/width'

/** Replacement unit per UTF-16 unit: 0 drops the unit, otherwise the unit to emit. */
const TABLE: Uint16Array = buildTable()

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000)
  for (let c = 0; c < 0x10000; c++) t[c] = c
  const map = (from: string, to: string) => {
    for (const ch of from) t[ch.charCodeAt(0)] = to === '' ? 0 : to.charCodeAt(0)
  }
  // Whitespace (line-wrap spaces, ideographic space, tabs, no-break space) and markdown emphasis/heading marks.
  map(' \t\r\n\f\v\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff*#', '')
  // Punctuation folded to its full-width form (GB/T 15834), quotes to one straight form.
  map(',', '，')
  map(';', '；')
  map(':', '：')
  map('(', '（')
  map(')', '）')
  map('!', '！')
  map('?', '？')
  map('"“”「」『』', '"')
  map("'‘’", "'")
  for (let c = 0xff10; c <= 0xff5a; c++) {
    const half = halfWidthAlnum(String.fromCharCode(c))
    if (half !== null) t[c] = half.charCodeAt(0)
  }
  return t
}

/**
 * Writes the folded UTF-16 units of `text[from, to)` into `out` (which must hold `to - from` units) and returns
 * how many were written. The allocation-free form of foldForMatch, for scanning whole libraries.
 */
export function foldUnitsInto(text: string, from: number, to: number, out: Uint16Array): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const u = TABLE[text.charCodeAt(i)]
    if (u !== 0) out[n++] = u
  }
  return n
}

/** `text` as duplicate matching sees it: no whitespace or markdown marks, one width for punctuation and quotes. */
export function foldForMatch(text: string): string {
  const out = new Uint16Array(text.length)
  const n = foldUnitsInto(text, 0, text.length, out)
  let s = ''
  for (let i = 0; i < n; i += 4096) s += String.fromCharCode(...out.subarray(i, Math.min(n, i + 4096)))
  return s
}
