// The one place where UTF-16 offsets (JavaScript, CodeMirror, stored pages) become Unicode code-point
// offsets (exports: brat, doccano/JSONL, Label Studio, CoNLL, as Python counts) and back.

/** Table from UTF-16 offset to code-point offset for `text` (length text.length + 1). */
export function utf16ToCodePointTable(text: string): Uint32Array {
  const table = new Uint32Array(text.length + 1)
  let cp = 0
  for (let i = 0; i < text.length; i++) {
    table[i] = cp
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        table[++i] = cp // the low surrogate maps to the same code point
      }
    }
    cp++
  }
  table[text.length] = cp
  return table
}

/** Code-point offset of UTF-16 offset `offset` in `text`. */
export function toCodePointOffset(text: string, offset: number): number {
  if (offset < 0 || offset > text.length) throw new RangeError(`Offset ${offset} outside text of length ${text.length}`)
  let cp = 0
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    cp++
  }
  return cp
}

/** UTF-16 offset of code-point offset `cp` in `text`. */
export function fromCodePointOffset(text: string, cp: number): number {
  if (cp < 0) throw new RangeError(`Code-point offset ${cp} is negative`)
  let i = 0
  for (let n = 0; n < cp; n++) {
    if (i >= text.length) throw new RangeError(`Code-point offset ${cp} outside text of ${n} code points`)
    const c = text.charCodeAt(i)
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1
  }
  return i
}

/** Length of `text` in code points. */
export function codePointLength(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}
