// Reading order of a page's articles for export. A 阅读提示 box is printed inside the columns of the article it
// summarises, so the OCR puts it between that article's lines: the untitled text right after the box (no title,
// no byline, no dateline) is the rest of the interrupted article, and the box reads after it. Untitled text whose
// every paragraph names an earlier title's quoted terms (continuations.ts) reads after that article.
import type { ArticleView } from './articleView'
import { openTitles } from './continuations'
import { JUMP } from './lineKinds'
import type { SegmentHints } from './segmentHints'
import { continuedTitle } from './topics'

/** Boxes that hold one paragraph and stand inside another article's columns. */
const INSET_BOX = /^阅读提示[:：]?$/u

/**
 * The articles of a page in reading order, as groups of indices into `views`: each group is one exported article
 * (its views' parts in order). An untitled run after an inset box joins the article before the box; one whose
 * paragraphs all name an earlier article's quoted title terms joins that article (`clean` lets a run that opens
 * with a jump line such as （上接第1版） stay apart: it continues an article of another page; `hints` let an article
 * whose broken sentence an editor already joined count as continued, see openTitleTerms).
 */
export function readingGroups(views: readonly ArticleView[], clean?: string, hints?: SegmentHints): number[][] {
  const groups: number[][] = []
  const titles = openTitles(views, hints)
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
    if (isUntitledRun(views[i]) && !(clean && opensWithJump(clean, views[i]))) {
      const x = continuedTitle(
        views[i].paragraphs.map((p) => p.text),
        titles.slice(0, i)
      )
      const group = x === null ? undefined : groups.find((g) => g[0] === x)
      if (group && group.length === 1) {
        group.push(i)
        continue
      }
    }
    groups.push([i])
  }
  return groups
}

/** True when the article's first line is a jump line (（上接第1版）): its text comes from another page. */
function opensWithJump(clean: string, v: ArticleView): boolean {
  const end = clean.indexOf('\n', v.range.start)
  return JUMP.test(clean.slice(v.range.start, end < 0 ? clean.length : end).trim())
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
