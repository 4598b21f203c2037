import { describe, expect, it } from 'vitest'
import { ChangeSet, RangeSet, RangeValue } from '@codemirror/state'
import type { EntitySpan } from '../../../src/shared/model/page'
import { mapEntities } from '../../../src/shared/tagging/mapEntities'
import { applyChanges, type TextChange } from '../../../src/shared/text/changes'

// seeds/000 line 11, cleaned.
const TEXT = '滨海县总工会主席杨朝晖介绍，“挺进班”共吸纳1748名工会干部。'
const span = (text: string, label: string, status: EntitySpan['status'] = 'accepted', from = 0): EntitySpan => {
  const start = TEXT.indexOf(text, from)
  return { id: `${label}-${start}`, start, end: start + text.length, label, status, origin: 'human' }
}
const PER = span('杨朝晖', 'PER')
const ORG = span('滨海县总工会', 'ORG')

function map(changes: TextChange[], spans: EntitySpan[] = [PER, ORG]) {
  const next = applyChanges(TEXT, changes)
  const result = mapEntities(spans, changes, TEXT, next, { at: '2026-01-01T00:00:00Z' })
  return { next, ...result, texts: result.entities.map((e) => next.slice(e.start, e.end)) }
}

describe('mapEntities', () => {
  it('shifts a span when text is inserted or deleted before it', () => {
    expect(map([{ from: 0, to: 0, insert: '江苏省' }]).texts).toEqual(['滨海县总工会', '杨朝晖'])
    expect(map([{ from: 6, to: 8, insert: '' }]).texts).toEqual(['滨海县总工会', '杨朝晖'])
  })

  it('does not extend a span when text is typed right after it or right before it', () => {
    const after = PER.end
    expect(map([{ from: after, to: after, insert: '同志' }]).texts).toEqual(['滨海县总工会', '杨朝晖'])
    expect(map([{ from: PER.start, to: PER.start, insert: '副' }]).texts).toEqual(['滨海县总工会', '杨朝晖'])
  })

  it('stretches and shrinks a span edited inside', () => {
    expect(map([{ from: PER.start + 1, to: PER.start + 1, insert: '·' }]).texts).toContain('杨·朝晖')
    expect(map([{ from: ORG.start + 3, to: ORG.start + 4, insert: '' }]).texts).toContain('滨海县工会')
  })

  it('keeps a span over a replacement of exactly its text (an OCR fix)', () => {
    expect(map([{ from: PER.start, to: PER.end, insert: '杨朝辉' }]).texts).toContain('杨朝辉')
  })

  it('orphans a span whose text was deleted, with its text, never silently', () => {
    const { entities, orphans } = map([{ from: PER.start - 2, to: PER.end + 2, insert: '' }])
    expect(entities.map((e) => e.label)).toEqual(['ORG'])
    expect(orphans).toEqual([{ span: PER, text: '杨朝晖', at: '2026-01-01T00:00:00Z' }])
  })

  it('orphans a span deleted piece by piece in one change set', () => {
    const { orphans } = map([
      { from: PER.start, to: PER.start + 1, insert: '' },
      { from: PER.start + 1, to: PER.end, insert: '' }
    ])
    expect(orphans.map((o) => o.text)).toEqual(['杨朝晖'])
  })

  it('discards a rejected span whose text is gone instead of listing it', () => {
    const rejected = { ...PER, status: 'rejected' as const }
    const { orphans, discarded } = map([{ from: PER.start, to: PER.end, insert: '' }], [rejected])
    expect(orphans).toEqual([])
    expect(discarded).toEqual([rejected])
  })

  it('rejects spans that do not fit the old text', () => {
    expect(() => mapEntities([{ ...PER, end: 999 }], [], TEXT, TEXT)).toThrow(RangeError)
  })

  it('maps exactly like a CodeMirror RangeSet of exclusive ranges, and keeps untouched text (randomized, replayable)', () => {
    class Mark extends RangeValue {
      override startSide = 1
      override endSide = -1
    }
    const mark = new Mark()
    for (let round = 0; round < 400; round++) {
      let seed = 7 + round * 7919
      const rnd = (n: number) => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        return seed % n
      }
      const spans: EntitySpan[] = []
      for (let k = 0; k < 5; k++) {
        const start = rnd(TEXT.length - 1)
        const end = start + 1 + rnd(Math.min(6, TEXT.length - start))
        spans.push({ id: `s${k}`, start, end, label: 'PER', status: 'pending', origin: 'rule' })
      }
      let text = TEXT
      let current = spans
      for (let step = 0; step < 4; step++) {
        const changes: TextChange[] = []
        let pos = 0
        while (changes.length < 3) {
          const from = pos + rnd(Math.max(1, text.length - pos + 1))
          if (from > text.length) break
          const to = Math.min(text.length, from + rnd(5))
          changes.push({ from, to, insert: ['', '字', '王伟', '\n'][rnd(4)] })
          pos = to + 1
        }
        const next = applyChanges(text, changes)
        const msg = `round ${round} step ${step} text ${JSON.stringify(text)} changes ${JSON.stringify(changes)}`
        const result = mapEntities(current, changes, text, next, { at: 'x' })
        const cm = RangeSet.of(
          current.map((s) => mark.range(s.start, s.end)),
          true
        ).map(
          ChangeSet.of(
            changes.map((c) => ({ from: c.from, to: c.to, insert: c.insert })),
            text.length
          )
        )
        const cmRanges: [number, number][] = []
        for (let it = cm.iter(); it.value; it.next()) cmRanges.push([it.from, it.to])
        expect(
          result.entities.map((e) => [e.start, e.end]),
          msg
        ).toEqual(cmRanges)
        expect(result.entities.length + result.orphans.length, msg).toBe(current.length)
        for (const e of result.entities) {
          expect(e.start >= 0 && e.start < e.end && e.end <= next.length, msg).toBe(true)
          const old = current.find((s) => s.id === e.id)
          if (!old) throw new Error(msg)
          const touched =
            changes.some((c) => c.from < old.end && c.to > old.start) ||
            changes.some((c) => c.from > old.start && c.from < old.end)
          if (!touched) expect(next.slice(e.start, e.end), msg).toBe(text.slice(old.start, old.end))
        }
        text = next
        current = result.entities
      }
    }
  })
})
