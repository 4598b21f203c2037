// Reading order of a page's articles for export. A 阅读提示 box is printed inside the columns of the article it
// summarises, so the OCR puts it between that article's lines: the untitled text right after the box (no title,
// no byline, no dateline) is the rest of the interrupted article, and the box reads after it.
import type { ArticleView } from './articleView'

/** Boxes that hold one paragraph and stand inside another article's columns. */
const INSET_BOX = /^阅读提示[:：]?$/u

/**
 * The articles of a page in reading order, as groups of indices into `views`: each group is one exported article
 * (its views' parts in order). An untitled run after an inset box joins the article before the box.
 */
export function readingGroups(views: readonly ArticleView[]): number[][] {
  const groups: number[][] = []
  for (let i = 0; i < views.length; i++) {
    const box = groups.at(-1)
    const host = groups.at(-2)
    if (
      box &&
      host &&
      box.length === 1 &&
      isInsetBox(views[box[0]]) &&
      isUntitledRun(views[i]) &&
      hasTitle(views[host[0]])
    ) {
      host.push(i) // the box, already pushed, now reads after its host
      continue
    }
    groups.push([i])
  }
  return groups
}

function isInsetBox(v: ArticleView): boolean {
  return v.type === 'sidebar' && v.headline !== null && INSET_BOX.test(v.headline.trim())
}

function isUntitledRun(v: ArticleView): boolean {
  return (
    v.kicker === null && v.headline === null && v.subheads.length === 0 && v.byline === null && v.paragraphs.length > 0
  )
}

function hasTitle(v: ArticleView): boolean {
  return v.type !== 'sidebar' && v.type !== 'photo' && v.headline !== null
}
