// Region of an article: the province its place names point to (江苏省滨海县 → 江苏, 长沙市 → 湖南).
import type { ArticleView } from '../articles/articleView'
import { AMBIGUOUS_SHORT_NAMES, GAZETTEER_NAMES, provinceOf } from './gazetteer'

const NAME_RE = new RegExp(`(${GAZETTEER_NAMES.join('|')})(市|省|壮族自治区|回族自治区|维吾尔自治区|自治区)?`, 'gu')
// Titles and datelines say where the story is more reliably than a place mentioned in passing.
const WEIGHT: Record<string, number> = { kicker: 3, headline: 3, subhead: 2, byline: 2 }

/** Province short name most of the article's place names point to (titles count triple), or null if none. */
export function suggestRegion(article: Pick<ArticleView, 'parts'>): string | null {
  const score = new Map<string, number>()
  const first = new Map<string, number>()
  let order = 0
  for (const part of article.parts) {
    for (const m of part.text.matchAll(NAME_RE)) {
      if (AMBIGUOUS_SHORT_NAMES.has(m[1]) && !m[2]) continue
      const province = provinceOf(m[1])
      if (!province) continue
      score.set(province, (score.get(province) ?? 0) + (WEIGHT[part.role] ?? 1))
      if (!first.has(province)) first.set(province, order++)
    }
  }
  let best: string | null = null
  for (const [p, s] of score)
    if (
      best === null ||
      s > (score.get(best) ?? 0) ||
      (s === score.get(best) && (first.get(p) ?? 0) < (first.get(best) ?? 0))
    )
      best = p
  return best
}
