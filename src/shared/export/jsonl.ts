// JSONL: jsonl/corpus.jsonl, one article per line. Offsets are Unicode code points into `text`, end exclusive,
// so Python's text[start:end] is the entity; `label` has doccano's [start, end, "LABEL"] shape.
import type { ArticleType, PageStatus } from '../model/page'
import type { FileSink, FormatWriter } from './sink'
import type { PreparedArticle } from './prepare'

/** One entity in a JSONL record (code-point offsets). `origin` is present only on pending suggestions. */
export interface JsonlEntity {
  start: number
  end: number
  label: string
  text: string
  origin?: 'suggested'
}

/** One line of corpus.jsonl, keys in this order. */
export interface JsonlRecord {
  id: string
  source: string
  page: string
  kicker: string | null
  headline: string | null
  subheads: string[]
  byline: string | null
  type: ArticleType
  tags: string[]
  region: string | null
  status: PageStatus
  /** Indices of `text` lines (split at "\n") that are section headings. */
  headings: number[]
  /** Code-point offset where the body starts in `text`: 0 unless headlines were included. */
  bodyStart: number
  text: string
  label: [number, number, string][]
  entities: JsonlEntity[]
}

export const JSONL_PATH = 'jsonl/corpus.jsonl'

export function jsonlRecord(a: PreparedArticle): JsonlRecord {
  const m = a.article
  return {
    id: m.id,
    source: m.source,
    page: m.page,
    kicker: a.kicker,
    headline: a.headline,
    subheads: a.subheads,
    byline: a.byline,
    type: m.type,
    tags: m.tags,
    region: m.region,
    status: m.status,
    headings: a.headings,
    bodyStart: a.bodyStartCp,
    text: a.text,
    label: a.spans.map((s) => [s.cpStart, s.cpEnd, s.label]),
    entities: a.spans.map((s) =>
      s.suggested
        ? { start: s.cpStart, end: s.cpEnd, label: s.label, text: s.text, origin: 'suggested' as const }
        : { start: s.cpStart, end: s.cpEnd, label: s.label, text: s.text }
    )
  }
}

export function createJsonlWriter(): FormatWriter {
  return {
    format: 'jsonl',
    add(a: PreparedArticle, sink: FileSink) {
      sink.append(JSONL_PATH, JSON.stringify(jsonlRecord(a)) + '\n')
    },
    end(sink: FileSink) {
      sink.append(JSONL_PATH, '')
    }
  }
}
