// What the JSONL and brat importers return, and how an imported document becomes an ExportArticle again.
// Spans here are UTF-16 offsets (as the store and CodeMirror count); the files count code points.
import type { ArticleType, PageStatus } from '../model/page'
import { articleFromParts, headerLinesOf, type ExportArticle } from '../export/article'

/** A problem with one line of an imported file: `record` refused the whole record, `span` one span, `note` ignored something. */
export interface ImportIssue {
  file: string
  /** 1-based line number in `file` (0 for the file as a whole). */
  line: number
  severity: 'record' | 'span' | 'note'
  reason: string
}

/** Imported entity span, UTF-16 offsets into the document's text, end exclusive. */
export interface ImportedSpan {
  start: number
  end: number
  label: string
  status: 'accepted' | 'pending'
}

/** Article metadata as far as the file had it; null/empty where it did not. */
export interface ImportedMeta {
  page: string | null
  kicker: string | null
  headline: string | null
  subheads: string[]
  byline: string | null
  type: ArticleType | null
  tags: string[]
  region: string | null
  status: PageStatus | null
  /** Indices of text lines (split at "\n") that are section headings. */
  headings: number[]
  /** UTF-16 offset where the body starts in `text`: > 0 when the header lines are part of the text. */
  bodyStart: number
}

export interface ImportedDocument {
  id: string
  source: string
  text: string
  spans: ImportedSpan[]
  meta: ImportedMeta
  /** Where the record came from. */
  file: string
  line: number
}

export interface ImportResult {
  documents: ImportedDocument[]
  issues: ImportIssue[]
}

export interface ImportOptions {
  /** Known label names; spans with other labels are refused. Omit to accept any label. */
  labels?: readonly string[]
  /** Accept overlapping spans (default false: the project's entities are flat, so a later overlapping span is refused). */
  allowOverlaps?: boolean
  /** File name used in issues (JSONL; brat uses each document's name). */
  file?: string
}

export function emptyMeta(): ImportedMeta {
  return {
    page: null,
    kicker: null,
    headline: null,
    subheads: [],
    byline: null,
    type: null,
    tags: [],
    region: null,
    status: null,
    headings: [],
    bodyStart: 0
  }
}

/** Number of header lines (kicker, headline, subheads, byline; multi-line fields count each line). */
export function headerLineCount(meta: ImportedMeta): number {
  return headerLinesOf(meta).length
}

/**
 * Turns imported documents into export input. Pages keep the order in which they first appear (page = the
 * document id when the file named none); documents of one page are grouped in file order.
 */
export function importedToArticles(docs: readonly ImportedDocument[]): ExportArticle[] {
  const byPage = new Map<string, ImportedDocument[]>() // insertion order = first appearance
  for (const d of docs) {
    const page = d.meta.page ?? d.id
    const list = byPage.get(page)
    if (list) list.push(d)
    else byPage.set(page, [d])
  }
  const out: ExportArticle[] = []
  let pageIndex = 0
  for (const [page, list] of byPage) {
    list.forEach((d, articleIndex) => out.push(importedToArticle(d, page, pageIndex, articleIndex)))
    pageIndex++
  }
  return out
}

function importedToArticle(d: ImportedDocument, page: string, pageIndex: number, articleIndex: number): ExportArticle {
  const m = d.meta
  const headerInText = m.bodyStart > 0
  const skip = headerInText ? headerLineCount(m) : 0
  const body = headerInText ? (m.bodyStart >= d.text.length ? '' : d.text.slice(m.bodyStart)) : d.text
  return articleFromParts(
    {
      id: d.id,
      source: d.source,
      page,
      pageIndex,
      articleIndex,
      type: m.type ?? 'other',
      tags: m.tags,
      region: m.region,
      status: m.status ?? 'raw'
    },
    {
      kicker: m.kicker,
      headline: m.headline,
      subheads: m.subheads,
      byline: m.byline,
      body,
      headings: m.headings.map((h) => h - skip)
    },
    d.spans,
    headerInText ? 'header-and-body' : 'body'
  )
}
