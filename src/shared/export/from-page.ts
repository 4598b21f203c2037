// From a stored page to the exporters' articles: the page's layout (or its automatic segmentation), each
// article's parts as lines, and its entity spans placed in those lines' offsets. Articles go out in reading
// order (readingGroups): the text after a 阅读提示 box rejoins the article the box interrupted.
import { articlesOf } from '../articles/articleView'
import { partsSpanOf } from '../articles/bodyOffsets'
import { readingGroups } from '../articles/readingOrder'
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
  const hints = { raw: page.raw, prov: decodeProvenance(page.provenance, page.clean.length) }
  const layout = page.layout ?? segmentPage(page.clean, hints)
  const views = articlesOf(page.clean, layout)
  const spans = page.entities.filter((e) => e.status !== 'rejected')
  let placed = 0
  const articles = readingGroups(views, page.clean, hints).map((group, index): ExportArticle => {
    const entities: ExportSpan[] = []
    const lines: ExportArticle['lines'] = []
    let base = 0
    for (const view of group.map((i) => views[i])) {
      for (const e of spans) {
        if (e.start < view.range.start || e.end > view.range.end) continue
        const at = partsSpanOf(view, e.start, e.end)
        if (!at) continue
        placed++
        const status = e.status === 'accepted' ? 'accepted' : 'pending'
        entities.push({ start: base + at.start, end: base + at.end, label: e.label, status })
      }
      for (const p of view.parts) {
        lines.push({ role: p.role, text: p.text })
        base += p.text.length + 1
      }
    }
    const first = views[group[0]]
    return {
      id: `${page.id}-a${String(index + 1).padStart(2, '0')}`,
      source: page.source,
      page: page.id,
      pageIndex,
      articleIndex: index,
      type: first.type,
      tags: first.tags,
      region: first.region,
      status: page.status,
      lines,
      entities
    }
  })
  return { articles, unplaced: spans.length - placed }
}
