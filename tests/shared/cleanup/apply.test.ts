import { ChangeSet, Text } from '@codemirror/state'
import { describe, expect, it } from 'vitest'
import type { CleanDoc } from '../../../src/shared/cleanup/apply'
import { applySuggestions, applyToDoc, changesForSuggestion } from '../../../src/shared/cleanup/apply'
import { identityProvenance, mapProvenance } from '../../../src/shared/cleanup/provenance'
import type { SuggestionDraft } from '../../../src/shared/cleanup/suggestion'
import { makeSuggestion } from '../../../src/shared/cleanup/suggestion'
import type { TextChange } from '../../../src/shared/text/changes'
import { applyChanges } from '../../../src/shared/text/changes'

const draft = (d: Partial<SuggestionDraft>) =>
  makeSuggestion({ kind: 'wrap-space', safe: true, confidence: 1, explanation: 'test', edits: [], ...d })

const docOf = (raw: string): CleanDoc => ({ clean: raw, prov: identityProvenance(raw.length) })

/** Applies changes the way the store does (plain data). */
function apply(doc: CleanDoc, changes: TextChange[]): CleanDoc {
  return { clean: applyChanges(doc.clean, changes), prov: mapProvenance(doc.prov, changes) }
}

/** Applies changes the way the editor does (a CodeMirror ChangeSet on a Text). */
function applyInCodeMirror(text: string, changes: TextChange[]): string {
  const set = ChangeSet.of(
    changes.map((c) => ({ from: c.from, to: c.to, insert: c.insert })),
    text.length
  )
  return set.apply(Text.of(text.split('\n'))).toString()
}

describe('changesForSuggestion', () => {
  const raw = '昆明 市呈贡区,斗南\n\n国际花卉'
  const space = draft({ edits: [{ from: 2, to: 3, insert: '' }] })
  const comma = draft({ kind: 'punct-width', edits: [{ from: 7, to: 8, insert: '，' }] })

  it('turns raw edits into clean changes, and substitutions keep the raw origin', () => {
    const doc = docOf(raw)
    const c1 = changesForSuggestion(doc, space)!
    expect(c1).toEqual([{ from: 2, to: 3, insert: '', insertProv: [] }])
    const after = apply(doc, c1)
    const c2 = changesForSuggestion(after, comma)!
    expect(c2).toEqual([{ from: 6, to: 7, insert: '，', insertProv: [7] }])
    const done = apply(after, c2)
    expect(done.clean).toBe('昆明市呈贡区，斗南\n\n国际花卉')
    expect(done.prov[6]).toBe(7)
  })

  it('returns null once the suggestion is done, by itself or by hand', () => {
    const doc = apply(docOf(raw), changesForSuggestion(docOf(raw), space)!)
    expect(changesForSuggestion(doc, space)).toBeNull()
    const byHand = apply(docOf(raw), [{ from: 7, to: 8, insert: '，' }])
    expect(changesForSuggestion(byHand, comma)).toBeNull()
  })

  it('returns null when a human edit touched its raw range', () => {
    const typedOver = apply(docOf(raw), [{ from: 1, to: 4, insert: '明市' }])
    expect(changesForSuggestion(typedOver, space)).toBeNull()
    const typedInside = apply(docOf('ab  cd'), [{ from: 3, to: 3, insert: 'x' }])
    expect(changesForSuggestion(typedInside, draft({ edits: [{ from: 2, to: 4, insert: '' }] }))).toBeNull()
  })

  it('moves the current content of a raw range, with the edits made inside it', () => {
    const text = '拉开职工医疗互助保\n\n其他段落。\n\n障行动 的序幕。'
    const piece = { from: text.indexOf('障'), to: text.length }
    const join = draft({
      kind: 'split-paragraph',
      safe: false,
      edits: [{ from: text.indexOf('障') - 2, to: text.indexOf('障') - 1, insert: '' }],
      moves: [{ to: { after: text.indexOf('保') }, pieces: [piece] }]
    })
    const inner = draft({ edits: [{ from: text.indexOf(' '), to: text.indexOf(' ') + 1, insert: '' }] })
    const a = applySuggestions(text, [inner, join])
    const b = apply(docOf(text), changesForSuggestion(docOf(text), join)!)
    const b2 = apply(b, changesForSuggestion(b, inner)!)
    expect(a.clean).toBe('拉开职工医疗互助保障行动的序幕。\n\n其他段落。\n')
    expect(b2.clean).toBe(a.clean)
    expect([...b2.prov]).toEqual([...a.prov])
    expect(changesForSuggestion(a, join)).toBeNull()
  })

  it('drops the current content of a range and anchors text before or after units', () => {
    const text = 'A1 A2\nB1'
    const drop = draft({ kind: 'duplicate', edits: [], moves: [{ to: null, pieces: [{ from: 0, to: 2 }] }] })
    expect(applySuggestions(text, [drop]).clean).toBe(' A2\nB1')
    const before = draft({
      kind: 'interleave',
      edits: [],
      moves: [{ to: { before: 6 }, pieces: [{ from: 3, to: 5 }] }]
    })
    const after = draft({ kind: 'interleave', edits: [], moves: [{ to: { after: 7 }, pieces: [{ text: '!' }] }] })
    expect(applySuggestions(text, [before, after]).clean).toBe('A1 \nA2B1!')
  })

  it('gives changes a CodeMirror ChangeSet applies to the same text', () => {
    const text = '昆明 市呈贡区,斗南\n\n国际 花卉\n\n障行动'
    const move = draft({
      kind: 'split-paragraph',
      edits: [],
      moves: [{ to: { after: 6 }, pieces: [{ from: text.indexOf('障'), to: text.length }] }]
    })
    const changes = changesForSuggestion(docOf(text), move)!
    expect(applyInCodeMirror(text, changes)).toBe(applyChanges(text, changes))
    expect(applyChanges(text, changes)).toBe('昆明 市呈贡区障行动,斗南\n\n国际 花卉\n\n')
  })

  it('throws RangeError when given conflicting suggestions', () => {
    const a = draft({ edits: [{ from: 0, to: 2, insert: '' }] })
    const b = draft({ edits: [{ from: 1, to: 3, insert: '' }] })
    expect(() => applyToDoc(docOf('abcd'), [a, b])).toThrow(RangeError)
  })
})
