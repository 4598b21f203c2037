// Reads JSONL back: our corpus.jsonl, or doccano-style lines with only `text` and `label`. A broken line is
// refused with its number and reason; a bad span is refused on its own and the rest of the line kept.
import { ARTICLE_TYPES, PAGE_STATUSES, type ArticleType, type PageStatus } from '../model/page'
import { headerLinesOf } from '../export/article'
import { utf16ToCodePointTable } from '../text/offsets'
import {
  emptyMeta,
  type ImportIssue,
  type ImportOptions,
  type ImportResult,
  type ImportedDocument,
  type ImportedMeta
} from './imported'
import { acceptSpans, utf16OfCodePoint, type SpanCandidate } from './spans'

export interface JsonlImporter {
  /** Parses the next line of the file (numbered from 1 in issues). A final "\r" is ignored. */
  line(text: string): void
  finish(): ImportResult
}

class RecordError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)

function optString(r: Record<string, unknown>, key: string): string | null {
  const v = r[key]
  if (v === undefined || v === null) return null
  if (typeof v !== 'string') throw new RecordError(`field "${key}" must be a string or null`)
  return v === '' ? null : v
}
function optStrings(r: Record<string, unknown>, key: string): string[] {
  const v = r[key]
  if (v === undefined || v === null) return []
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
    throw new RecordError(`field "${key}" must be an array of strings`)
  return [...v]
}
function optEnum<T extends string>(r: Record<string, unknown>, key: string, values: readonly T[]): T | null {
  const v = r[key]
  if (v === undefined || v === null) return null
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v))
    throw new RecordError(`field "${key}" must be one of ${values.join(', ')}`)
  return v as T
}

