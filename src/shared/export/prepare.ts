// Turns an ExportArticle into what every format writes: the exported text (body, or header + body), spans
// in both UTF-16 and code-point offsets, sorted and filtered. Formats never look at ExportArticle spans directly.
import { utf16ToCodePointTable } from '../text/offsets'
import { HEADER_ROLES, isBodyRole, type ExportArticle, type ExportLine } from './article'
import type { ExportFilters } from './options'

/** A span of the exported text: UTF-16 (`start`, `end`) and code-point (`cpStart`, `cpEnd`) offsets, end exclusive. */
export interface PreparedSpan {
  start: number
  end: number
  cpStart: number
  cpEnd: number
  label: string
  /** A pending suggestion (only present with includeSuggested). */
  suggested: boolean
  /** The covered text. */
  text: string
}

export interface PreparedArticle {
  article: ExportArticle
  kicker: string | null
  headline: string | null
  subheads: string[]
  byline: string | null
  /** Non-empty header lines in print order (kicker, headline, subheads, byline), whatever includeHeadlines says. */
  header: ExportLine[]
  /** Non-empty body lines (body, heading, caption) in page order. */
  body: ExportLine[]
  /** The annotated text: body lines, preceded by the header lines with includeHeadlines, joined by "\n". */
  text: string
  /** Length of `text` in code points. */
  cpLength: number
  /** Code-point offset in `text` where the body starts (0 without header lines in `text`). */
  bodyStartCp: number
  /** Indices of `text` lines (split at "\n") that are section headings. */
  headings: number[]
  /** Sorted by start, end, label; suggestions after accepted spans with the same range. */
  spans: PreparedSpan[]
}

/** What preparing an article dropped, for the summary and the manifest. */
export interface PrepareStats {
  /** Spans on header lines while headlines are not part of the text. */
  notInText: number
  /** Spans that were invalid (out of range, empty) or crossed lines that are not exported together. */
  invalid: number
  /** Exact duplicates (same range and label). */
  duplicates: number
}

const FILE_SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i

/** Throws RangeError unless `name` can be a file name on every platform we ship to. */
export function checkFileSafeId(name: string, what: string): void {
  if (!FILE_SAFE.test(name) || RESERVED.test(name) || name.endsWith('.'))
    throw new RangeError(
      `${what} "${name}" is not file-name safe: use 1–128 letters, digits, ".", "_" or "-", starting with a letter or digit`
    )
}

/**
 * Prepares `article` for the formats. `warn` receives one message per dropped span (invalid or crossing
 * lines); spans outside the exported text are only counted. Throws RangeError for unsafe ids or lines with "\n".
 */
