// Tagging actions as editor transactions (so undo covers them): tag the selection, accept or reject
// proposals, change or delete a span, and the article layout edits.
import { Transaction, type EditorState, type TransactionSpec } from '@codemirror/state'
import { setArticleMeta, splitArticleAt, mergeWithPrevious, setLineRole, type ArticleMeta } from '../../../shared/articles/layoutEdits'
import { moveParagraphToArticle } from '../../../shared/articles/moveParagraphs'
import type { EntitySpan, LineRole } from '../../../shared/model/page'
import { entitiesField, setEntities, setLayout, textMoves } from '../editor/annotation-fields'
import { docString } from '../editor/doc-string'
import { provenanceOf, provenanceOfInserts } from '../editor/provenance-field'
import { effectiveLayout } from './article-layout'

/** A fresh span id (letters and digits, key-safe). */
export function newSpanId(): string {
  return 'e' + Math.random().toString(36).slice(2, 10) + Date.now().toString(36).slice(-5)
}

function withEntities(state: EditorState, entities: EntitySpan[]): TransactionSpec {
  const current = state.field(entitiesField)
  return {
    effects: setEntities.of({ entities: [...entities].sort((a, b) => a.start - b.start || a.end - b.end), orphans: current.orphans }),
    annotations: Transaction.userEvent.of('tag')
  }
}

/** Tags the selection (whitespace trimmed) with `label`; spans it overlaps give way (flat annotation). */
export function tagSelection(state: EditorState, label: string): TransactionSpec | null {
  let { from, to } = state.selection.main
  const text = state.doc.sliceString(from, to)
  from += text.length - text.trimStart().length
  to -= text.length - text.trimEnd().length
  if (to <= from) return null
  const others = state.field(entitiesField).entities.filter((e) => e.end <= from || e.start >= to || e.status === 'rejected')
  return withEntities(state, [...others, { id: newSpanId(), start: from, end: to, label, status: 'accepted', origin: 'human' }])
}

/** The pending or accepted span at the cursor (the innermost one). */
export function spanAt(state: EditorState, pos: number, status?: EntitySpan['status']): EntitySpan | null {
  const hits = state.field(entitiesField).entities.filter((e) => e.start <= pos && pos <= e.end && e.status !== 'rejected' && (!status || e.status === status))
  return hits.sort((a, b) => a.end - a.start - (b.end - b.start))[0] ?? null
}

export function updateSpans(state: EditorState, ids: ReadonlySet<string>, change: (e: EntitySpan) => EntitySpan | null): TransactionSpec | null {
  let touched = false
  const next: EntitySpan[] = []
  for (const e of state.field(entitiesField).entities) {
    if (!ids.has(e.id)) {
      next.push(e)
      continue
    }
    touched = true
    const c = change(e)
    if (c) next.push(c)
  }
  return touched ? withEntities(state, next) : null
}

export const acceptSpans = (state: EditorState, ids: ReadonlySet<string>) => updateSpans(state, ids, (e) => ({ ...e, status: 'accepted' }))
/** Rejected proposals stay (hidden) so the same proposal is not made again. */
export const rejectSpans = (state: EditorState, ids: ReadonlySet<string>) =>
  updateSpans(state, ids, (e) => (e.origin === 'rule' && e.status === 'pending' ? { ...e, status: 'rejected' } : null))
export const relabelSpan = (state: EditorState, id: string, label: string) => updateSpans(state, new Set([id]), (e) => ({ ...e, label, status: 'accepted' }))
export const deleteSpan = (state: EditorState, id: string) => updateSpans(state, new Set([id]), () => null)

/** Adds proposals from pre-annotation (pending), skipping any that overlap spans already there. */
export function addProposals(state: EditorState, proposals: readonly EntitySpan[]): TransactionSpec | null {
  const current = state.field(entitiesField).entities
  const fresh = proposals.filter((p) => p.end <= state.doc.length && !current.some((e) => e.start < p.end && p.start < e.end))
  return fresh.length ? withEntities(state, [...current, ...fresh]) : null
}

export function dismissOrphans(state: EditorState): TransactionSpec {
  return { effects: setEntities.of({ entities: state.field(entitiesField).entities, orphans: [] }), annotations: Transaction.userEvent.of('tag') }
}

// --- article layout ---
function layoutSpec(next: ReturnType<typeof effectiveLayout>): TransactionSpec {
  return { effects: setLayout.of(next), annotations: Transaction.userEvent.of('segment') }
}

export function splitArticleAtCursor(state: EditorState): TransactionSpec | null {
  const line = state.doc.lineAt(state.selection.main.head)
  try {
    return layoutSpec(splitArticleAt(docString(state.doc), effectiveLayout(state), line.from))
  } catch {
    return null
  }
}

export function mergeArticle(state: EditorState, articleId: string): TransactionSpec | null {
  try {
    return layoutSpec(mergeWithPrevious(effectiveLayout(state), articleId))
  } catch {
    return null
  }
}

export function setRoleAtCursor(state: EditorState, role: LineRole): TransactionSpec | null {
  const line = state.doc.lineAt(state.selection.main.head)
  try {
    return layoutSpec(setLineRole(docString(state.doc), effectiveLayout(state), line.from, role))
  } catch {
    return null
  }
}

export function setMeta(state: EditorState, articleId: string, meta: ArticleMeta): TransactionSpec {
  return layoutSpec(setArticleMeta(effectiveLayout(state), articleId, meta))
}

/** Moves the cursor's paragraph to the end of another article: the text moves with its provenance and spans. */
export function moveCursorParagraph(state: EditorState, articleId: string): TransactionSpec | null {
  const line = state.doc.lineAt(state.selection.main.head)
  const prov = provenanceOf(state)
  try {
    const r = moveParagraphToArticle(docString(state.doc), effectiveLayout(state), line.from, articleId)
    const patches = r.changes.filter((c) => c.insert.length > 0).map((c) => {
      // Inserted text is the moved line (with its separator): take provenance from where it stood.
      const m = r.moves[0]
      const lead = c.insert.indexOf(state.doc.sliceString(m.from, m.to))
      const p = new Int32Array(c.insert.length).fill(-1)
      if (lead >= 0) p.set(prov.subarray(m.from, m.to), lead)
      return { text: c.insert, prov: p }
    })
    return {
      changes: r.changes.map((c) => ({ from: c.from, to: c.to, insert: c.insert })),
      effects: [setLayout.of(r.layout), textMoves.of(r.moves), provenanceOfInserts.of(patches)],
      annotations: Transaction.userEvent.of('paragraph.toArticle'),
      scrollIntoView: true
    }
  } catch {
    return null
  }
}