/** Streaming JSONL importer: feed lines in order, then `finish`. */
export function createJsonlImporter(options: ImportOptions = {}): JsonlImporter {
  const file = options.file ?? 'corpus.jsonl'
  const documents: ImportedDocument[] = []
  const issues: ImportIssue[] = []
  const idLines = new Map<string, number>()
  let lineNo = 0

  function parse(raw: string): ImportedDocument {
    let r: unknown
    try {
      r = JSON.parse(raw)
    } catch (e) {
      throw new RecordError(`invalid JSON: ${e instanceof Error ? e.message : String(e)}`)
    }
    if (!isObject(r)) throw new RecordError('not a JSON object')
    if (typeof r.text !== 'string') throw new RecordError('field "text" is missing or not a string')
    const text = r.text
    let id: string
    if (typeof r.id === 'string' && r.id !== '') id = r.id
    else if (isInt(r.id)) id = String(r.id)
    else if (r.id === undefined) id = `line-${lineNo}`
    else throw new RecordError('field "id" must be a non-empty string or an integer')
    const first = idLines.get(id)
    if (first !== undefined) throw new RecordError(`duplicate id "${id}" (first on line ${first})`)
    const source = optString(r, 'source') ?? ''
    const meta: ImportedMeta = {
      ...emptyMeta(),
      page: optString(r, 'page'),
      kicker: optString(r, 'kicker'),
      headline: optString(r, 'headline'),
      subheads: optStrings(r, 'subheads'),
      byline: optString(r, 'byline'),
      type: optEnum<ArticleType>(r, 'type', ARTICLE_TYPES),
      tags: optStrings(r, 'tags'),
      region: optString(r, 'region'),
      status: optEnum<PageStatus>(r, 'status', PAGE_STATUSES)
    }
    const table = utf16ToCodePointTable(text)
    const cpLength = table[text.length]

    if (r.bodyStart !== undefined && r.bodyStart !== 0) {
      if (!isInt(r.bodyStart) || r.bodyStart < 0 || r.bodyStart > cpLength)
        throw new RecordError(`field "bodyStart" must be an integer from 0 to ${cpLength}`)
      const b = utf16OfCodePoint(table, r.bodyStart) ?? 0
      const header = headerLinesOf(meta)
        .map((l) => l.text)
        .join('\n')
      const ok = header !== '' && (b === text.length ? text === header : text.slice(0, b) === header + '\n')
      if (!ok)
        throw new RecordError(
          `field "bodyStart" (${r.bodyStart}) does not fall right after the kicker/headline/subheads/byline lines at the start of "text"`
        )
      meta.bodyStart = b
    }
    if (r.headings !== undefined && r.headings !== null) {
      const lines = text.split('\n').length
      const minLine = meta.bodyStart > 0 ? headerLinesOf(meta).length : 0
      if (!Array.isArray(r.headings) || !r.headings.every((h) => isInt(h) && h >= minLine && h < lines))
        throw new RecordError(`field "headings" must list body line numbers from ${minLine} to ${lines - 1}`)
      meta.headings = [...(r.headings as number[])]
    }

    // Spans: `entities` (with text, checked against the slice) or doccano's `label`; both must agree.
    const cands: SpanCandidate[] = []
    const fromEntities = r.entities !== undefined && r.entities !== null
    const list: unknown = fromEntities ? r.entities : r.label
    if (list !== undefined && list !== null && !Array.isArray(list))
      throw new RecordError(`field "${fromEntities ? 'entities' : 'label'}" must be an array`)
    if (fromEntities && r.label !== undefined && r.label !== null) {
      const a = JSON.stringify((r.entities as unknown[]).map((e) => (isObject(e) ? [e.start, e.end, e.label] : e)))
      if (a !== JSON.stringify(r.label)) throw new RecordError('fields "label" and "entities" list different spans')
    }
    ;((list ?? []) as unknown[]).forEach((e, i) => {
      const name = `span ${i + 1}`
      const refuse = (reason: string) =>
        issues.push({ file, line: lineNo, severity: 'span', reason: `${name}: ${reason}` })
      let start: unknown, end: unknown, label: unknown, surface: unknown, origin: unknown
      if (fromEntities) {
        if (!isObject(e)) return refuse('not an object with start, end, label, text')
        ;({ start, end, label, text: surface, origin } = e)
      } else {
        if (!Array.isArray(e) || e.length !== 3) return refuse('not a [start, end, "LABEL"] triple')
        ;[start, end, label] = e
      }
      if (typeof label !== 'string' || label === '') return refuse('label must be a non-empty string')
      const desc = `${name} (${label} ${String(start)}–${String(end)})`
      if (!isInt(start) || !isInt(end))
        return refuse(`offsets ${String(start)}–${String(end)} must be integers (code points)`)
      if (end <= start) return refuse(`end ${end} <= start ${start}`)
      if (start < 0 || end > cpLength)
        return refuse(`offsets ${start}–${end} out of range: text has ${cpLength} code points`)
      const u0 = utf16OfCodePoint(table, start) as number
      const u1 = utf16OfCodePoint(table, end) as number
      if (fromEntities && surface !== undefined && surface !== text.slice(u0, u1))
        return refuse(
          `entity text ${JSON.stringify(surface)} does not match the text at ${start}–${end}: ${JSON.stringify(text.slice(u0, u1))}`
        )
      if (origin !== undefined && origin !== 'suggested')
        return refuse(`unknown origin ${JSON.stringify(origin)} (only "suggested")`)
      cands.push({
        start: u0,
        end: u1,
        label,
        status: origin === 'suggested' ? 'pending' : 'accepted',
        line: lineNo,
        name: desc
      })
    })
    const spans = acceptSpans(cands, options, file, issues)
    return { id, source, text, spans, meta, file, line: lineNo }
  }

  return {
    line(raw: string) {
      lineNo++
      let s = raw.endsWith('\r') ? raw.slice(0, -1) : raw
      if (lineNo === 1 && s.charCodeAt(0) === 0xfeff) s = s.slice(1)
      if (s.trim() === '') return
      try {
        const doc = parse(s)
        idLines.set(doc.id, lineNo)
        documents.push(doc)
      } catch (e) {
        if (!(e instanceof RecordError)) throw e
        issues.push({ file, line: lineNo, severity: 'record', reason: e.message })
      }
    },
    finish(): ImportResult {
      return { documents, issues }
    }
  }
}

/** Imports a whole JSONL file's content. */
export function importJsonl(content: string, options: ImportOptions = {}): ImportResult {
  const importer = createJsonlImporter(options)
  let from = 0
  while (from <= content.length) {
    const nl = content.indexOf('\n', from)
    const end = nl < 0 ? content.length : nl
    importer.line(content.slice(from, end))
    if (nl < 0) break
    from = nl + 1
  }
  return importer.finish()
}
