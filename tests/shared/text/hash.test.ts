import { describe, expect, it } from 'vitest'
import { hashString, StringHash } from '../../../src/shared/text/hash'

describe('hashString', () => {
  it.each([
    ['', 0, '0bdcb81aee8d83'],
    ['', 7, '0bbc3b73a987c9'],
    ['punct-width|e12,13,，', 0, '00e82b7a0d681c'],
    ['𠮷野家', 0, '1cee82dff8ff1b'],
    ['𠮷野家', 7, '0a55e410341ff2'],
    ['a'.repeat(100), 0, '063fd142c66b7e']
  ])('keeps the ids of earlier versions: %j (seed %d) → %s', (text, seed, hex) => {
    expect(hashString(text, seed)).toBe(hex)
  })

  it('gives the same hash fed in parts, numbers written as String(n) writes them', () => {
    for (const n of [0, 7, 10, 99, 100, 12345, 2 ** 31 - 1, 2 ** 31, -1, 0.5, 1e21]) {
      const parts = new StringHash()
        .text('|e')
        .number(n)
        .text(',')
        .number(n + 1)
        .hex()
      expect(parts).toBe(hashString(`|e${n},${n + 1}`))
    }
  })
})
