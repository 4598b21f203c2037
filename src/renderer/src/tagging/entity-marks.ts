// Entity spans drawn in their label's colour (pending proposals dashed), rebuilt whenever the spans change.
import { Facet, StateField, type Range } from '@codemirror/state'
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view'
import type { LabelDef } from '../../../shared/model/library'
import { entitiesField } from '../editor/annotation-fields'

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
    return tr.startState.field(entitiesField) !== tr.state.field(entitiesField) || tr.startState.facet(labelsFacet) !== tr.state.facet(labelsFacet) ? build(tr.state) : value
  },
  provide: (f) => EditorView.decorations.from(f)
})
