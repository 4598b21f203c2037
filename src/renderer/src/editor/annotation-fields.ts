// Entity spans and the article layout inside the clean editor's state, mapped through every transaction by
// the same shared functions the store and batch jobs use. Spans whose text is deleted become orphans (listed,
// never silently lost) and come back on undo; moved text carries its spans along (`textMoves`).
import { invertedEffects } from '@codemirror/commands'
import { StateEffect, StateField, type EditorState, type Text, type Transaction } from '@codemirror/state'
import type { TextMove } from '../../../shared/articles/moveParagraphs'
import type { EntitySpan, OrphanedSpan, PageLayout } from '../../../shared/model/page'
import { mapEntities, type TextLike } from '../../../shared/tagging/mapEntities'
import { MappedLayout } from './mapped-layout'
import { transactionChanges } from './provenance-field'

export interface EntityState {
  entities: EntitySpan[]
  orphans: OrphanedSpan[]
}

/** Replaces the entity state (tagging actions); undoable. */
export const setEntities = StateEffect.define<EntityState>()
/** Text that a transaction moves, so spans inside it move too (old offsets → new offset). */
export const textMoves = StateEffect.define<TextMove[]>()
/** Spans brought back by undoing the deletion that orphaned them (offsets in the new document). */
const restoreSpans = StateEffect.define<EntitySpan[]>({
  map: (spans, mapping) =>
    spans.map((s) => ({ ...s, start: mapping.mapPos(s.start, 1), end: mapping.mapPos(s.end, -1) })).filter((s) => s.end > s.start)
})
/** Replaces the layout (article edits); undoable. */
export const setLayout = StateEffect.define<PageLayout | null>()

function textOf(doc: Text): TextLike {
  return { length: doc.length, slice: (from, to) => doc.sliceString(from, to) }
}

function movesOf(tr: Transaction): TextMove[] {
  const out: TextMove[] = []
  for (const e of tr.effects) if (e.is(textMoves)) out.push(...e.value)
  return out
}

export const entitiesField = StateField.define<EntityState>({
  create: () => ({ entities: [], orphans: [] }),
  update(value, tr) {
    let next = value
    if (tr.docChanged && next.entities.length > 0) {
      // The documents as views, not strings: joining a 200 KB document per keystroke cost more than the mapping.
      const mapped = mapEntities(next.entities, transactionChanges(tr), textOf(tr.startState.doc), textOf(tr.state.doc), { moves: movesOf(tr) })
      next = { entities: mapped.entities, orphans: mapped.orphans.length ? [...next.orphans, ...mapped.orphans] : next.orphans }
    }
    for (const e of tr.effects) {
      if (e.is(setEntities)) next = e.value
      else if (e.is(restoreSpans) && e.value.length) {
        const ids = new Set(e.value.map((s) => s.id))
        next = {
          entities: [...next.entities, ...e.value.filter((s) => s.end <= tr.state.doc.length)].sort((a, b) => a.start - b.start || a.end - b.end),
          orphans: next.orphans.filter((o) => !ids.has(o.span.id))
        }
      }
    }
    return next
  }
})

/**
 * True when `tr` changed the spans only by carrying them through its edits (no span set, restored or moved): their
 * marks can then be mapped like the spans were, both exclusive at the edges, instead of rebuilt.
 */
export function entitiesOnlyMapped(tr: Transaction): boolean {
  return tr.docChanged && !tr.effects.some((e) => e.is(setEntities) || e.is(restoreSpans) || e.is(textMoves))
}

/** The layout a person edited (saved with the page); null while the automatic one is used. Read with `storedLayout`. */
export const layoutField = StateField.define<MappedLayout | null>({
  create: () => null,
  update(value, tr) {
    let next = value?.map(tr) ?? null
    for (const e of tr.effects) if (e.is(setLayout)) next = e.value ? MappedLayout.of(e.value, tr.state.doc) : null
    return next
  }
})

export function storedLayout(state: EditorState): PageLayout | null {
  return state.field(layoutField, false)?.value ?? null
}

const undoAnnotations = invertedEffects.of((tr) => {
  const out: StateEffect<unknown>[] = []
  const before = tr.startState.field(entitiesField, false)
  const after = tr.state.field(entitiesField, false)
  if (before && after) {
    if (tr.effects.some((e) => e.is(setEntities))) out.push(setEntities.of(before))
    else if (tr.docChanged && after.orphans.length > before.orphans.length) {
      const lost = new Set(after.orphans.slice(before.orphans.length).map((o) => o.span.id))
      out.push(restoreSpans.of(before.entities.filter((s) => lost.has(s.id))))
    }
  }
  if (tr.effects.some((e) => e.is(setLayout))) out.push(setLayout.of(storedLayout(tr.startState)))
  return out
})

export function annotationFieldsExtension(initial: EntityState, layout: PageLayout | null) {
  return [entitiesField.init(() => initial), layoutField.init((state) => (layout ? MappedLayout.of(layout, state.doc) : null)), undoAnnotations]
}
