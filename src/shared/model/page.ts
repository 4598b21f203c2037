// The stored shape of one page (pages/<id>.json). All offsets here are UTF-16 code units into `clean`
// (or `raw` where named), as JavaScript and CodeMirror count; exports convert to code points in shared/text.

/** Workflow status of a page, in order. */
export const PAGE_STATUSES = ['raw', 'auto-cleaned', 'cleaned', 'tagged', 'reviewed'] as const
export type PageStatus = (typeof PAGE_STATUSES)[number]

/** A person's or the `auto` run's decision on one cleanup suggestion, keyed by suggestion id. */
export interface Decision {
  action: 'accepted' | 'rejected'
  at: string
  by: 'human' | 'auto'
}

/** Role of one line (paragraph) of the clean text inside its article. */
export const LINE_ROLES = ['kicker', 'headline', 'subhead', 'byline', 'body', 'heading', 'caption'] as const
export type LineRole = (typeof LINE_ROLES)[number]

export const ARTICLE_TYPES = ['news', 'feature', 'photo', 'sidebar', 'other'] as const
export type ArticleType = (typeof ARTICLE_TYPES)[number]

/** Start of an article: `start` is the UTF-16 offset of its first line in the clean text. */
export interface ArticleMark {
  id: string
  start: number
  type: ArticleType
  tags: string[]
  region: string | null
}

/** Role of the line that starts at `at` (UTF-16 offset of a line start in the clean text). */
export interface RoleMark {
  at: number
  role: LineRole
}

/**
 * How the clean text divides into articles. `null` on a page means "derive automatically"; once a person
 * changes anything it is stored and mapped through every edit like the entity spans.
 */
export interface PageLayout {
  articles: ArticleMark[]
  roles: RoleMark[]
}

/** Entity span over the clean text, UTF-16 offsets, end exclusive. */
export interface EntitySpan {
  id: string
  start: number
  end: number
  label: string
  /** accepted: a person made or accepted it; pending: a pre-annotation awaiting review; rejected: kept so it is not proposed again. */
  status: 'accepted' | 'pending' | 'rejected'
  origin: 'human' | 'rule' | 'import'
}

/** A span whose text was deleted by an edit: never dropped silently, listed so the user sees what was removed. */
export interface OrphanedSpan {
  span: EntitySpan
  text: string
  at: string
}

export const PAGE_SCHEMA_VERSION = 1

export interface PageFile {
  schema: number
  id: string
  /** File name the page was imported from. */
  source: string
  /** sha256 (hex) of the source bytes as read from disk. */
  sha256: string
  /** Encoding the bytes were decoded with (utf-8, utf-8-bom, utf-16le, utf-16be, gb18030). */
  encoding: string
  importedAt: string
  updatedAt: string
  /** Incremented on every save; a save must name the revision it started from. */
  revision: number
  status: PageStatus
  /** Decoded source text with line ends normalized to LF. Never changes after import. */
  raw: string
  clean: string
  /** Provenance of `clean` as run-length triples [cleanStart, rawStart, length, ...]; rawStart -1 = inserted text. */
  provenance: number[]
  decisions: Record<string, Decision>
  /** True once a person edited the clean text by hand: `auto` then leaves the page alone. */
  humanEdited: boolean
  layout: PageLayout | null
  entities: EntitySpan[]
  orphans: OrphanedSpan[]
}
