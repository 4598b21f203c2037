import { describe, expect, it } from 'vitest'
import type { Decision } from '../../../src/shared/model/page'
import { applyChanges } from '../../../src/shared/text/changes'
import type { CleanDoc } from '../../../src/shared/cleanup/apply'
import { changesForSuggestion } from '../../../src/shared/cleanup/apply'
import { identityProvenance, mapProvenance } from '../../../src/shared/cleanup/provenance'
import { autoClean, decisionsForAccept, suggestionState, suggestionStates } from '../../../src/shared/cleanup/state'
import { seed, suggest } from './helpers'

const AT = '2026-11-23T12:00:00.000Z'
const rawDoc = (raw: string): CleanDoc => ({ clean: raw, prov: identityProvenance(raw.length) })

describe('suggestion state and autoClean', () => {
  const raw = seed('002')
  const all = suggest(raw)

  it('applies every safe suggestion, records it as decided by auto and counts per kind', () => {
    const result = autoClean(rawDoc(raw), all, {}, AT)
    const safe = all.filter((s) => s.safe)
    expect(Object.keys(result.decisions).sort()).toEqual(safe.map((s) => s.id).sort())
    expect(
      Object.values(result.decisions).every((d) => d.by === 'auto' && d.action === 'accepted' && d.at === AT)
    ).toBe(true)
    expect(result.counts['wrap-space']).toBe(safe.filter((s) => s.kind === 'wrap-space').length)
    expect(result.counts['split-paragraph']).toBeUndefined()
    expect(result.doc.clean).not.toMatch(/[\u4e00-\u9fff][,;:()]/)
    const replayed = result.changeSets.reduce((text, set) => applyChanges(text, set), raw)
    expect(replayed).toBe(result.doc.clean)
  })

  it('never touches a suggestion a person rejected, and leaves review suggestions open', () => {
    const space = all.find(
      (s) => s.kind === 'wrap-space' && raw.slice(s.edits[0].from - 2, s.edits[0].to + 2) === '昆明 市呈'
    )!
    const decisions: Record<string, Decision> = { [space.id]: { action: 'rejected', at: AT, by: 'human' } }
    const result = autoClean(rawDoc(raw), all, decisions, AT)
    expect(result.doc.clean).toContain('昆明 市呈贡区')
    expect(result.decisions[space.id]).toBeUndefined()
    const states = suggestionStates(result.doc, all, { ...decisions, ...result.decisions })
    expect(states.get(space.id)).toBe('rejected')
    const review = all.find((s) => s.kind === 'ocr-char')!
    expect(states.get(review.id)).toBe('open')
  })

  it('moves from open to accepted when decided, and to stale when a person edits its text by hand', () => {
    const ocr = all.find((s) => s.kind === 'ocr-char')!
    const doc = rawDoc(raw)
    expect(suggestionState(doc, ocr, {})).toBe('open')
    const changes = changesForSuggestion(doc, ocr)!
    const accepted = { clean: applyChanges(doc.clean, changes), prov: mapProvenance(doc.prov, changes) }
    expect(suggestionState(accepted, ocr, decisionsForAccept(ocr, all, AT))).toBe('accepted')
    expect(suggestionState(accepted, ocr, {})).toBe('stale')
    const at = ocr.edits[0].from
    const human = [{ from: at, to: at + 1, insert: '入' }]
    const byHand = { clean: applyChanges(doc.clean, human), prov: mapProvenance(doc.prov, human) }
    expect(suggestionState(byHand, ocr, {})).toBe('stale')
  })

  it('rejects the other alternatives of a group when one is accepted', () => {
    const group = all.filter((s) => s.kind === 'interleave')
    const first = group.find((s) => s.rank === 1)!
    const decisions = decisionsForAccept(first, all, AT)
    expect(Object.keys(decisions).sort()).toEqual(group.map((s) => s.id).sort())
    expect(group.filter((s) => s !== first).every((s) => decisions[s.id].action === 'rejected')).toBe(true)
  })
})
