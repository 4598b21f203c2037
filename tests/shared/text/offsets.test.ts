import { describe, expect, it } from 'vitest'
import { codePointLength, fromCodePointOffset, toCodePointOffset, utf16ToCodePointTable } from '../../../src/shared/text/offsets'

describe('code-point offsets', () => {
  const text = '吉𠮷家的王伟说'
  it('counts 王伟 at 5–7 in UTF-16 and 4–6 in code points, as brat does', () => {
    const start = text.indexOf('王伟')
    expect(start).toBe(5)
    expect(toCodePointOffset(text, start)).toBe(4)
    expect(toCodePointOffset(text, start + 2)).toBe(6)
    expect(fromCodePointOffset(text, 4)).toBe(5)
  })
  it('agrees with the table and round-trips every boundary', () => {
    const table = utf16ToCodePointTable(text)
    for (let cp = 0; cp <= codePointLength(text); cp++) {
      const u = fromCodePointOffset(text, cp)
      expect(toCodePointOffset(text, u)).toBe(cp)
      expect(table[u]).toBe(cp)
    }
  })
  it('rejects offsets outside the text', () => {
    expect(() => toCodePointOffset(text, 99)).toThrow(RangeError)
    expect(() => fromCodePointOffset(text, 99)).toThrow(RangeError)
  })
})
