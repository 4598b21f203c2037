// Reads brat standoff back (pairs of NAME.txt and NAME.ann, code-point offsets). Each .ann line is a record:
// a bad T line is refused with its line number and reason, the document and its other spans are kept.
import { utf16ToCodePointTable } from '../text/offsets'
import { BRAT_SUGGESTED_ATTRIBUTE } from '../export/brat'
import { emptyMeta, type ImportIssue, type ImportOptions, type ImportResult, type ImportedDocument } from './imported'
import { acceptSpans, utf16OfCodePoint, type SpanCandidate } from './spans'

/** One brat document: its name (file name without extension), the .txt content and the .ann content (null if missing). */
export interface BratFiles {
  name: string
  txt: string
  ann: string | null
}

const T_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/
const ATTR_LINE = /^([AM]\d+)\t(\S+) (T\d+)(?: (\S+))?$/

/**
 * Imports brat documents. The text is the .txt content without one final "\n" (brat exports end with one);
 * a span whose fragments are separated only by whitespace (a line break) becomes one span.
 */
export function importBrat(docs: readonly BratFiles[], options: ImportOptions = {}): ImportResult {
  const documents: ImportedDocument[] = []
  const issues: ImportIssue[] = []
  for (const doc of docs) {
    const docIssues: ImportIssue[] = []
    const file = `${doc.name}.ann`
    let text = doc.txt.charCodeAt(0) === 0xfeff ? doc.txt.slice(1) : doc.txt
    if (text.endsWith('\n')) text = text.slice(0, -1)
    const table = utf16ToCodePointTable(text)
    const cpLength = table[text.length]
    const cands = new Map<string, SpanCandidate>()
    const attrs: { line: number; id: string; name: string; target: string }[] = []
    if (doc.ann === null)
      docIssues.push({
        file,
        line: 0,
        severity: 'note',
        reason: `no ${doc.name}.ann beside ${doc.name}.txt: imported without annotations`
      })
    const lines = (doc.ann ?? '').split('\n')
    lines.forEach((raw, i) => {
      const lineNo = i + 1
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
      if (line.trim() === '') return
      const refuse = (reason: string) => docIssues.push({ file, line: lineNo, severity: 'span', reason })
      const kind = line[0]
      if (kind === 'T') {
        const m = T_LINE.exec(line)
        if (!m)
          return refuse(
            `malformed text-bound annotation (expected "T1<TAB>LABEL start end<TAB>text"): ${JSON.stringify(line.slice(0, 60))}`
          )
        const [, id, label, offsets, surface] = m
        if (cands.has(id)) return refuse(`${id} is defined twice`)
        const frags = offsets.split(';').map((f) => f.split(' ').map(Number) as [number, number])
        for (const [s, e] of frags) {
          if (e <= s) return refuse(`${id}: end ${e} <= start ${s}`)
          if (e > cpLength)
            return refuse(`${id}: offsets ${s}–${e} out of range: ${doc.name}.txt has ${cpLength} code points`)
        }
        const units = frags.map(([s, e]) => [
          utf16OfCodePoint(table, s) as number,
          utf16OfCodePoint(table, e) as number
        ])
        const pieces = units.map(([s, e]) => text.slice(s, e))
        for (let k = 1; k < units.length; k++) {
          const gap = text.slice(units[k - 1][1], units[k][0])
          if (units[k][0] < units[k - 1][1] || /\S/.test(gap))
            return refuse(
              `${id}: discontinuous span (${offsets}) is not supported; only fragments split at a line break are joined`
            )
        }
        if (pieces.join(' ') !== surface)
          return refuse(
            `${id}: text ${JSON.stringify(surface)} does not match ${doc.name}.txt at ${offsets}: ${JSON.stringify(pieces.join(' '))}`
          )
        cands.set(id, {
          start: units[0][0],
          end: units[units.length - 1][1],
          label,
          status: 'accepted',
          line: lineNo,
          name: `${id} (${label} ${offsets})`
        })
      } else if (kind === 'A' || kind === 'M') {
        const m = ATTR_LINE.exec(line)
        if (!m) return refuse(`malformed attribute line: ${JSON.stringify(line.slice(0, 60))}`)
        attrs.push({ line: lineNo, id: m[1], name: m[2], target: m[3] })
      } else if (kind === '#') {
        docIssues.push({ file, line: lineNo, severity: 'note', reason: 'annotator note ignored' })
      } else if ('RENE*'.includes(kind)) {
        docIssues.push({
          file,
          line: lineNo,
          severity: 'note',
          reason: `${kind === 'R' || kind === '*' ? 'relation' : kind === 'E' ? 'event' : 'normalization'} not imported (only entities are)`
        })
      } else refuse(`unrecognised line: ${JSON.stringify(line.slice(0, 60))}`)
    })
    for (const a of attrs) {
      const target = cands.get(a.target)
      if (a.name !== BRAT_SUGGESTED_ATTRIBUTE)
        docIssues.push({ file, line: a.line, severity: 'note', reason: `${a.id}: attribute ${a.name} ignored` })
      else if (!target)
        docIssues.push({
          file,
          line: a.line,
          severity: 'span',
          reason: `${a.id}: ${a.target} is not a text-bound annotation in this file`
        })
      else target.status = 'pending'
    }
    const spans = acceptSpans([...cands.values()], options, file, docIssues)
    issues.push(...docIssues.sort((a, b) => a.line - b.line)) // stable: same-line issues keep their order
    documents.push({ id: doc.name, source: `${doc.name}.txt`, text, spans, meta: emptyMeta(), file, line: 0 })
  }
  return { documents, issues }
}
