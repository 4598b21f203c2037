// The raw page as the rules see it: its non-blank lines with raw offsets, a rough kind for each, and the
// paragraph separators between them.
//
// Paragraph separators: the raw separates paragraphs by blank lines; the clean text has one paragraph per line.
// The FIRST line feed after a line is structural: joins, moves and drops delete it (and only it). The rest of the
// separator (blank lines) belongs to the blank-lines rule. So a rejected join still leaves one clean line break,
// and structural suggestions never conflict with blank-line removal.
import { isHan } from '../text/cjk'

/** Rough role of a raw line, enough for the cleanup rules (segmentation proper lives in shared/articles). */
export type RawLineKind = 'heading' | 'title' | 'byline' | 'body'

/** One non-blank raw line. All offsets are raw UTF-16 offsets. */
export interface PageLine {
  /** 0-based raw line number. */
  index: number
  /** Position among the page's non-blank lines. */
  order: number
  /** The line without its line feed: [start, end). */
  start: number
  end: number
  /** The line without leading/trailing whitespace: [from, to). */
  from: number
  to: number
  text: string
  kind: RawLineKind
  /** Starts with a dateline such as 本报讯, **本报讯**, 本报（, 本报广州6月23日电, 新华社…电. */
  dateline: boolean
  /** Number of line feeds between this line and the next non-blank line (0 for the last line). */
  newlinesAfter: number
}

/** The analysed raw page. */
export interface RawPage {
  raw: string
  lines: PageLine[]
  /** True when most paragraphs are separated by blank lines (then a single line feed is a wrap). */
  blankLineSeparated: boolean
}

const CLAUSE_PUNCT = /[，。；：？！,;:?!]/
const DATELINE = /^(?:\*\*)?(?:本报讯|本报[(（]|本报[\u4e00-\u9fff\d]{0,12}电|新华社[\u4e00-\u9fff\d]{0,12}电)/
const BYLINE_START = /^(?:[□■●]|本报(?:特约|实习|见习)?(?:记者|通讯员)|(?:特约)?记者[\u4e00-\u9fff]{2,4}[ \u3000])/

/** True for a space, tab, carriage return, no-break or ideographic space (the first UTF-16 unit of `ch`). */
export function isSpace(ch: string): boolean {
  return isSpaceCode(ch.charCodeAt(0))
}

/** isSpace of one UTF-16 unit (for scans that read codes, not strings). */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0d
}

/** Analyses the raw page into lines (see the file comment on separators). */
export function analyzeRawPage(raw: string): RawPage {
  const lines: PageLine[] = []
  let start = 0
  let index = 0
  while (start <= raw.length) {
    let end = raw.indexOf('\n', start)
    if (end < 0) end = raw.length
    let from = start
    let to = end
    while (from < to && isSpace(raw[from])) from++
    while (to > from && isSpace(raw[to - 1])) to--
    if (to > from) {
      const text = raw.slice(from, to)
      const dateline = DATELINE.test(text)
      const kind = lineKind(text)
      lines.push({
        index,
        order: lines.length,
        start,
        end,
        from,
        to,
        text,
        kind: dateline && kind === 'title' ? 'body' : kind,
        dateline,
        newlinesAfter: 0
      })
    }
    if (end === raw.length) break
    start = end + 1
    index++
  }
  markColumnFragments(lines)
  let blank = 0
  for (let i = 0; i + 1 < lines.length; i++) {
    lines[i].newlinesAfter = lines[i + 1].index - lines[i].index
    if (lines[i].newlinesAfter > 1) blank++
  }
  return { raw, lines, blankLineSeparated: blank * 2 >= lines.length - 1 }
}

/**
 * A punctuation-free line of narrow-column length right after a body line, next to a body line of about its
 * length and not followed by a dateline or byline, is a piece of a shredded column, not a title
 * (`山石化公司工会开展"我为群众办实事"实践`).
 */
function markColumnFragments(lines: PageLine[]): void {
  const len = (l: PageLine) => plainLength(l.text)
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i]
    if (line.kind !== 'title' || len(line) < 15 || len(line) > 24) continue
    const prev = lines[i - 1]
    const next = lines[i + 1]
    if (prev.kind !== 'body' || next.dateline || next.kind === 'byline') continue
    const similar = (l: PageLine) => l.kind === 'body' && Math.abs(len(l) - len(line)) <= 3
    if (similar(prev) || similar(next)) line.kind = 'body'
  }
}

/** Kind of one trimmed raw line. */
export function lineKind(text: string): RawLineKind {
  if (/^#{1,6}[ \t\u3000]/.test(text)) return 'heading'
  const plain = text.replace(/\*\*/g, '')
  if (BYLINE_START.test(plain) && codeUnitsOf(plain, isHan) <= 24 && !CLAUSE_PUNCT.test(plain)) return 'byline'
  if (!CLAUSE_PUNCT.test(plain) && !/[、(（“"]$/.test(plain) && plainLength(plain) <= 45) return 'title'
  return 'body'
}

/** Code points of `text` without whitespace. */
function plainLength(text: string): number {
  let n = 0
  for (const ch of text) if (!isSpace(ch)) n++
  return n
}

function codeUnitsOf(text: string, test: (ch: string) => boolean): number {
  let n = 0
  for (const ch of text) if (test(ch)) n++
  return n
}

/** True when at least `share` of the non-space characters of `text` are Han. */
export function isChineseText(text: string, share = 0.3): boolean {
  let han = 0
  let all = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || (c >= 0xdc00 && c <= 0xdfff)) continue
    all++
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xd840 && c <= 0xd8bf)
    )
      han++
  }
  return all > 0 && han >= share * all
}

/** The line feed a structural suggestion deletes to take `line` out of the flow: the one before it, else after. */
export function structuralNewline(page: RawPage, line: PageLine): number | null {
  if (line.order > 0) return page.lines[line.order - 1].end
  return line.order + 1 < page.lines.length ? line.end : null
}

/** The next line of kind body after `line`, skipping titles, or null. */
export function nextBodyLine(page: RawPage, line: PageLine): PageLine | null {
  for (let i = line.order + 1; i < page.lines.length; i++) if (page.lines[i].kind === 'body') return page.lines[i]
  return null
}

/** Raw offset of the line's first character that markup removal keeps (skips `#` marks and `**`). */
export function firstContentUnit(line: PageLine): number {
  const m = /^(?:#{1,6}[ \t\u3000]+|\*\*)*/.exec(line.text)
  const skip = m ? m[0].length : 0
  return line.from + (skip < line.text.length ? skip : 0)
}

/** Raw offset of the line's last character that markup removal keeps (skips a closing `**`). */
export function lastContentUnit(line: PageLine): number {
  let k = line.text.length
  while (k >= 2 && line.text.endsWith('**', k)) k -= 2
  return line.from + Math.max(0, k - 1)
}
