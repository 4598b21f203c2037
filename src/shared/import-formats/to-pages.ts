// Imported corpus documents (JSONL records, brat files) as library pages: the articles of one page one after
// the other, one line per paragraph, with the layout (article starts, line roles) and spans they came with.
import type { ExportArticle } from '../export/article'
import type { ArticleMark, EntitySpan, PageLayout, PageStatus, RoleMark } from '../model/page'

export interface ImportedPage {
  /** The page the articles came from (JSONL `page`, or the document id). */
  key: string
  source: string
  text: string
  layout: PageLayout
  /** UTF-16 offsets into `text`. */
  entities: EntitySpan[]
  status: PageStatus
}

/** Groups articles (sorted by page, as importedToArticles returns them) into pages. */
export function pagesFromArticles(articles: readonly ExportArticle[]): ImportedPage[] {
  const pages: ImportedPage[] = []
  let current: ImportedPage | null = null
  for (const a of articles) {
    if (!current || current.key !== a.page) {
      current = { key: a.page, source: a.source, text: '', layout: { articles: [], roles: [] }, entities: [], status: a.status }
      pages.push(current)
    }
    const lines = a.lines.filter((l) => l.text.trim() !== '')
    if (lines.length === 0) continue
    if (current.text !== '') current.text += '\n'
    const start = current.text.length
    const mark: ArticleMark = { id: `a${current.layout.articles.length + 1}`, start, type: a.type, tags: [...a.tags], region: a.region }
    current.layout.articles.push(mark)
    const roles: RoleMark[] = []
    let at = start
    for (const l of lines) {
      if (l.role !== 'body') roles.push({ at, role: l.role })
      at += l.text.length + 1
    }
    current.layout.roles.push(...roles)
    // Article spans count in the article's lines joined by "\n" (blank lines dropped above never carry spans).
    const joined = a.lines.map((l) => l.text).join('\n')
    const kept = lines.map((l) => l.text).join('\n')
    for (const e of a.entities) {
      const text = joined.slice(e.start, e.end)
      const shift = joined === kept ? 0 : kept.indexOf(text) - e.start
      current.entities.push({
        id: `s${current.entities.length + 1}`,
        start: start + e.start + shift,
        end: start + e.end + shift,
        label: e.label,
        status: e.status,
        origin: 'import'
      })
    }
    current.text += kept
  }
  return pages
}
