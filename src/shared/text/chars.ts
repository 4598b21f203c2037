// Whole characters (code points) at UTF-16 offsets, so 𠮷 is seen as one Han character, not two surrogates.

/** The character starting at UTF-16 offset `i` (two units for an astral character), '' past the end. */
export function charAt(text: string, i: number): string {
  if (i < 0 || i >= text.length) return ''
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return text.slice(i, i + 2)
  }
  return text[i]
}

/** The character ending just before UTF-16 offset `i`, '' at the start. */
export function charBefore(text: string, i: number): string {
  if (i <= 0 || i > text.length) return ''
  const d = text.charCodeAt(i - 1)
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2)
    if (c >= 0xd800 && c <= 0xdbff) return text.slice(i - 2, i)
  }
  return text[i - 1]
}

/** Code point of charAt(text, i) without making a string: -1 past the end (a lone surrogate is its own code). */
export function codePointAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return -1
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000
  }
  return c
}

/** Code point of charBefore(text, i) without making a string: -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0 || i > text.length) return -1
  const d = text.charCodeAt(i - 1)
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2)
    if (c >= 0xd800 && c <= 0xdbff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000
  }
  return d
}

/** ASCII digit 0–9 (a code point). */
export function isDigitCode(cp: number): boolean {
  return cp >= 0x30 && cp <= 0x39
}

/** ASCII letter a–z or A–Z (a code point). */
export function isLatinCode(cp: number): boolean {
  const c = cp | 0x20
  return c >= 0x61 && c <= 0x7a
}
