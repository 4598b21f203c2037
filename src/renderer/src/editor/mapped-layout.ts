// An article layout in an editor state field, carried through edits by `mapLayout` when it is read rather than at
// every keystroke: mapping scans the text around every anchor (~1 ms per key on a 200 KB page), while the layout
// is read only by commands, saves and renders after a typing pause. Reading runs the same steps, one per
// transaction and in order, so the result is the same as mapping eagerly.
import type { ChangeSet, Text, Transaction } from '@codemirror/state'
import { mapLayout } from '../../../shared/articles/mapLayout'
import type { PageLayout } from '../../../shared/model/page'
import { applyChanges, type TextChange } from '../../../shared/text/changes'
import { docString } from './doc-string'

function textChanges(changes: ChangeSet): TextChange[] {
  const out: TextChange[] = []
  changes.iterChanges((from, to, _fromB, _toB, inserted) => out.push({ from, to, insert: inserted.toString() }), true)
  return out
}

export class MappedLayout {
  /**
   * @param layout the layout of `doc`, once known; until then it is `from`'s mapped through `changes`
   * @param onlyWithArticles map nothing while the layout has no articles (the automatic layout's rule)
   */
  private constructor(
    private layout: PageLayout | null,
    private from: MappedLayout | null,
    private readonly changes: ChangeSet | null,
    private readonly doc: Text,
    private readonly onlyWithArticles: boolean
  ) {}

  static of(layout: PageLayout, doc: Text, onlyWithArticles = false): MappedLayout {
    return new MappedLayout(layout, null, null, doc, onlyWithArticles)
  }

  /** This layout after `tr` (mapped when read). */
  map(tr: Transaction): MappedLayout {
    return tr.docChanged ? new MappedLayout(null, this, tr.changes, tr.state.doc, this.onlyWithArticles) : this
  }

  get value(): PageLayout {
    if (this.layout) return this.layout
    // Unmapped steps back to the last layout known (a node without a layout always has `from`).
    const chain: MappedLayout[] = [this]
    let base = this.from as MappedLayout
    while (!base.layout) {
      chain.push(base)
      base = base.from as MappedLayout
    }
    let layout = base.layout
    let text = docString(base.doc)
    for (let i = chain.length - 1; i >= 0; i--) {
      const step = chain[i]
      const changes = textChanges(step.changes as ChangeSet)
      const next = applyChanges(text, changes)
      if (!step.onlyWithArticles || layout.articles.length) layout = mapLayout(layout, changes, text, next)
      text = next
      // Later reads start here; the older steps can be collected.
      step.layout = layout
      step.from = null
    }
    return layout
  }
}
