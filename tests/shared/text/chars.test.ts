import { describe, expect, it } from 'vitest'
import { charAt, charBefore, codePointAt, codePointBefore } from '../../../src/shared/text/chars'
import { isCjkPunctuation, isCjkPunctuationCode, isHan, isHanCode } from '../../../src/shared/text/cjk'

const cp = (ch: string) => (ch === '' ? -1 : (ch.codePointAt(0) ?? -1))

describe('code points at UTF-16 offsets', () => {
  it('reads the character charAt and charBefore read, including 𠮷 and lone surrogates', () => {
    const text = 'a𠮷，\ud842b\udfb7人'
    for (let i = -1; i <= text.length + 1; i++) {
      expect(codePointAt(text, i)).toBe(cp(charAt(text, i)))
      expect(codePointBefore(text, i)).toBe(cp(charBefore(text, i)))
    }
  })

  it('classifies code points as the string versions classify characters (no character counts as punctuation)', () => {
    for (const ch of ['', '人', '𠮷', '，', '”', 'a', '1', ' ', '\ud842', '丽']) {
      expect(isHanCode(cp(ch))).toBe(isHan(ch))
      expect(isCjkPunctuationCode(cp(ch))).toBe(isCjkPunctuation(ch))
    }
  })
})
