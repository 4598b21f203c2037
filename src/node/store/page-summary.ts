// The index entry of a page, derived from its file: what the page list and `stats` show without opening it.
import type { PageEntry } from '../../shared/model/library'
import type { PageFile } from '../../shared/model/page'

const SENTENCE_PUNCTUATION = /[。！？；，,;]/u

/** First headline-like line: short, no sentence punctuation, markdown markers stripped. */
export function pageTitle(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^#+\s*/u, '').replace(/\*\*/gu, '').trim())
    .filter((l) => l.length > 0)
  const headline = lines.find((l) => [...l].length <= 40 && !SENTENCE_PUNCTUATION.test(l.replace(/[，,]/gu, '')) && !/^本报/u.test(l))
  const title = headline ?? lines[0] ?? ''
  return [...title].length > 60 ? [...title].slice(0, 60).join('') + '…' : title
}

export function summarizePage(
  page: PageFile,
  extra: { rawBytes: number; articles?: number; openSuggestions?: number | null }
): PageEntry {
  return {
    id: page.id,
    source: page.source,
    sha256: page.sha256,
    encoding: page.encoding,
    title: pageTitle(page.clean),
    rawBytes: extra.rawBytes,
    rawChars: page.raw.length,
    cleanChars: page.clean.length,
    status: page.status,
    openSuggestions: extra.openSuggestions ?? null,
    articles: extra.articles ?? 0,
    entities: page.entities.filter((e) => e.status === 'accepted').length,
    revision: page.revision,
    importedAt: page.importedAt,
    updatedAt: page.updatedAt
  }
}
