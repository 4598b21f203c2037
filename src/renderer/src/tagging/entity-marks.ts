// Entity spans drawn in their label's colour (pending proposals dashed), rebuilt whenever the spans change other
// than by following an edit.
import { Facet, StateField, type Range } from '@codemirror/state'
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view'
import type { LabelDef } from '../../../shared/model/library'
import { entitiesField, entitiesOnlyMapped } from '../editor/annotation-fields'

export const labelsFacet = Facet.define<readonly LabelDef[], readonly LabelDef[]>({ combine: (v) => v[0] ?? [] })

function build(state: import('@codemirror/state').EditorState): DecorationSet {
  const colors = new Map(state.facet(labelsFacet).map((l) => [l.name, l.color]))
  const ranges: Range<Decoration>[] = []
  for (const e of state.field(entitiesField).entities) {
    if (e.status === 'rejected' || e.end > state.doc.length) continue
    ranges.push(
      Decoration.mark({
        class: e.status === 'pending' ? 'cm-entity cm-entity-pending' : 'cm-entity',
        attributes: { 'data-entity': e.id, 'data-label': e.label, style: `--label: ${colors.get(e.label) ?? '#6b7280'}`, title: `${e.label}${e.status === 'pending' ? ' (proposed: Alt+Y accept, Alt+N reject)' : ''}` }
      }).range(e.start, e.end)
    )
  }
  return Decoration.set(ranges, true)
}

export const entityMarks = StateField.define<DecorationSet>({
  create: build,
  update(value, tr) {
    if (tr.startState.facet(labelsFacet) !== tr.state.facet(labelsFacet)) return build(tr.state)
    if (tr.startState.field(entitiesField) === tr.state.field(entitiesField)) return value
    // Typing moves every span after the cursor: rebuilding 500 marks per key cost ~1 ms with the view's redraw check.
    return entitiesOnlyMapped(tr) ? value.map(tr.changes) : build(tr.state)
  },
  provide: (f) => EditorView.decorations.from(f)
})
