import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../src/node/import/decode-text'
import { SEEDS_DIR } from '../../helpers/temp-dir'

const seed = readFileSync(join(SEEDS_DIR, '000_71e228d81da4e06a.txt'), 'utf8')
const enc = new TextEncoder()

function ok(result: ReturnType<typeof decodeText>) {
  if (!result.ok) throw new Error(`refused: ${result.reason}`)
  return result
}

describe('decodeText', () => {
  it('reads UTF-8 without and with a byte-order mark', () => {
    expect(ok(decodeText(enc.encode(seed)))).toMatchObject({ text: seed, encoding: 'utf-8' })
    expect(ok(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(seed)])))).toMatchObject({ text: seed, encoding: 'utf-8-bom' })
  })

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')])
    const be = Buffer.from(le)
    be[0] = 0xfe
    be[1] = 0xff
    for (let i = 2; i < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]]
    expect(ok(decodeText(le))).toMatchObject({ text: seed, encoding: 'utf-16le' })
    expect(ok(decodeText(be))).toMatchObject({ text: seed, encoding: 'utf-16be' })
  })

  it('detects GB18030 including four-byte characters and records it', () => {
    // 𠮷 and € are where the gbk label goes wrong in Node 20; gb18030 gets them right.
    const text = seed + '\n吉𠮷家的王伟说：价格5€。\n'
    const bytes = new Uint8Array(Buffer.from(new TextEncoderGb18030().encode(text)))
    const result = ok(decodeText(bytes))
    expect(result.encoding).toBe('gb18030')
    expect(result.text).toBe(text)
    expect(result.note).toMatch(/GB18030/)
  })

  it('tells Big5 from GB18030 by the characters it yields', () => {
    const big5 = Buffer.from('e887bae781a3e5b7a5e69c83e8889ee8bea6e58b9ee58b95e7af80e6b4bbe58b95', 'hex').toString('utf8') // 臺灣工會舉辦勞動節活動
    const text = `${big5}，職工們踴躍參加。這是一個關於工會服務的說明，說明工會為職工做了很多實事。`
    const result = ok(decodeText(new Uint8Array(encodeBig5(text))))
    expect(result.encoding).toBe('big5')
    expect(result.text).toBe(text)
  })

  it('normalizes CRLF and lone CR to LF', () => {
    expect(ok(decodeText(enc.encode('第一行\r\n第二行\r第三行\n'))).text).toBe('第一行\n第二行\n第三行\n')
  })

  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['whitespace only', enc.encode(' \n\t\r\n  '), /only whitespace/],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), /PNG image/],
    ['a ZIP archive', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), /ZIP archive/],
    ['NUL bytes inside text', enc.encode('正文\u0000正文'), /NUL/],
    ['damaged UTF-8', new Uint8Array([...enc.encode(seed.slice(0, 400)), 0xff, 0xfe, 0x41, ...enc.encode(seed.slice(400, 900))]), /not valid UTF-8: invalid byte sequence at byte \d+/]
  ])('refuses %s with a reason', (_name, bytes, reason) => {
    const result = decodeText(bytes)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(reason)
  })
})

/** GB18030 encoder for the test, built by inverting the platform's decoder over the code points we need. */
class TextEncoderGb18030 {
  encode(text: string): number[] {
    const table = new Map<string, number[]>()
    const dec = new TextDecoder('gb18030')
    const need = new Set([...text].filter((c) => c.codePointAt(0)! > 0x7f))
    for (let b1 = 0x81; b1 <= 0xfe && table.size < need.size; b1++) {
      for (let b2 = 0x40; b2 <= 0xfe; b2++) {
        if (b2 === 0x7f) continue
        const ch = dec.decode(new Uint8Array([b1, b2]))
        if (need.has(ch) && !table.has(ch)) table.set(ch, [b1, b2])
      }
    }
    // Four-byte sequences for characters outside the two-byte table (𠮷 is U+20BB7).
    for (const ch of need) {
      if (table.has(ch)) continue
      const linear = ch.codePointAt(0)! - 0x10000 + 189000
      const b4 = 0x30 + (linear % 10)
      const b3 = 0x81 + (Math.floor(linear / 10) % 126)
      const b2 = 0x30 + (Math.floor(linear / 1260) % 10)
      const b1 = 0x81 + Math.floor(linear / 12600)
      table.set(ch, [b1, b2, b3, b4])
    }
    return [...text].flatMap((c) => (c.codePointAt(0)! <= 0x7f ? [c.charCodeAt(0)] : (table.get(c) ?? [])))
  }
}

function encodeBig5(text: string): number[] {
  const dec = new TextDecoder('big5')
  const need = new Set([...text].filter((c) => c.codePointAt(0)! > 0x7f))
  const table = new Map<string, number[]>()
  for (let b1 = 0x81; b1 <= 0xfe; b1++)
    for (const b2 of [...Array(0x3f).keys()].map((i) => i + 0x40).concat([...Array(0x5f).keys()].map((i) => i + 0xa1))) {
      const ch = dec.decode(new Uint8Array([b1, b2]))
      if (need.has(ch) && !table.has(ch)) table.set(ch, [b1, b2])
    }
  return [...text].flatMap((c) => (c.codePointAt(0)! <= 0x7f ? [c.charCodeAt(0)] : table.get(c)!))
}
