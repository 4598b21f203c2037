import { describe, expect, it } from 'vitest'
import { history, redo, undo } from '@codemirror/commands'
import { EditorState, type TransactionSpec } from '@codemirror/state'
import { makeSuggestion, type Suggestion } from '../../../src/shared/cleanup/suggestion'
import type { PageFile } from '../../../src/shared/model/page'
import { annotationFieldsExtension, entitiesField } from '../../../src/renderer/src/editor/annotation-fields'
import { decisionsField } from '../../../src/renderer/src/editor/decisions-field'
import { editableFields, pageFieldsExtension } from '../../../src/renderer/src/editor/page-state'
import { moveFragmentToLineEnd, moveParagraph } from '../../../src/renderer/src/editor/paragraph-commands'
import { provenanceOf } from '../../../src/renderer/src/editor/provenance-field'
import { acceptSuggestions, rejectSuggestions } from '../../../src/renderer/src/editor/suggestion-transactions'
import { computeStates } from '../../../src/shared/cleanup/state'

// Real lines from seed 002 (line-wrap spaces, half-width punctuation).
const RAW = '本报讯 (记者赵黎浩)近日,云南省昆明 市呈贡区产业工人队伍建设改革\n斗南国际花卉产业园区和云南省数字经 济开发区均位于呈贡区\n'

function page(raw = RAW): PageFile {
  return {
    schema: 1,
    id: '0123456789abcdef',
    source: 't.txt',
    sha256: '0'.repeat(64),
    encoding: 'utf-8',
    importedAt: '',
    updatedAt: '',
    revision: 0,
    status: 'raw',
    raw,
    clean: raw,
    provenance: [0, 0, raw.length],
    decisions: {},
    humanEdited: false,
    layout: null,
    entities: [],
    orphans: []
  }
}

function stateOf(p: PageFile, entities: PageFile['entities'] = []) {
  return EditorState.create({
    doc: p.clean,
    extensions: [history(), pageFieldsExtension(p), annotationFieldsExtension({ entities, orphans: [] }, null)]
  })
}

const space = (at: number) => makeSuggestion({ kind: 'wrap-space', safe: true, confidence: 0.99, explanation: 'line-wrap space', edits: [{ from: at, to: at + 1, insert: '' }] })
const comma = (at: number) => makeSuggestion({ kind: 'punct-width', safe: true, confidence: 0.99, explanation: 'half-width comma', edits: [{ from: at, to: at + 1, insert: '，' }] })

/** Runs a state command (undo/redo) on a plain state. */
function run(state: EditorState, cmd: typeof undo): EditorState {
  let next = state
  cmd({ state, dispatch: (tr) => (next = tr.state) })
  return next
}

function apply(state: EditorState, spec: TransactionSpec | null): EditorState {
  if (!spec) throw new Error('no transaction')
  return state.update(spec).state
}

/** Every clean unit with a provenance must show the raw unit it came from, except substitutions. */
function checkTrace(state: EditorState, raw: string, substituted = new Set<string>()) {
  const prov = provenanceOf(state)
  const text = state.doc.toString()
  for (let i = 0; i < text.length; i++) if (prov[i] >= 0 && !substituted.has(text[i])) expect(raw[prov[i]], `unit ${i} (${text[i]})`).toBe(text[i])
}

