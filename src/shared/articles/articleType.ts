// Article type from the parts of an article: sidebar box, photo, feature (通讯/特写), news, or other.
import type { ArticleType } from '../model/page'
import type { ArticleView } from './articleView'
import { BANNERS, SIDEBAR_TITLES } from './lineKinds'

const FEATURE_BANNERS = /^(?:新闻特写|特写|人物|走基层|一线故事|劳动者之歌)$/u
const PHOTO_CREDIT_END = /摄(?:[（(][^（）()]{1,10}[）)])?$/u
const DATELINE_START = /^[□■]?\s*(?:本报讯|本报\s*[（(]|本报[\p{Script=Han}]{0,10}?\d{1,2}月\d{1,2}日电|新华社)/u

/** Guesses the type of an article from its headline, bylines, banners and paragraph roles. */
export function detectArticleType(
  article: Pick<ArticleView, 'kicker' | 'headline' | 'subheads' | 'parts'>
): ArticleType {
  const bylines = article.parts.filter((p) => p.role === 'byline').map((p) => p.text.trim())
  const dateline = bylines.some((b) => DATELINE_START.test(b))
  if (article.headline && SIDEBAR_TITLES.test(article.headline.trim())) return 'sidebar'
  if (!dateline && bylines.some((b) => PHOTO_CREDIT_END.test(b))) return 'photo'
  if (!article.headline && !article.kicker) return 'other'
  const banners = [article.kicker ?? '', ...article.subheads].map((t) => t.trim()).filter((t) => BANNERS.test(t))
  if (banners.some((b) => FEATURE_BANNERS.test(b))) return 'feature'
  if (dateline) return 'news'
  if (bylines.length > 0) return 'feature'
  if (article.parts.some((p) => p.role === 'heading')) return 'feature'
  return 'news'
}
