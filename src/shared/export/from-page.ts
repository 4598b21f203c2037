// From a stored page to the exporters' articles: the page's layout (or its automatic segmentation), each
// article's parts as lines, and its entity spans placed in those lines' offsets.
import { articlesOf } from '../articles/articleView'
import { partsSpanOf } from '../articles/bodyOffsets'
import { segmentPage } from '../articles/segmentPage'
import { decodeProvenance } from '../cleanup/provenance'
import type { PageFile } from '../model/page'
import type { ExportArticle, ExportSpan } from './article'

export interface PageArticles {
  articles: ExportArticle[]
  /** Spans that could not be placed in one line part (they cross a line or an article boundary). */
  unplaced: number
}

/** The export articles of one page (UTF-16 span offsets into each article's lines joined by "\n"). */
export function pageExportArticles(page: PageFile, pageIndex: number): PageArticles {
  const layout = page.layout ?? segmentPage(page.clean, { raw: page.raw, prov: decodeProvenance(page.provenance, page.clean.length) })
  const views = articlesOf(page.clean, layout)
  const spans = page.entities.filter((e) => e.status !== 'rejected')
  let placed = 0
  const articles = views.map((view): ExportArticle => {
    const entities: ExportSpan[] = []
    for (const e of spans) {
      if (e.start < view.range.start || e.end > view.range.end) continue
      const at = partsSpanOf(view, e.start, e.end)
      if (!at) continue
      placed++
      entities.push({ start: at.start, end: at.end, label: e.label, status: e.status === 'accepted' ? 'accepted' : 'pending' })
    }
    return {
      id: `${page.id}-a${String(view.index + 1).padStart(2, '0')}`,
      source: page.source,
      page: page.id,
      pageIndex,
      articleIndex: view.index,
      type: view.type,
      tags: view.tags,
      region: view.region,
      status: page.status,
      lines: view.parts.map((p) => ({ role: p.role, text: p.text })),
      entities
    }
  })
  return { articles, unplaced: spans.length - placed }
}
