// The clean editor maps its layouts when they are read, its entity marks through edits instead of rebuilding them,
// and its provenance chunk by chunk: each must give what eager mapping and rebuilding give, edit after edit.
import { describe, expect, it } from 'vitest'
import { history, undo } from '@codemirror/commands'
import { EditorState, type ChangeSpec, type Extension } from '@codemirror/state'
import { mapLayout } from '../../../src/shared/articles/mapLayout'
import { mapProvenance } from '../../../src/shared/cleanup/provenance'
import type { TextChange } from '../../../src/shared/text/changes'
import type { LabelDef } from '../../../src/shared/model/library'
import type { EntitySpan, PageLayout } from '../../../src/shared/model/page'
import { annotationFieldsExtension, entitiesField, storedLayout } from '../../../src/renderer/src/editor/annotation-fields'
import { Provenance } from '../../../src/renderer/src/editor/provenance-chunks'
import { transactionChanges } from '../../../src/renderer/src/editor/provenance-field'
import { autoLayoutField, effectiveLayout, setAutoLayout } from '../../../src/renderer/src/tagging/article-layout'
import { entityMarks, labelsFacet } from '../../../src/renderer/src/tagging/entity-marks'

const TEXT = ['头版', '# 标题一行', '本报讯 记者王伟报道', '正文第一段很长很长', '', '# 标题二', '正文第二段', '图片说明', '结尾'].join('\n')

function layoutOf(text: string): PageLayout {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return {
    articles: [0, 5].map((line, k) => ({ id: `a${k}`, start: starts[line], type: 'news', tags: [], region: null })),
    roles: [
      { at: starts[1], role: 'headline' },
      { at: starts[2], role: 'byline' },
      { at: starts[6], role: 'headline' },
      { at: starts[7], role: 'caption' }
    ]
  }
}

const LABELS: LabelDef[] = [{ name: 'PER', color: '#f00', hotkey: '1' }]
const SPANS: EntitySpan[] = [
  { id: 's1', start: 7, end: 9, label: 'PER', status: 'accepted', origin: 'human' },
  { id: 's2', start: 14, end: 16, label: 'PER', status: 'pending', origin: 'rule' },
  { id: 's3', start: 25, end: 28, label: 'ORG', status: 'accepted', origin: 'rule' },
  { id: 's4', start: 40, end: 42, label: 'LOC', status: 'accepted', origin: 'rule' }
]

/** Deterministic edits of the kinds typing makes: inserts, deletes, replacements, line breaks and joins. */
function* edits(seed: number, count: number, length: () => number): Generator<ChangeSpec> {
  let x = seed
  const next = (n: number) => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % n)
  for (let i = 0; i < count; i++) {
    const len = length()
    const from = next(len + 1)
    const to = Math.min(len, from + (next(3) === 0 ? next(6) : 0))
    yield { from, to, insert: ['', '字', '\n', 'ab', ' '][next(5)] }
  }
}

function marks(state: EditorState): string[] {
  const out: string[] = []
  state.field(entityMarks).between(0, state.doc.length, (from, to, d) => {
    out.push(`${from}-${to} ${JSON.stringify(d.spec.attributes)} ${d.spec.class}`)
  })
  return out
}

