// Article ids: short, stable within a page, never reused while the page exists.
import type { PageLayout } from '../model/page'

/** A fresh article id for `layout` ("a" + one more than the largest numeric id in use). */
export function nextArticleId(layout: PageLayout): string {
  let max = 0
  for (const a of layout.articles) {
    const m = /^a(\d+)$/u.exec(a.id)
    if (m) max = Math.max(max, Number(m[1]))
  }
  return `a${max + 1}`
}
