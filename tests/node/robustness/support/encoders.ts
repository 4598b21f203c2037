// Legacy Chinese encoders for tests. The platform decodes GB18030 and Big5 but cannot encode them, so the
// byte tables are built by inverting TextDecoder over the characters a text needs.

/** GB18030 bytes of `text` (two-byte table plus the four-byte ranges for characters beyond the BMP). */
export function encodeGb18030(text: string): Uint8Array {
  const dec = new TextDecoder('gb18030')
  const need = new Set([...text].filter((c) => c.codePointAt(0)! > 0x7f))
  const table = new Map<string, number[]>()
  for (let b1 = 0x81; b1 <= 0xfe && table.size < need.size; b1++) {
    for (let b2 = 0x40; b2 <= 0xfe; b2++) {
      if (b2 === 0x7f) continue
      const ch = dec.decode(new Uint8Array([b1, b2]))
      if (need.has(ch) && !table.has(ch)) table.set(ch, [b1, b2])
    }
  }
  for (const ch of need) {
    if (table.has(ch)) continue
    const cp = ch.codePointAt(0)!
    if (cp < 0x10000) throw new RangeError(`encodeGb18030: no two-byte code for U+${cp.toString(16)}`)
    const linear = cp - 0x10000 + 189000
    table.set(ch, [
      0x81 + Math.floor(linear / 12600),
      0x30 + (Math.floor(linear / 1260) % 10),
      0x81 + (Math.floor(linear / 10) % 126),
      0x30 + (linear % 10)
    ])
  }
  return Uint8Array.from([...text].flatMap((c) => (c.codePointAt(0)! <= 0x7f ? [c.charCodeAt(0)] : table.get(c)!)))
}

/** Big5 bytes of `text` (traditional characters only). */
export function encodeBig5(text: string): Uint8Array {
  const dec = new TextDecoder('big5')
  const need = new Set([...text].filter((c) => c.codePointAt(0)! > 0x7f))
  const table = new Map<string, number[]>()
  for (let b1 = 0x81; b1 <= 0xfe && table.size < need.size; b1++) {
    for (let b2 = 0x40; b2 <= 0xfe; b2++) {
      if (b2 > 0x7e && b2 < 0xa1) continue
      const ch = dec.decode(new Uint8Array([b1, b2]))
      if (need.has(ch) && !table.has(ch)) table.set(ch, [b1, b2])
    }
  }
  const missing = [...need].filter((c) => !table.has(c))
  if (missing.length) throw new RangeError(`encodeBig5: no Big5 code for ${missing.join('')}`)
  return Uint8Array.from([...text].flatMap((c) => (c.codePointAt(0)! <= 0x7f ? [c.charCodeAt(0)] : table.get(c)!)))
}

/** UTF-16 with a byte-order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le')
  if (endian === 'be') for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]]
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le])
}
