// Width folding for Chinese corpora (GB/T 15835): digits and Latin letters half-width. Punctuation width is
// a separate, context-dependent decision (shared/cleanup/punctWidth.ts), never a blanket NFKC.

/** Half-width form of a full-width digit or Latin letter (U+FF10–FF19, FF21–FF3A, FF41–FF5A), else null. */
export function halfWidthAlnum(ch: string): string | null {
  const c = ch.charCodeAt(0)
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
    return String.fromCharCode(c - 0xfee0)
  return null
}

/** ASCII digit 0–9. */
export function isAsciiDigit(ch: string): boolean {
  const c = ch.charCodeAt(0)
  return c >= 0x30 && c <= 0x39 && ch.length === 1
}

/** ASCII Latin letter A–Z, a–z. */
export function isLatinLetter(ch: string): boolean {
  const c = ch.charCodeAt(0) | 0x20
  return c >= 0x61 && c <= 0x7a && ch.length === 1
}
