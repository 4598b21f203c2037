// Keeps article and role anchors on their lines while the clean text is edited (same changes as the entity spans).
//
// An anchor sits at the start L of a line. It belongs to the line break before L (the "\n" at L-1, or the start of
// the text) and to the line's own characters [L, E):
// - break deleted and old text now in front of the line (it was joined to the one above): a role mark is dropped; an
//   article mark re-snaps forward to the next line start, so the article never swallows the paragraph it was joined
//   to (a break deleted with everything above it is no join: the line still starts a line);
// - otherwise the anchor follows the first surviving character of its line and snaps back to the start of the line
//   that character now sits on (typing at the line start stays inside the line; Enter at the line start moves the
//   anchor down with the text);
// - all of the line's characters deleted: if its closing break survives the line still exists (emptied or retyped)
//   and the anchor stays on it; if that break went too the line is gone: a role mark is dropped, an article mark
//   moves to the next line.
// Afterwards an article whose text became blank is dropped, and of two role marks on one line the first is kept.
import type { ArticleMark, PageLayout, RoleMark } from '../model/page'
import { checkChanges, mapPos, type TextChange } from '../text/changes'
import { lineStartOf } from './lines'

/** Maps `layout` of `oldText` through `changes` (CodeMirror ChangeSet semantics) onto `newText`; see the file comment. */
export function mapLayout(
  layout: PageLayout,
  changes: readonly TextChange[],
  oldText: string,
  newText: string
): PageLayout {
  checkChanges(changes, oldText.length)
  if (changes.length === 0) return layout
  const deleted = (i: number) => changes.some((c) => c.from <= i && i < c.to)
  const firstSurvivor = (from: number, to: number): number => {
    let i = from
    for (const c of changes) {
      if (c.to <= i || c.from === c.to) continue
      if (c.from > i) break
      i = c.to
    }
    return i < to ? i : -1
  }

  type Placed = { at: number; kind: 'kept' | 'forward' }
  const place = (at: number): Placed => {
    const breakKept = at === 0 || !deleted(at - 1)
    let lineEnd = oldText.indexOf('\n', at)
    if (lineEnd < 0) lineEnd = oldText.length
    const survivor = firstSurvivor(at, lineEnd)
    if (!breakKept) {
      // Joined only if text now stands in front of the line; with everything above it deleted it still starts a line.
      const q = survivor >= 0 ? mapPos(survivor, changes, 1) : -1
      if (q >= 0 && lineStartOf(newText, q) === q) return { at: q, kind: 'kept' }
      return { at: mapPos(at, changes, 1), kind: 'forward' }
    }
    if (survivor >= 0) return { at: lineStartOf(newText, mapPos(survivor, changes, 1)), kind: 'kept' }
    const newStart = at === 0 ? 0 : mapPos(at - 1, changes, 1) + 1
    const closingKept = lineEnd === oldText.length || !deleted(lineEnd)
    return closingKept ? { at: newStart, kind: 'kept' } : { at: newStart, kind: 'forward' }
  }

  const roles: RoleMark[] = []
  const taken = new Set<number>()
  for (const r of layout.roles) {
    const p = place(r.at)
    if (p.kind !== 'kept' || taken.has(p.at)) continue
    taken.add(p.at)
    roles.push({ at: p.at, role: r.role })
  }
  roles.sort((a, b) => a.at - b.at)

  const articles: ArticleMark[] = []
  let bound = newText.length
  for (let k = layout.articles.length - 1; k >= 0; k--) {
    const a = layout.articles[k]
    const p = place(a.start)
    let at = p.at
    if (p.kind === 'forward' && at > 0 && newText.charCodeAt(at - 1) !== 10) {
      const nl = newText.indexOf('\n', at)
      if (nl < 0) continue
      at = nl + 1
    }
    if (at >= bound || newText.slice(at, bound).trim() === '') continue
    articles.unshift({ ...a, start: at })
    bound = at
  }
  return { articles, roles }
}
