// Articles shown as blocks in the clean text: a header above each article's first line and a style per line
// role. The layout is the stored one once a person changed it, else the automatic segmentation, recomputed
// shortly after edits and mapped through them in between.
import { StateEffect, StateField, type EditorState, type Range } from '@codemirror/state'
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view'
import { articlesOf } from '../../../shared/articles/articleView'
import type { PageLayout } from '../../../shared/model/page'
import { setLayout, storedLayout } from '../editor/annotation-fields'
import { docString } from '../editor/doc-string'
import { MappedLayout } from '../editor/mapped-layout'

export const setAutoLayout = StateEffect.define<PageLayout>()

/** The automatic segmentation, used while the page has no stored layout. Read with `effectiveLayout`. */
export const autoLayoutField = StateField.define<MappedLayout>({
  create: (state) => MappedLayout.of({ articles: [], roles: [] }, state.doc, true),
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setAutoLayout)) return MappedLayout.of(e.value, tr.state.doc, true)
    return value.map(tr)
  }
})

/** The layout in effect: stored if a person edited it, otherwise automatic. */
export function effectiveLayout(state: EditorState): PageLayout {
  return storedLayout(state) ?? state.field(autoLayoutField).value
}

const TYPE_LABELS: Record<string, string> = { news: 'News', feature: 'Feature', photo: 'Photo', sidebar: 'Sidebar', other: 'Other' }

class ArticleHeader extends WidgetType {
  constructor(
    readonly index: number,
    readonly type: string,
    readonly headline: string
  ) {
    super()
  }
  override eq(o: ArticleHeader) {
    return o.index === this.index && o.type === this.type && o.headline === this.headline
  }
  toDOM() {
    const el = document.createElement('div')
    el.className = 'cm-article-header'
    el.setAttribute('data-article-index', String(this.index))
    const n = document.createElement('span')
    n.className = 'cm-article-number'
    n.textContent = `Article ${this.index + 1}`
    const t = document.createElement('span')
    t.className = `cm-article-type type-${this.type}`
    t.textContent = TYPE_LABELS[this.type] ?? this.type
    const h = document.createElement('span')
    h.className = 'cm-article-headline'
    h.textContent = this.headline
    el.append(n, t, h)
    return el
  }
  override ignoreEvent() {
    return true
  }
}

function build(state: EditorState): DecorationSet {
  const layout = effectiveLayout(state)
  const text = docString(state.doc)
  const ranges: Range<Decoration>[] = []
  try {
    const views = articlesOf(text, layout)
    for (const a of views) {
      if (a.range.start > state.doc.length) continue
      const line = state.doc.lineAt(a.range.start)
      ranges.push(Decoration.widget({ widget: new ArticleHeader(a.index, a.type, a.headline ?? ''), block: true, side: -1 }).range(line.from))
    }
  } catch {
    return Decoration.none // a layout that does not fit the text yet: the next recomputation fixes it
  }
  for (const r of layout.roles) {
    if (r.role === 'body' || r.at > state.doc.length) continue
    const line = state.doc.lineAt(r.at)
    if (line.from === r.at) ranges.push(Decoration.line({ class: `cm-role cm-role-${r.role}`, attributes: { 'data-role': r.role } }).range(line.from))
  }
  return Decoration.set(ranges, true)
}

export const articleDecorations = StateField.define<DecorationSet>({
  create: build,
  update(value, tr) {
    // Rebuilt when a layout is set; in between, mapped through edits (cheap on large pages).
    const relayout = tr.effects.some((e) => e.is(setAutoLayout) || e.is(setLayout))
    return relayout ? build(tr.state) : tr.docChanged ? value.map(tr.changes) : value
  },
  provide: (f) => EditorView.decorations.from(f)
})
