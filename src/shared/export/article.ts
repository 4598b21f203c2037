// The exporters' input: one article as its lines with roles, plus entity spans over those lines. This is the
// shape of a stored page's layout (roles at line starts), so the caller slices the clean text and shifts spans.
import type { ArticleType, LineRole, PageStatus } from '../model/page'

/** One line (paragraph) of an article with its role; `text` contains no "\n". */
export interface ExportLine {
  role: LineRole
  text: string
}

/** Entity span, UTF-16 offsets into the article's lines joined by "\n", end exclusive. */
export interface ExportSpan {
  start: number
  end: number
  label: string
  status: 'accepted' | 'pending'
}

/** One article ready for export. */
export interface ExportArticle {
  /** Stable and file-name safe (letters, digits, `.`, `_`, `-`), e.g. `${pageId}-a03`; used for per-article files. */
  id: string
  /** Seed file name the page was imported from, e.g. 002_68092b021be56c48.txt. */
  source: string
  /** Page id (file-name safe); articles of one page must arrive together. */
  page: string
  /** Position of the page in the export and of the article in its page: input must be sorted by both. */
  pageIndex: number
  articleIndex: number
  type: ArticleType
  tags: string[]
  region: string | null
  /** Status of the page the article is on. */
  status: PageStatus
  /** Lines in page order. Empty lines are ignored. */
  lines: ExportLine[]
  /** UTF-16 offsets into `lines.map((l) => l.text).join('\n')`; rejected spans must not be passed. */
  entities: ExportSpan[]
}

/** Article metadata without text, as JSONL and Label Studio carry it. */
export type ExportArticleMeta = Omit<ExportArticle, 'lines' | 'entities'>

/** The header roles, in the order exports print them. */
export const HEADER_ROLES: readonly LineRole[] = ['kicker', 'headline', 'subhead', 'byline']

/** True for roles that belong to the body text (`body`, `heading`, `caption`). */
export function isBodyRole(role: LineRole): boolean {
  return role === 'body' || role === 'heading' || role === 'caption'
}

/** An article's header fields and body, the way an editor or a gold file writes them. */
export interface ArticleParts {
  kicker: string | null
  headline: string | null
  subheads: string[]
  byline: string | null
  /** Body paragraphs joined by "\n". */
  body: string
  /** Indices of body paragraphs (0-based, within `body`) that are in-article section headings. */
  headings: number[]
}

/** Header lines of `parts` in print order (kicker, headline, subheads, byline); multi-line fields split at "\n". */
export function headerLinesOf(parts: Pick<ArticleParts, 'kicker' | 'headline' | 'subheads' | 'byline'>): ExportLine[] {
  const lines: ExportLine[] = []
  const push = (role: LineRole, value: string | null) => {
    if (value) for (const text of value.split('\n')) lines.push({ role, text })
  }
  push('kicker', parts.kicker)
  push('headline', parts.headline)
  for (const s of parts.subheads) push('subhead', s)
  push('byline', parts.byline)
  return lines
}

/**
 * Builds an article from header fields and body. `entities` are UTF-16 offsets into `body` when `spansIn` is
 * 'body', or into the header lines and body joined by "\n" when it is 'header-and-body'.
 */
export function articleFromParts(
  meta: ExportArticleMeta,
  parts: ArticleParts,
  entities: readonly ExportSpan[],
  spansIn: 'body' | 'header-and-body' = 'body'
): ExportArticle {
  const header = headerLinesOf(parts)
  const headings = new Set(parts.headings)
  const body: ExportLine[] =
    parts.body === ''
      ? []
      : parts.body.split('\n').map((text, i) => ({ role: headings.has(i) ? 'heading' : 'body', text }))
  let shift = 0
  if (spansIn === 'body' && header.length > 0) for (const l of header) shift += l.text.length + 1
  return {
    ...meta,
    tags: [...meta.tags],
    lines: [...header, ...body],
    entities: entities.map((e) => ({ start: e.start + shift, end: e.end + shift, label: e.label, status: e.status }))
  }
}