export function prepareArticle(
  article: ExportArticle,
  filters: Pick<ExportFilters, 'labels' | 'includeHeadlines' | 'includeSuggested'>,
  stats: PrepareStats,
  warn: (message: string) => void
): PreparedArticle {
  checkFileSafeId(article.id, 'Article id')
  checkFileSafeId(article.page, 'Page id')
  if (article.id.toLowerCase() === 'corpus') throw new RangeError('Article id "corpus" is reserved for txt/corpus.txt')
  // Input line starts (UTF-16, in the joined input), and which lines are exported where.
  const n = article.lines.length
  const inStart = new Array<number>(n)
  let pos = 0
  for (let i = 0; i < n; i++) {
    const t = article.lines[i].text
    if (t.includes('\n')) throw new RangeError(`Article ${article.id}: line ${i} contains "\\n"; split it into lines`)
    inStart[i] = pos
    pos += t.length + 1
  }
  const inLength = Math.max(0, pos - 1)
  const headerIdx: number[] = []
  for (const role of HEADER_ROLES)
    for (let i = 0; i < n; i++) if (article.lines[i].role === role && article.lines[i].text !== '') headerIdx.push(i)
  const bodyIdx: number[] = []
  for (let i = 0; i < n; i++) if (isBodyRole(article.lines[i].role) && article.lines[i].text !== '') bodyIdx.push(i)
  const textIdx = filters.includeHeadlines ? [...headerIdx, ...bodyIdx] : bodyIdx
  const outStart = new Array<number>(n).fill(-1)
  const parts: string[] = []
  let out = 0
  for (const i of textIdx) {
    outStart[i] = out
    parts.push(article.lines[i].text)
    out += article.lines[i].text.length + 1
  }
  const text = parts.join('\n')
  const lineOf = (p: number) => {
    // Last line starting at or before p; p is inside it or at its end.
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (inStart[mid] <= p) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  const labels = filters.labels === null ? null : new Set(filters.labels)
  const kept: { start: number; end: number; label: string; suggested: boolean }[] = []
  for (const e of article.entities) {
    const status: string = e.status
    if (status !== 'accepted' && status !== 'pending') {
      stats.invalid++ // e.g. a rejected span passed by mistake: never export it as accepted
      warn(`Article ${article.id}: span ${e.label} ${e.start}–${e.end} has status "${status}"; skipped`)
      continue
    }
    if (status === 'pending' && !filters.includeSuggested) continue
    if (labels !== null && !labels.has(e.label)) continue
    if (
      !Number.isInteger(e.start) ||
      !Number.isInteger(e.end) ||
      e.start < 0 ||
      e.end <= e.start ||
      e.end > inLength ||
      !/^\S+$/.test(e.label)
    ) {
      stats.invalid++
      warn(`Article ${article.id}: span ${e.label} ${e.start}–${e.end} is invalid (text length ${inLength}); skipped`)
      continue
    }
    const a = lineOf(e.start)
    const b = lineOf(e.end - 1)
    if (outStart[a] < 0 || outStart[b] < 0) {
      if (
        outStart[a] < 0 &&
        outStart[b] < 0 &&
        !isBodyRole(article.lines[a].role) &&
        !isBodyRole(article.lines[b].role)
      )
        stats.notInText++
      else {
        stats.invalid++
        warn(`Article ${article.id}: span ${e.label} ${e.start}–${e.end} is partly outside the exported text; skipped`)
      }
      continue
    }
    const start = outStart[a] + (e.start - inStart[a])
    const end = outStart[b] + (e.end - inStart[b])
    if (end - start !== e.end - e.start) {
      stats.invalid++
      warn(
        `Article ${article.id}: span ${e.label} ${e.start}–${e.end} crosses lines that are not exported together; skipped`
      )
      continue
    }
    kept.push({ start, end, label: e.label, suggested: e.status === 'pending' })
  }
  kept.sort(
    (x, y) =>
      x.start - y.start ||
      x.end - y.end ||
      (x.label < y.label ? -1 : x.label > y.label ? 1 : 0) ||
      Number(x.suggested) - Number(y.suggested)
  )

  const table = utf16ToCodePointTable(text)
  const splitsPair = (u: number) =>
    u > 0 && u < text.length && (text.charCodeAt(u) & 0xfc00) === 0xdc00 && (text.charCodeAt(u - 1) & 0xfc00) === 0xd800
  const spans: PreparedSpan[] = []
  for (const k of kept) {
    if (splitsPair(k.start) || splitsPair(k.end)) {
      stats.invalid++ // half a character has no code-point offset
      warn(
        `Article ${article.id}: span ${k.label} starts or ends inside a character outside the BMP (e.g. 𠮷); skipped`
      )
      continue
    }
    if (text.slice(k.start, k.end).trim() === '') {
      stats.invalid++ // nothing to tag: brat and CoNLL could not even write it
      warn(`Article ${article.id}: span ${k.label} covers only whitespace; skipped`)
      continue
    }
    const prev = spans[spans.length - 1]
    if (prev && prev.start === k.start && prev.end === k.end && prev.label === k.label) {
      stats.duplicates++ // the accepted copy sorts first and wins
      continue
    }
    spans.push({
      start: k.start,
      end: k.end,
      cpStart: table[k.start],
      cpEnd: table[k.end],
      label: k.label,
      suggested: k.suggested,
      text: text.slice(k.start, k.end)
    }) // no spread: V8 deopts it here (10× slower)
  }

  const headings: number[] = []
  textIdx.forEach((i, lineNo) => {
    if (article.lines[i].role === 'heading') headings.push(lineNo)
  })
  const joinRole = (role: string) => {
    const ls = headerIdx.filter((i) => article.lines[i].role === role).map((i) => article.lines[i].text)
    return ls.length ? ls.join('\n') : null
  }
  return {
    article,
    kicker: joinRole('kicker'),
    headline: joinRole('headline'),
    subheads: headerIdx.filter((i) => article.lines[i].role === 'subhead').map((i) => article.lines[i].text),
    byline: joinRole('byline'),
    header: headerIdx.map((i) => article.lines[i]),
    body: bodyIdx.map((i) => article.lines[i]),
    text,
    cpLength: table[text.length],
    bodyStartCp: !filters.includeHeadlines ? 0 : bodyIdx.length > 0 ? table[outStart[bodyIdx[0]]] : table[text.length],
    headings,
    spans
  }
}
