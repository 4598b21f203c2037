// Where the clean text differs from the raw page, read off the provenance: changed or typed characters are
// tinted, and a small mark shows where raw text was removed. In the unified view the removed text is shown
// inline, struck through. Computed for the visible part only, so large pages stay fast.
import { Facet, RangeSetBuilder } from '@codemirror/state'
import { Decoration, EditorView, ViewPlugin, WidgetType, type DecorationSet, type ViewUpdate } from '@codemirror/view'
import { provenanceField } from './provenance-field'

/** The raw page text the provenance points into. */
export const rawTextFacet = Facet.define<string, string>({ combine: (v) => v[0] ?? '' })
/** True: show removed raw text inline (unified diff); false: a thin marker only. */
export const showDeletionsFacet = Facet.define<boolean, boolean>({ combine: (v) => v.some(Boolean) })

class DeletionWidget extends WidgetType {
  constructor(
    readonly removed: string,
    readonly inline: boolean
  ) {
    super()
  }
  override eq(other: DeletionWidget) {
    return other.removed === this.removed && other.inline === this.inline
  }
  toDOM() {
    const el = document.createElement('span')
    el.className = this.inline ? 'cm-removed-text' : 'cm-removed-mark'
    const shown = this.removed.replace(/\n/g, '↵')
    el.title = `Removed from the raw text: ${shown.length > 80 ? shown.slice(0, 80) + '…' : shown}`
    if (this.inline) el.textContent = shown
    return el
  }
  override ignoreEvent() {
    return false
  }
}

const changedMark = Decoration.mark({ class: 'cm-changed' })
const insertedMark = Decoration.mark({ class: 'cm-inserted' })

function build(view: EditorView): DecorationSet {
  const provenance = view.state.field(provenanceField)
  const raw = view.state.facet(rawTextFacet)
  const inline = view.state.facet(showDeletionsFacet)
  const doc = view.state.doc
  const builder = new RangeSetBuilder<Decoration>()
  for (const { from, to } of view.visibleRanges) {
    const text = doc.sliceString(from, to)
    // Only the visible part (and the 64 units looked back from it): the whole array is not built per keystroke.
    const base = Math.max(0, from - 64)
    const units = provenance.slice(base, to)
    const prov = (i: number) => units[i - base]
    let i = from
    while (i < to) {
      const r = prov(i)
      // Removed raw text between the previous unit's origin and this one's (not across moved text).
      if (r >= 0) {
        let prev = -1
        for (let k = i - 1; k >= 0 && k >= i - 64 && prev < 0; k--) prev = prov(k)
        if (prev >= 0 && r > prev + 1 && r - prev < 4000) {
          const removed = raw.slice(prev + 1, r)
          if (removed.trim() !== '' || inline) builder.add(i, i, Decoration.widget({ widget: new DeletionWidget(removed, inline), side: -1 }))
        }
      }
      const ch = text.charCodeAt(i - from)
      if (r < 0 || raw.charCodeAt(r) !== ch) {
        let j = i + 1
        const typed = r < 0
        while (j < to && (typed ? prov(j) < 0 : prov(j) >= 0 && raw.charCodeAt(prov(j)) !== text.charCodeAt(j - from))) j++
        builder.add(i, j, typed ? insertedMark : changedMark)
        i = j
      } else i++
    }
  }
  return builder.finish()
}

export const diffMarks = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet
    constructor(view: EditorView) {
      this.decorations = build(view)
    }
    update(u: ViewUpdate) {
      if (u.docChanged || u.viewportChanged || u.startState.facet(showDeletionsFacet) !== u.state.facet(showDeletionsFacet)) this.decorations = build(u.view)
    }
  },
  { decorations: (v) => v.decorations }
)
