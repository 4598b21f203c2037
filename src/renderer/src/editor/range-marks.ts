// Mark sets an editor receives from outside (suggestion marks by kind, the span linked to the other side's
// cursor), mapped through local edits until they are replaced.
import { StateEffect, StateField, type Range } from '@codemirror/state'
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view'

export interface MarkSpec {
  from: number
  to: number
  className: string
  /** Attributes for the mark, e.g. data-suggestion for click handling. */
  attributes?: Record<string, string>
}

function decorationsOf(marks: readonly MarkSpec[], docLength: number): DecorationSet {
  const ranges: Range<Decoration>[] = []
  for (const m of marks) {
    const from = Math.max(0, Math.min(m.from, docLength))
    const to = Math.max(from, Math.min(m.to, docLength))
    if (to > from) ranges.push(Decoration.mark({ class: m.className, attributes: m.attributes }).range(from, to))
    else ranges.push(Decoration.widget({ widget: new PointWidget(m.className, m.attributes), side: 1 }).range(from))
  }
  return Decoration.set(ranges, true)
}

class PointWidget extends WidgetType {
  constructor(
    readonly className: string,
    readonly attributes?: Record<string, string>
  ) {
    super()
  }
  override eq(o: PointWidget) {
    return o.className === this.className && JSON.stringify(o.attributes) === JSON.stringify(this.attributes)
  }
  toDOM() {
    const el = document.createElement('span')
    el.className = `${this.className} cm-point-mark`
    for (const [k, v] of Object.entries(this.attributes ?? {})) el.setAttribute(k, v)
    return el
  }
  override ignoreEvent() {
    return false
  }
}

/** A named, replaceable layer of marks. */
export function markLayer() {
  const set = StateEffect.define<readonly MarkSpec[]>()
  const field = StateField.define<DecorationSet>({
    create: () => Decoration.none,
    update(value, tr) {
      for (const e of tr.effects) if (e.is(set)) return decorationsOf(e.value, tr.state.doc.length)
      return tr.docChanged ? value.map(tr.changes) : value
    },
    provide: (f) => EditorView.decorations.from(f)
  })
  return { set, field }
}
