// Turns the bytes of an imported file into page text, or refuses them with a reason a person can act on.
// Never guesses silently: the encoding used is returned and stored with the page.
import { commonHanShare } from './common-han'

export type DecodeResult =
  | { ok: true; text: string; encoding: string; note?: string }
  | { ok: false; reason: string }

const SIGNATURES: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or an Office document)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x42, 0x4d], 'a BMP image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable (ELF)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'a legacy Office document']
]

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)
}

/** Index of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  const n = bytes.length
  while (i < n) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0
    if (need === 0) return i
    const min = [0, 0x80, 0x800, 0x10000][need]
    if (i + need >= n) return i
    let cp = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

function decodeStrict(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return null
  }
}

/** CRLF and lone CR become LF; a leading BOM is dropped. */
export function normalizeLineEnds(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

function finish(text: string, encoding: string, note?: string): DecodeResult {
  const normalized = normalizeLineEnds(text)
  if (normalized.includes('\u0000')) return { ok: false, reason: 'contains NUL characters: not a plain text file' }
  if (normalized.trim() === '') return { ok: false, reason: 'contains only whitespace: nothing to import' }
  return note ? { ok: true, text: normalized, encoding, note } : { ok: true, text: normalized, encoding }
}

/**
 * Decodes UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, GB18030 (a superset of GBK/GB2312) and Big5.
 * Refuses empty, binary and undecodable input. Legacy encodings are told apart by how much of the decoded
 * text is common Chinese characters; the choice is reported in `encoding`.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'is empty (0 bytes)' }
  for (const [sig, what] of SIGNATURES) if (startsWith(bytes, sig)) return { ok: false, reason: `is ${what}, not text` }

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict(bytes.subarray(3), 'utf-8')
    if (text === null) return { ok: false, reason: `has a UTF-8 byte-order mark but invalid UTF-8 at byte ${firstInvalidUtf8(bytes.subarray(3)) + 3}` }
    return finish(text, 'utf-8-bom')
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff
    if ((bytes.length - 2) % 2 !== 0) return { ok: false, reason: `has a UTF-16 ${le ? 'LE' : 'BE'} byte-order mark but an odd number of bytes` }
    const text = decodeStrict(bytes.subarray(2), le ? 'utf-16le' : 'utf-16be')
    if (text === null) return { ok: false, reason: `has a UTF-16 ${le ? 'LE' : 'BE'} byte-order mark but is not valid UTF-16` }
    return finish(text, le ? 'utf-16le' : 'utf-16be')
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      reason: 'contains NUL bytes: binary data, or UTF-16 without a byte-order mark (re-save it as UTF-8 or UTF-16 with BOM)'
    }
  }

  const bad = firstInvalidUtf8(bytes)
  if (bad < 0) return finish(new TextDecoder('utf-8').decode(bytes), 'utf-8')

  // Not UTF-8. If most multi-byte sequences are valid UTF-8, the file is damaged UTF-8, not a legacy encoding.
  const head = bytes.subarray(0, Math.min(bytes.length, 1 << 20))
  const utf8Share = validUtf8Share(head)
  const gb = decodeStrict(bytes, 'gb18030')
  const big5 = decodeStrict(bytes, 'big5')
  const gbScore = gb === null ? -1 : commonHanShare(gb.slice(0, 65536))
  const big5Score = big5 === null ? -1 : commonHanShare(big5.slice(0, 65536))
  if (utf8Share > 0.9 || Math.max(gbScore, big5Score) < 0.25) {
    if (utf8Share > 0.5)
      return { ok: false, reason: `is not valid UTF-8: invalid byte sequence at byte ${bad} (fix or re-save the file as UTF-8)` }
    return { ok: false, reason: 'could not be decoded as UTF-8, UTF-16, GB18030 or Big5 text' }
  }
  if (gb !== null && gbScore >= big5Score)
    return finish(gb, 'gb18030', `detected GB18030 (${Math.round(gbScore * 100)}% common characters)`)
  return finish(big5 as string, 'big5', `detected Big5 (${Math.round(big5Score * 100)}% common characters)`)
}

/** Share of non-ASCII bytes that sit in well-formed UTF-8 sequences. */
function validUtf8Share(bytes: Uint8Array): number {
  let nonAscii = 0
  let valid = 0
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0
    let ok = need > 0 && i + need < bytes.length
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k] & 0xc0) === 0x80
    if (ok) {
      nonAscii += need + 1
      valid += need + 1
      i += need + 1
    } else {
      nonAscii++
      i++
    }
  }
  return nonAscii === 0 ? 1 : valid / nonAscii
}