describe('clean editor state', () => {
  const spaceAt = RAW.indexOf('昆明 市') + 2
  const commaAt = RAW.indexOf('近日,') + 2

  it('accepting a suggestion changes text, provenance and decisions in one undoable step', () => {
    const s0 = stateOf(page())
    const s1 = apply(s0, acceptSuggestions(s0, [space(spaceAt)]))
    expect(s1.doc.toString()).toContain('昆明市呈贡区')
    expect(s1.field(decisionsField)[space(spaceAt).id].action).toBe('accepted')
    checkTrace(s1, RAW)
    const s2 = run(s1, undo)
    expect(s2.doc.toString()).toBe(RAW)
    expect(Array.from(provenanceOf(s2))).toEqual(Array.from({ length: RAW.length }, (_, i) => i))
    expect(s2.field(decisionsField)).toEqual({})
    const s3 = run(s2, redo)
    expect(s3.doc.toString()).toBe(s1.doc.toString())
    expect(Array.from(provenanceOf(s3))).toEqual(Array.from(provenanceOf(s1)))
  })

  it('keeps the raw origin of a substituted character (， still points at the raw ,)', () => {
    const s0 = stateOf(page())
    const s1 = apply(s0, acceptSuggestions(s0, [comma(commaAt)]))
    const at = s1.doc.toString().indexOf('近日，') + 2
    expect(provenanceOf(s1)[at]).toBe(commaAt)
  })

  it('accepts a whole kind as one undo step and round-trips through a save snapshot', () => {
    const all: Suggestion[] = [space(spaceAt), space(RAW.indexOf('数字经 济') + 3), comma(commaAt)]
    const s0 = stateOf(page())
    const s1 = apply(s0, acceptSuggestions(s0, all))
    expect(s1.doc.toString()).toBe(RAW.replace('昆明 市', '昆明市').replace('数字经 济', '数字经济').replace('近日,', '近日，'))
    const fields = editableFields(s1)
    expect(fields.humanEdited).toBe(false)
    const reopened = stateOf({ ...page(), ...fields })
    expect(Array.from(provenanceOf(reopened))).toEqual(Array.from(provenanceOf(s1)))
    expect(computeStates({ clean: s1.doc.toString(), prov: provenanceOf(s1) }, all, s1.field(decisionsField)).map((v) => v.state)).toEqual([
      'accepted',
      'accepted',
      'accepted'
    ])
    expect(run(s1, undo).doc.toString()).toBe(RAW)
  })

  it('marks a suggestion stale once a hand edit touched its raw text, and a rejection is undoable', () => {
    const s0 = stateOf(page())
    const typed = s0.update({ changes: { from: spaceAt, to: spaceAt + 1, insert: '' }, userEvent: 'delete' }).state
    expect(editableFields(typed).humanEdited).toBe(true)
    const views = computeStates({ clean: typed.doc.toString(), prov: provenanceOf(typed) }, [space(spaceAt), comma(commaAt)], {})
    expect(views.map((v) => v.state)).toEqual(['stale', 'open'])
    const rejected = apply(typed, rejectSuggestions([comma(commaAt).id]))
    expect(rejected.field(decisionsField)[comma(commaAt).id].action).toBe('rejected')
    expect(run(rejected, undo).field(decisionsField)).toEqual({})
  })

  it('moves a paragraph with its provenance and undoes the move exactly', () => {
    const s0 = stateOf(page())
    const onSecond = s0.update({ selection: { anchor: RAW.indexOf('斗南') + 1 } }).state
    const moved = apply(onSecond, moveParagraph(onSecond, -1))
    const lines = RAW.split('\n')
    expect(moved.doc.toString()).toBe(`${lines[1]}\n${lines[0]}\n`)
    checkTrace(moved, RAW)
    expect(provenanceOf(moved)[0]).toBe(RAW.indexOf('斗南'))
    const back = run(moved, undo)
    expect(back.doc.toString()).toBe(RAW)
    expect(Array.from(provenanceOf(back))).toEqual(Array.from({ length: RAW.length }, (_, i) => i))
  })

  it('moves a selected fragment to the end of another paragraph, keeping its origin', () => {
    const s0 = stateOf(page())
    const from = RAW.indexOf('均位于呈贡区')
    const sel = s0.update({ selection: { anchor: from, head: from + 6 } }).state
    const moved = apply(sel, moveFragmentToLineEnd(sel, 1))
    expect(moved.doc.line(1).text.endsWith('均位于呈贡区')).toBe(true)
    checkTrace(moved, RAW)
  })

  it('orphans an entity whose text is deleted, lists it, and brings it back on undo', () => {
    const start = RAW.indexOf('赵黎浩')
    const entity = { id: 'e1', start, end: start + 3, label: 'PER', status: 'accepted' as const, origin: 'human' as const }
    const s0 = stateOf(page(), [entity])
    const shifted = s0.update({ changes: { from: 0, insert: '（' }, userEvent: 'input' }).state
    expect(shifted.field(entitiesField).entities[0]).toMatchObject({ start: start + 1, end: start + 4 })
    const deleted = shifted.update({ changes: { from: start, to: start + 5 }, userEvent: 'delete' }).state
    expect(deleted.field(entitiesField).entities).toEqual([])
    expect(deleted.field(entitiesField).orphans[0]).toMatchObject({ text: '赵黎浩', span: { id: 'e1' } })
    const restored = run(deleted, undo)
    expect(restored.field(entitiesField).entities).toEqual([{ ...entity, start: start + 1, end: start + 4 }])
    expect(restored.field(entitiesField).orphans).toEqual([])
  })
})
