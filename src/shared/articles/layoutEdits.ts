// Pure edits of a page layout that leave the text alone. Each returns a new layout; misuse throws RangeError.
import {
  ARTICLE_TYPES,
  LINE_ROLES,
  type ArticleMark,
  type ArticleType,
  type LineRole,
  type PageLayout
} from '../model/page'
import { nextArticleId } from './articleIds'
import { isBlank, isLineStart, lineEndOf, lineStartOf } from './lines'

const TITLE_ROLES: readonly LineRole[] = ['kicker', 'headline', 'subhead']

function indexOfArticle(layout: PageLayout, articleId: string): number {
  const i = layout.articles.findIndex((a) => a.id === articleId)
  if (i < 0) throw new RangeError(`No article with id ${articleId}`)
  return i
}

/** Start of the line holding UTF-16 offset `offset`; a new article begins there (type copied, no tags). */
export function splitArticleAt(clean: string, layout: PageLayout, offset: number): PageLayout {
  const start = lineStartOf(clean, offset)
  if (layout.articles.some((a) => a.start === start))
    throw new RangeError(`An article already starts at offset ${start}`)
  if (clean.slice(start).trim() === '') throw new RangeError(`Offset ${offset} is after the last line with text`)
  const host = layout.articles.filter((a) => a.start < start).at(-1)
  const mark: ArticleMark = {
    id: nextArticleId(layout),
    start,
    type: host?.type ?? 'news',
    tags: [],
    region: host?.region ?? null
  }
  return { ...layout, articles: [...layout.articles, mark].sort((a, b) => a.start - b.start) }
}

/**
 * Joins article `articleId` to the one before it. Its kicker, headline and subhead lines become section headings,
 * because one article has one title block.
 */
export function mergeWithPrevious(layout: PageLayout, articleId: string): PageLayout {
  const i = indexOfArticle(layout, articleId)
  if (i === 0)
    throw new RangeError(`Article ${articleId} is the first article: there is nothing before it to merge with`)
  const from = layout.articles[i].start
  const to = i + 1 < layout.articles.length ? layout.articles[i + 1].start : Infinity
  return {
    articles: layout.articles.filter((_, k) => k !== i),
    roles: layout.roles.map((r) =>
      r.at >= from && r.at < to && TITLE_ROLES.includes(r.role) ? { at: r.at, role: 'heading' } : r
    )
  }
}

/** Sets the role of the line starting at UTF-16 offset `lineStart`; `body` removes the mark (body is the default). */
export function setLineRole(clean: string, layout: PageLayout, lineStart: number, role: LineRole): PageLayout {
  if (!isLineStart(clean, lineStart)) throw new RangeError(`Offset ${lineStart} is not the start of a line`)
  if (!(LINE_ROLES as readonly string[]).includes(role)) throw new RangeError(`Unknown line role ${role}`)
  if (isBlank(clean.slice(lineStart, lineEndOf(clean, lineStart))))
    throw new RangeError(`The line at offset ${lineStart} is blank`)
  const roles = layout.roles.filter((r) => r.at !== lineStart)
  if (role !== 'body') roles.push({ at: lineStart, role })
  return { ...layout, roles: roles.sort((a, b) => a.at - b.at) }
}

/** Metadata a person sets on an article. */
export interface ArticleMeta {
  type?: ArticleType
  tags?: string[]
  region?: string | null
}

/** Sets type, tags (trimmed, deduplicated, empty ones dropped) and/or region of article `articleId`. */
export function setArticleMeta(layout: PageLayout, articleId: string, meta: ArticleMeta): PageLayout {
  const i = indexOfArticle(layout, articleId)
  if (meta.type !== undefined && !(ARTICLE_TYPES as readonly string[]).includes(meta.type))
    throw new RangeError(`Unknown article type ${meta.type}`)
  const old = layout.articles[i]
  const next: ArticleMark = {
    ...old,
    type: meta.type ?? old.type,
    tags: meta.tags ? [...new Set(meta.tags.map((t) => t.trim()).filter((t) => t !== ''))] : old.tags,
    region: meta.region === undefined ? old.region : meta.region?.trim() || null
  }
  return { ...layout, articles: layout.articles.map((a, k) => (k === i ? next : a)) }
}
