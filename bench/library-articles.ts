// The exporters' input from a stored library, for measure 6: every page's articles (its stored layout, or the
// proposed one when it has none) with the page's accepted and pending entity spans. A stand-in until the app
// has its own page-to-article adapter; spans that cross a line break are left out.
import { articlesOf } from '../src/shared/articles/articleView'
import { segmentPage } from '../src/shared/articles/segmentPage'
import type { ExportArticle, ExportSpan } from '../src/shared/export/article'
import type { LibraryStore } from '../src/node/store/library-store'

export async function* libraryArticles(store: LibraryStore): AsyncIterable<ExportArticle> {
  const entries = store.listPages()
  for (let pageIndex = 0; pageIndex < entries.length; pageIndex++) {
    const page = await store.getPage(entries[pageIndex].id)
    const views = articlesOf(page.clean, page.layout ?? segmentPage(page.clean))
    for (const view of views) {
      let offset = 0
      const entities: ExportSpan[] = []
      for (const part of view.parts) {
        for (const e of page.entities)
          if (e.status !== 'rejected' && e.start >= part.start && e.end <= part.end)
            entities.push({ start: offset + e.start - part.start, end: offset + e.end - part.start, label: e.label, status: e.status })
        offset += part.text.length + 1
      }
      yield {
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
    }
  }
}
