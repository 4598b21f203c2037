// Interleaved columns: one raw line that carries the text of two articles, e.g. raw 002 line 105, where the OCR
// merged two side-by-side columns line by line ("…明确全 区工会组织…,深 本报讯 (通讯员么大志 支咪咪)近日, 化产业…").
// Detected by a second dateline (本报讯, 本报…电) after a column-wrap space. The line is cut at its wrap spaces;
// pieces from the second dateline on alternate between the columns unless a word across the break says otherwise.
// The second column's text starts another article, so it goes before the first body line under that article's
// headline (a title block with no dateline of its own, on the same topic). Review; the alternative keeps it as a
// paragraph of its own right after the line.
import { bylineSpans } from './bylines'
import type { TextPiece } from './continuity'
import { topicSimilarity } from './bigramIndex'
import { continuityEvidence, textPiece } from './continuity'
import type { EngineContext } from './engine'
import type { PageLine, RawPage } from './rawPage'
import { firstContentUnit, isSpace, lastContentUnit } from './rawPage'
import type { RawRange, Suggestion } from './suggestion'
import { makeSuggestion } from './suggestion'
import { boundaryGain, edgeCosts } from './wordCost'

const DATELINE_MARK = /(?:\*\*)?(?:本报讯|本报[(（]|本报[\u4e00-\u9fff\d]{0,12}电|新华社[\u4e00-\u9fff\d]{0,12}电)/gu

/** Line-relative [start, end) of the pieces between column-wrap spaces (not byline spaces, not 本报讯 + space). */
function columnPieces(text: string): Array<[number, number]> {
  const spans = bylineSpans(text)
  const out: Array<[number, number]> = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text[i])) continue
    let j = i
    while (j < text.length && isSpace(text[j])) j++
    const inByline = spans.some((s) => i > s.start && j < s.end)
    const afterDateline = /(?:本报讯|电)(?:\*\*)?$/.test(text.slice(0, i)) && /^[(（]/.test(text.slice(j))
    if (!inByline && !afterDateline && i > start) {
      out.push([start, i])
      start = j
    }
    i = j - 1
  }
  if (start < text.length) out.push([start, text.length])
  return out
}

/**
 * Occurrences of 本报 and 新华社 in `text`, counted up to `enough`: every DATELINE_MARK match holds its own, so a
 * line with fewer than two has fewer than two marks (most lines: no regular expression run, no match arrays).
 */
function datelineWords(text: string, enough: number): number {
  let n = 0
  for (const word of ['本报', '新华社'])
    for (let at = text.indexOf(word); at >= 0 && n < enough; at = text.indexOf(word, at + word.length)) n++
  return n
}

/** The one interleaved line split: line-relative pieces of the second column, or null. */
export function secondColumn(text: string, ctx: EngineContext): Array<[number, number]> | null {
  if (datelineWords(text, 2) < 2) return null
  DATELINE_MARK.lastIndex = 0
  const marks = [...text.matchAll(DATELINE_MARK)].map((m) => m.index ?? 0)
  if (marks.length < 2) return null
  const second = marks.find((at) => at > 0 && isSpace(text[at - 1]))
  if (second === undefined) return null
  const pieces = columnPieces(text)
  const k = pieces.findIndex(([s]) => s === second)
  if (k <= 0) return null
  const edge = (a: number, b: number) => edgeCosts(text.slice(a, b), ctx.lexicon)
  let xEnd = pieces[k - 1]
  let yEnd = pieces[k]
  const y: Array<[number, number]> = [pieces[k]]
  let expectX = true
  for (const p of pieces.slice(k + 1)) {
    const gainX = boundaryGain(edge(xEnd[0], xEnd[1]), edge(p[0], p[1]), ctx.lexicon)
    const gainY = boundaryGain(edge(yEnd[0], yEnd[1]), edge(p[0], p[1]), ctx.lexicon)
    const toX = 0.5 * gainX + (expectX ? 2 : 0)
    const toY = 0.5 * gainY + (expectX ? 0 : 2)
    if (toY > toX) {
      y.push(p)
      yEnd = p
      expectX = true
    } else {
      xEnd = p
      expectX = false
    }
  }
  return y
}

/** Where the second column's text goes: the first body line under a same-topic title block without dateline. */
function findHome(
  page: RawPage,
  from: PageLine,
  piece: TextPiece,
  pieces: TextPiece[],
  ctx: EngineContext
): PageLine | null {
  let best: PageLine | null = null
  let bestScore = 2.5
  for (const line of page.lines) {
    if (line === from || line.kind !== 'body' || line.dateline || line.order === 0) continue
    let t = line.order - 1
    const titles: number[] = []
    while (t >= 0 && (page.lines[t].kind === 'title' || page.lines[t].kind === 'heading')) titles.push(t--)
    if (titles.length === 0) continue
    const titleTopic = Math.max(...titles.map((o) => topicSimilarity(piece.bigrams, pieces[o].bigrams)))
    const score = continuityEvidence(piece, pieces[line.order], ctx.lexicon, ctx.ngrams).total + 3 * titleTopic
    if (score > bestScore) {
      bestScore = score
      best = line
    }
  }
  return best
}

/** Raw offset of the line's last content character outside `ranges` (the first column's end). */
function lastKeptUnit(line: PageLine, ranges: RawRange[]): number {
  let at = lastContentUnit(line)
  while (at > line.from && (isSpace(line.text[at - line.from]) || ranges.some((r) => at >= r.from && at < r.to))) at--
  return at
}

/** Suggestions splitting interleaved lines (raw offsets); returns them and the lines that received text. */
export function splitInterleavedLines(
  page: RawPage,
  pieces: TextPiece[],
  ctx: EngineContext
): { suggestions: Suggestion[]; homes: Set<number> } {
  const suggestions: Suggestion[] = []
  const homes = new Set<number>()
  for (const line of page.lines) {
    if (line.kind !== 'body' || line.text.length < 20) continue
    const y = secondColumn(line.text, ctx)
    if (!y) continue
    const ranges: RawRange[] = y.map(([s, e]) => ({ from: line.from + s, to: line.from + e }))
    const yText = y.map(([s, e]) => line.text.slice(s, e)).join('')
    const home = findHome(page, line, textPiece(yText, ctx.lexicon), pieces, ctx)
    const group = `interleave-${line.from}`
    const shown = `"${yText.slice(0, 14)}…"`
    if (home) {
      homes.add(home.order)
      suggestions.push(
        makeSuggestion({
          kind: 'interleave',
          safe: false,
          confidence: 0.7,
          explanation: `line ${line.index + 1} mixes two columns: ${shown} starts another article; move it before "${home.text.slice(0, 8)}…" (line ${home.index + 1})`,
          edits: [],
          moves: [{ to: { before: firstContentUnit(home) }, pieces: ranges }],
          group,
          rank: 1,
          meta: { line: line.index + 1, homeLine: home.index + 1 }
        })
      )
    }
    suggestions.push(
      makeSuggestion({
        kind: 'interleave',
        safe: false,
        confidence: home ? 0.3 : 0.6,
        explanation: `line ${line.index + 1} mixes two columns: ${shown} starts another article; put it on a line of its own`,
        edits: [],
        moves: [{ to: { after: lastKeptUnit(line, ranges) }, pieces: [{ text: '\n' }, ...ranges] }],
        group,
        rank: home ? 2 : 1,
        meta: { line: line.index + 1 }
      })
    )
  }
  return { suggestions, homes }
}
