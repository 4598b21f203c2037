import { describe, expect, it } from 'vitest'
import { ChangeSet } from '@codemirror/state'
import { applyChanges, mapPos, type TextChange } from '../../../src/shared/text/changes'

function toChangeSet(changes: TextChange[], length: number) {
  return ChangeSet.of(changes.map((c) => ({ from: c.from, to: c.to, insert: c.insert })), length)
}

describe('text changes', () => {
  it('applies sorted changes against the original document', () => {
    expect(applyChanges('昆明 市呈贡区', [{ from: 2, to: 3, insert: '' }])).toBe('昆明市呈贡区')
    expect(applyChanges('abcdef', [{ from: 0, to: 1, insert: 'X' }, { from: 3, to: 3, insert: 'Y' }])).toBe('XbcYdef')
  })
  it('rejects overlapping changes', () => {
    expect(() => applyChanges('abc', [{ from: 0, to: 2, insert: '' }, { from: 1, to: 3, insert: '' }])).toThrow(RangeError)
  })
  it('maps positions exactly like CodeMirror ChangeSet.mapPos (randomized, replayable by seed)', () => {
    let seed = 12345
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    for (let round = 0; round < 500; round++) {
      const len = 1 + rnd(30)
      const changes: TextChange[] = []
      let pos = 0
      while (pos <= len && changes.length < 4) {
        const from = pos + rnd(Math.max(1, len - pos + 1))
        if (from > len) break
        const to = Math.min(len, from + rnd(4))
        changes.push({ from, to, insert: 'x'.repeat(rnd(3)) })
        pos = to + 1
      }
      const cs = toChangeSet(changes, len)
      for (let p = 0; p <= len; p++)
        for (const assoc of [-1, 1])
          expect(mapPos(p, changes, assoc), `seed round ${round} pos ${p} assoc ${assoc} ${JSON.stringify(changes)}`).toBe(
            cs.mapPos(p, assoc)
          )
    }
  })
})
