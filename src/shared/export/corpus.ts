// Runs the selected format writers over a stream of articles: checks order and ids, applies the filters,
// prepares each article once and hands it to every format. Pure: the caller supplies the FileSink.
import type { ExportArticle } from './article'
import { createBratWriter } from './brat'
import { createConllWriter } from './conll'
import { createJsonlWriter } from './jsonl'
import { createLabelStudioWriter } from './label-studio'
import { createMarkdownWriter } from './markdown'
import { EXPORT_FORMATS, type ExportFormat, type ExportOptions } from './options'
import { createPlainTextWriter } from './plain-text'
import { prepareArticle, type PrepareStats } from './prepare'
import type { FileSink, FormatWriter, LabelStyle } from './sink'

/** Counts for the manifest and the summary. Label maps list the label set's order first, then others sorted. */
export interface ExportCounts {
  pages: number
  articles: number
  /** Code points of exported `text` over all articles. */
  characters: number
  /** Exported accepted spans per label. */
  entities: Record<string, number>
  /** Exported suggestions per label (only with includeSuggested). */
  suggested: Record<string, number>
  /** Spans on header lines, left out because headlines were not part of the text. */
  entitiesNotInText: number
  /** Spans skipped as invalid or crossing lines exported apart (see warnings). */
  invalidSpans: number
  duplicateSpans: number
  /** Spans left out of CoNLL only, because BIO cannot nest them. */
  conllOverlapsDropped: number
  /** Articles left out by the status or page filter. */
  filteredArticles: number
  /** Articles without any non-empty line. */
  emptyArticles: number
}

export interface CorpusExportResult {
  counts: ExportCounts
  /** The first MAX_WARNINGS warnings; `warningCount` has them all. */
  warnings: string[]
  warningCount: number
}

export interface CorpusExporter {
  /** Exports one article; returns false when a filter left it out. Throws RangeError on misuse (order, ids). */
  add(article: ExportArticle): boolean
  /** Writes the closing chunks and configuration files. */
  end(): CorpusExportResult
}

export const MAX_WARNINGS = 200
const DEFAULT_LABEL_COLOR = '#868e96'

function writerFor(
  format: ExportFormat,
  options: ExportOptions,
  onDropped: (articleId: string, label: string, text: string) => void
): FormatWriter {
  switch (format) {
    case 'txt':
      return createPlainTextWriter()
    case 'jsonl':
      return createJsonlWriter()
    case 'labelstudio':
      return createLabelStudioWriter()
    case 'conll':
      return createConllWriter(options.conllTokens, onDropped)
    case 'brat':
      return createBratWriter()
    case 'md':
      return createMarkdownWriter()
  }
}

/** Starts an export of the formats in `options` into `sink`; articles must come sorted by pageIndex, articleIndex. */
export function createCorpusExporter(options: ExportOptions, sink: FileSink): CorpusExporter {
  for (const f of options.formats)
    if (!EXPORT_FORMATS.includes(f)) throw new RangeError(`Unknown export format "${String(f)}"`)
  const warnings: string[] = []
  let warningCount = 0
  const warn = (message: string) => {
    warningCount++
    if (warnings.length < MAX_WARNINGS) warnings.push(message)
  }
  const stats: PrepareStats = { notInText: 0, invalid: 0, duplicates: 0 }
  let conllDropped = 0
  const writers = EXPORT_FORMATS.filter((f) => options.formats.includes(f)).map((f) =>
    writerFor(f, options, (id, label, text) => {
      conllDropped++
      warn(`Article ${id}: ${label} "${text}" overlaps another span and is left out of CoNLL`)
    })
  )
  const statuses = options.statuses === null ? null : new Set<string>(options.statuses)
  const pageIds = options.pageIds === null ? null : new Set(options.pageIds)
  const seenIds = new Set<string>()
  const seenPages = new Set<string>()
  const entityCounts = new Map<string, number>()
  const suggestedCounts = new Map<string, number>()
  let last: ExportArticle | null = null
  let pages = 0
  let lastExportedPage: string | null = null
  let articles = 0
  let characters = 0
  let filtered = 0
  let empty = 0
  let ended = false

  return {
    add(article: ExportArticle): boolean {
      if (ended) throw new RangeError('add() after end()')
      if (!Number.isInteger(article.pageIndex) || !Number.isInteger(article.articleIndex))
        throw new RangeError(
          `Article ${article.id}: pageIndex and articleIndex must be integers (got ${article.pageIndex}, ${article.articleIndex})`
        )
      if (last !== null) {
        const samePage = article.pageIndex === last.pageIndex
        if (article.pageIndex < last.pageIndex || (samePage && article.articleIndex <= last.articleIndex))
          throw new RangeError(
            `Article ${article.id} (page ${article.pageIndex}, article ${article.articleIndex}) comes after ${last.id} (page ${last.pageIndex}, article ${last.articleIndex}): sort by pageIndex, then articleIndex`
          )
        if (samePage && article.page !== last.page)
          throw new RangeError(
            `Articles ${last.id} and ${article.id} share pageIndex ${article.pageIndex} but name pages ${last.page} and ${article.page}`
          )
        if (!samePage && seenPages.has(article.page))
          throw new RangeError(
            `Page ${article.page} appears again at pageIndex ${article.pageIndex}: a page's articles must come together`
          )
      }
      seenPages.add(article.page)
      const key = article.id.toLowerCase() // per-article files must not collide on case-insensitive disks
      if (seenIds.has(key)) throw new RangeError(`Duplicate article id "${article.id}" (ids must differ ignoring case)`)
      seenIds.add(key)
      last = article
      if ((statuses !== null && !statuses.has(article.status)) || (pageIds !== null && !pageIds.has(article.page))) {
        filtered++
        return false
      }
      const prepared = prepareArticle(article, options, stats, warn)
      if (prepared.header.length === 0 && prepared.body.length === 0) {
        empty++
        return false
      }
      for (const w of writers) w.add(prepared, sink)
      if (article.page !== lastExportedPage) {
        pages++
        lastExportedPage = article.page
      }
      articles++
      characters += prepared.cpLength
      for (const s of prepared.spans) {
        const m = s.suggested ? suggestedCounts : entityCounts
        m.set(s.label, (m.get(s.label) ?? 0) + 1)
      }
      return true
    },
    end(): CorpusExportResult {
      if (ended) throw new RangeError('end() called twice')
      ended = true
      const wanted = options.labels === null ? null : new Set(options.labels)
      const styles: LabelStyle[] = options.labelSet
        .filter((l) => wanted === null || wanted.has(l.name))
        .map((l) => ({ name: l.name, color: l.color }))
      const known = new Set(options.labelSet.map((l) => l.name))
      const extra = [...new Set([...entityCounts.keys(), ...suggestedCounts.keys()])]
        .filter((l) => !known.has(l))
        .sort()
      for (const name of extra) styles.push({ name, color: DEFAULT_LABEL_COLOR })
      for (const w of writers) w.end(sink, styles)
      const ordered = (m: Map<string, number>) => {
        const out: Record<string, number> = {}
        for (const s of styles) out[s.name] = m.get(s.name) ?? 0
        return out
      }
      return {
        counts: {
          pages,
          articles,
          characters,
          entities: ordered(entityCounts),
          suggested: ordered(suggestedCounts),
          entitiesNotInText: stats.notInText,
          invalidSpans: stats.invalid,
          duplicateSpans: stats.duplicates,
          conllOverlapsDropped: conllDropped,
          filteredArticles: filtered,
          emptyArticles: empty
        },
        warnings,
        warningCount
      }
    }
  }
}
