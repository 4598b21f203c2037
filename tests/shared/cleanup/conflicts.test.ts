import { describe, expect, it } from 'vitest'
import { resolveConflicts } from '../../../src/shared/cleanup/conflicts'
import type { SuggestionDraft } from '../../../src/shared/cleanup/suggestion'
import { makeSuggestion } from '../../../src/shared/cleanup/suggestion'

const s = (d: Partial<SuggestionDraft>) =>
  makeSuggestion({ kind: 'wrap-space', safe: true, confidence: 0.9, explanation: 'x', edits: [], ...d })
const edit = (from: number, to: number, insert = '') => s({ edits: [{ from, to, insert }] })
const move = (from: number, to: number, after: number) =>
  s({ kind: 'split-paragraph', safe: false, moves: [{ to: { after }, pieces: [{ from, to }] }] })
const drop = (from: number, to: number) => s({ kind: 'duplicate', moves: [{ to: null, pieces: [{ from, to }] }] })

describe('conflict resolution', () => {
  it.each([
    ['overlapping edits', edit(2, 5), edit(4, 6), false],
    ['adjacent edits', edit(2, 4), edit(4, 6), true],
    ['an edit inside a moved piece', move(10, 20, 3), edit(12, 13), true],
    ['an edit crossing a moved piece', move(10, 20, 3), edit(19, 21), false],
    ['an edit inside a dropped piece', drop(10, 20), edit(12, 13), true],
    ['a drop inside a moved piece', move(10, 20, 3), drop(12, 15), true],
    ['a drop crossing a moved piece', move(10, 20, 3), drop(15, 25), false],
    ['two moves of overlapping pieces', move(10, 20, 3), move(15, 25, 30), false],
    ['an anchor inside a moved piece', move(10, 20, 3), move(30, 35, 12), false],
    ['an anchor on a removed unit', edit(3, 4), move(10, 20, 3), false],
    ['an anchor on a substituted unit', edit(3, 4, '，'), move(10, 20, 3), true],
    ['two anchors on the same side of one unit', move(10, 20, 3), move(30, 35, 3), false]
  ])('%s: both kept = %s', (_name, a, b, both) => {
    const kept = resolveConflicts([a, b])
    expect(kept.length === 2).toBe(both)
  })

  it('prefers the higher-priority kind and drops a group whose first alternative conflicts', () => {
    const space = edit(5, 6)
    const first = s({
      kind: 'split-paragraph',
      safe: false,
      edits: [{ from: 5, to: 6, insert: '' }],
      group: 'g',
      rank: 1
    })
    const second = s({
      kind: 'split-paragraph',
      safe: false,
      edits: [{ from: 9, to: 10, insert: '' }],
      group: 'g',
      rank: 2
    })
    expect(resolveConflicts([second, first, space])).toEqual([space])
  })

  it('lets alternatives of one group overlap and renumbers surviving ranks', () => {
    const a = s({ kind: 'split-paragraph', safe: false, edits: [{ from: 5, to: 6, insert: '' }], group: 'g', rank: 1 })
    const b = s({
      kind: 'split-paragraph',
      safe: false,
      edits: [
        { from: 5, to: 6, insert: '' },
        { from: 8, to: 9, insert: '' }
      ],
      group: 'g',
      rank: 2
    })
    const c = s({
      kind: 'split-paragraph',
      safe: false,
      edits: [{ from: 20, to: 21, insert: '' }],
      group: 'g',
      rank: 3
    })
    const blocker = edit(20, 21)
    const kept = resolveConflicts([a, b, c, blocker])
    expect(kept.map((x) => x.rank ?? 0)).toEqual([0, 1, 2])
  })
})