describe('deferred mapping in the clean editor', () => {
  it('reads the same stored and automatic layouts as mapping them at every edit', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const extensions: Extension = [history(), annotationFieldsExtension({ entities: [], orphans: [] }, layoutOf(TEXT)), autoLayoutField]
      let state = EditorState.create({ doc: TEXT, extensions })
      state = state.update({ effects: setAutoLayout.of(layoutOf(TEXT)) }).state
      let eagerStored: PageLayout = layoutOf(TEXT)
      let eagerAuto: PageLayout = layoutOf(TEXT)
      let i = 0
      for (const change of edits(seed, 30, () => state.doc.length)) {
        const tr = state.update({ changes: change })
        const changes = transactionChanges(tr)
        const [before, after] = [tr.startState.doc.toString(), tr.state.doc.toString()]
        eagerStored = mapLayout(eagerStored, changes, before, after)
        if (eagerAuto.articles.length) eagerAuto = mapLayout(eagerAuto, changes, before, after)
        state = tr.state
        // Read now and then (a save, a command), so reads start from a layout resolved earlier too.
        if (++i % (seed % 5 || 7) === 0 || i === 30) {
          expect(storedLayout(state)).toEqual(eagerStored)
          expect(state.field(autoLayoutField).value).toEqual(eagerAuto)
        }
      }
      expect(effectiveLayout(state)).toEqual(eagerStored)
    }
  })

  it('leaves an automatic layout without articles as it is, like the eager mapping did', () => {
    const rolesOnly = { articles: [], roles: layoutOf(TEXT).roles }
    let state = EditorState.create({ doc: TEXT, extensions: [autoLayoutField] })
    state = state.update({ effects: setAutoLayout.of(rolesOnly) }).state
    for (const change of edits(3, 10, () => state.doc.length)) state = state.update({ changes: change }).state
    expect(effectiveLayout(state)).toEqual(rolesOnly)
  })

  it('maps entity marks through edits exactly as rebuilding them from the mapped spans', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const extensions: Extension = [
        history(),
        annotationFieldsExtension({ entities: SPANS, orphans: [] }, null),
        labelsFacet.of(LABELS),
        entityMarks
      ]
      let state = EditorState.create({ doc: TEXT, extensions })
      const rebuilt = (s: EditorState) =>
        EditorState.create({ doc: s.doc, extensions: [annotationFieldsExtension(s.field(entitiesField), null), labelsFacet.of(LABELS), entityMarks] })
      for (const change of edits(seed, 25, () => state.doc.length)) {
        state = state.update({ changes: change }).state
        expect(marks(state)).toEqual(marks(rebuilt(state)))
      }
      // Undo brings deleted spans back (a rebuild, not a mapping).
      let undone = state
      while (undo({ state: undone, dispatch: (tr) => (undone = tr.state) }));
      expect(undone.doc.toString()).toBe(TEXT)
      expect(marks(undone)).toEqual(marks(rebuilt(undone)))
    }
  })

  it('maps chunked provenance exactly as mapProvenance maps the flat array', () => {
    let x = 7
    const next = (n: number) => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % n)
    for (const start of [0, 1, 5000, 20000]) {
      let flat: Int32Array = Int32Array.from({ length: start }, (_, i) => i)
      let chunked = Provenance.of(flat)
      for (let step = 0; step < 400; step++) {
        // One to four sorted changes: typing, deleting (often across chunk ends), pasting with or without origins.
        const changes: TextChange[] = []
        let pos = 0
        for (let k = 0, count = 1 + (next(4) === 0 ? next(4) : 0); k < count && pos <= flat.length; k++) {
          const from = pos + next(Math.max(1, Math.min(flat.length - pos + 1, k === 0 ? flat.length + 1 : 3000)))
          const to = Math.min(flat.length, from + (next(3) === 0 ? next(next(5) === 0 ? 5000 : 40) : 0))
          const insert = 'x'.repeat(next(3) === 0 ? 0 : next(5) === 0 ? next(3000) : 1 + next(3))
          changes.push(next(2) ? { from, to, insert, insertProv: Array.from(insert, (_, i) => 100000 + i) } : { from, to, insert })
          pos = to + 1
        }
        flat = mapProvenance(flat, changes)
        chunked = chunked.map(changes)
        if (step % 25 === 0 || step === 399) {
          expect(chunked.length).toBe(flat.length)
          const a = next(flat.length + 1)
          const b = a + next(5000)
          expect(Array.from(chunked.slice(a, b))).toEqual(Array.from(flat.slice(a, b)))
        }
      }
      expect(Array.from(chunked.toArray())).toEqual(Array.from(flat))
    }
  })
})
