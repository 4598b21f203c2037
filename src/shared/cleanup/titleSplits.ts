// Spaces inside a title line. The OCR prints a whole title block on one line, so one space can be three things:
//   a phrase space inside one title (帮扶精准化 服务普惠化: parallel phrases of about equal length) — kept;
//   the seam between kicker and headline (量化目标任务 明确部门责任 江苏阜宁县总实施“六个100”行动) — a line break,
//     so the segmenter sees two title lines (roles anchor at line starts);
//   a headline that wrapped onto a second printed line (全国化学医药行业引领性 劳动竞赛推进会召开) — removed.
// Safe only on strong evidence: a group of parallel phrases beside a title of another length, a kicker cue
// (…提出), two units each too long to be one headline's phrases; for a wrap, the joined text standing unspaced
// elsewhere on the page or a dictionary word across the space. Otherwise both readings go to review.
import { isCjkPunctuation, isHan } from '../text/cjk'
import type { Lexicon } from './lexicon'
import type { PageLine, RawPage } from './rawPage'
import { isSpace } from './rawPage'
import type { Suggestion } from './suggestion'
import { makeSuggestion } from './suggestion'
import { boundaryGain, edgeCosts } from './wordCost'

/** A run of non-space text in a title line: UTF-16 offsets into the line, `len` in code points without quotes. */
interface Piece {
  start: number
  end: number
  len: number
}

/** Phrases of one title: lengths within this of each other (code points, quotes not counted). */
const PARALLEL_SLACK = 1
/** Longest phrase that still pairs with a parallel one. */
const PARALLEL_MAX = 8
/** A unit shorter than this is never split off. */
const UNIT_MIN = 4
/** Two single units each at least this long are kicker and headline, not one title's two phrases. */
const LONG_UNIT = 12
/** A title beside parallel phrases is at least this long, and this much longer than each phrase. */
const TITLE_UNIT_MIN = 8
const PHRASE_GAP = 3
/** Nats of segmentation gain that make a word across the space (推进 会 → 推进会). */
const WORD_GAIN = 2
/** A kicker that introduces the headline: reported speech or a lead-in mark. */
const KICKER_CUE = /(?:提出|表示|强调|指出|要求|透露|认为|——|—|：|:)$/u
/** A title phrase does not end in a bound modifier or start with a particle: the space is a wrap. */
const OPEN_END = /[性型式的和与及之等对在把被向从为]$/u
const OPEN_START = /^[的之和与及等了着过]/u
const QUOTES = /[“”‘’"'《》]/gu

/** What to do with the space between two title units, and how sure; `cue` when the first unit leads in (…提出). */
export interface TitleSpaceReading {
  action: 'split' | 'join'
  safe: boolean
  why: string
  cue?: boolean
}

/** Suggestions for the spaces of title lines (raw offsets): a line break between kicker and headline, or a join. */
export function splitTitleLines(page: RawPage, lexicon: Lexicon): Suggestion[] {
  const out: Suggestion[] = []
  let squeezed: string | null = null
  for (const line of page.lines) {
    if (line.kind !== 'title' || line.dateline) continue
    const units = titleUnits(line.text)
    if (units.length !== 2) continue
    const left = units[0]
    const right = units[1]
    const gapFrom = left[left.length - 1].end
    const gapTo = right[0].start
    squeezed ??= squeezeOthers(page)
    const found = readTitleSpace(line.text, left, right, lexicon, (s) => countIn(squeezed ?? '', s) > 0)
    if (!found) continue
    // A split is safe only where a title block stands (a title line, dateline or byline next to it): inside a
    // body the same line is a section heading, which a split would turn into a new article.
    const reading =
      found.safe && found.action === 'split' && !inTitleBlock(page, line) && !found.cue
        ? { ...found, safe: false }
        : found
    const first = line.text.slice(left[0].start, gapFrom)
    const second = line.text.slice(gapTo, right[right.length - 1].end)
    const seam = line.text.slice(left[left.length - 1].start, gapFrom).slice(-4) + second.slice(0, 4)
    const split = (rank: number | undefined, safe: boolean) =>
      makeSuggestion({
        kind: 'title-split',
        safe,
        confidence: safe ? 0.9 : reading.action === 'split' ? 0.6 : 0.4,
        explanation: `kicker and headline on one line: “${first}” above “${second}” (${reading.action === 'split' ? reading.why : 'or one title wrapped'})`,
        edits: [{ from: line.from + gapFrom, to: line.from + gapTo, insert: '\n' }],
        ...(rank ? { group: groupOf(line), rank } : {}),
        meta: { action: 'split' }
      })
    const join = (rank: number | undefined, safe: boolean) =>
      makeSuggestion({
        kind: 'title-split',
        safe,
        confidence: safe ? 0.9 : reading.action === 'join' ? 0.6 : 0.4,
        explanation: `one title wrapped onto two printed lines: “${seam}” (${reading.action === 'join' ? reading.why : 'or kicker and headline'})`,
        edits: [{ from: line.from + gapFrom, to: line.from + gapTo, insert: '' }],
        ...(rank ? { group: groupOf(line), rank } : {}),
        meta: { action: 'join' }
      })
    if (reading.safe) out.push(reading.action === 'split' ? split(undefined, true) : join(undefined, true))
    else if (reading.action === 'split') out.push(split(1, false), join(2, false))
    else out.push(join(1, false), split(2, false))
  }
  return out
}

/**
 * The units of a title line: runs of phrases split at spaces between Chinese text, phrases of about equal
 * length (parallel, at most 8 code points) grouped into one unit. Each unit is a list of pieces (offsets into `text`).
 */
export function titleUnits(text: string): Piece[][] {
  const pieces: Piece[] = []
  let i = 0
  while (i < text.length) {
    while (i < text.length && isSpace(text[i])) i++
    if (i >= text.length) break
    let j = i
    while (j < text.length && !isSpace(text[j])) j++
    const last = pieces.at(-1)
    // A space next to Latin letters or digits (5G 时代) is not a title seam: the piece goes on.
    if (last && !(cjkEdge(text[last.end - 1]) && cjkEdge(text[i]))) {
      last.end = j
      last.len = plainLength(text.slice(last.start, j))
    } else pieces.push({ start: i, end: j, len: plainLength(text.slice(i, j)) })
    i = j
  }
  const units: Piece[][] = []
  for (const p of pieces) {
    const unit = units.at(-1)
    const prev = unit?.[unit.length - 1]
    if (
      unit &&
      prev &&
      Math.abs(prev.len - p.len) <= PARALLEL_SLACK &&
      unit.every((q) => q.len <= PARALLEL_MAX) &&
      p.len <= PARALLEL_MAX
    )
      unit.push(p)
    else units.push([p])
  }
  return units
}

/**
 * How to read the space between title units `left` and `right` of `text`, or null when it should stay (a unit
 * too short to stand alone). `seenElsewhere(s)` tells whether `s` stands unspaced elsewhere on the page.
 */
export function readTitleSpace(
  text: string,
  left: readonly Piece[],
  right: readonly Piece[],
  lexicon: Lexicon,
  seenElsewhere: (s: string) => boolean
): TitleSpaceReading | null {
  const size = (u: readonly Piece[]) => u.reduce((n, p) => n + p.len, 0)
  if (size(left) < UNIT_MIN || size(right) < UNIT_MIN) return null
  const a = text.slice(left[0].start, left[left.length - 1].end)
  const b = text.slice(right[0].start, right[right.length - 1].end)
  const tail = [...a.replace(QUOTES, '')].slice(-2).join('')
  const head = [...b.replace(QUOTES, '')].slice(0, 2).join('')
  const echoed = seenElsewhere(tail + head)
  const gain = boundaryGain(edgeCosts(a, lexicon), edgeCosts(b, lexicon), lexicon)
  const joinEvidence = echoed
    ? `“${tail}${head}” stands unspaced in the text`
    : gain >= WORD_GAIN
      ? `a word runs across the space`
      : null
  const parallel = left.length > 1 || right.length > 1
  if (KICKER_CUE.test(a))
    return { action: 'split', safe: !joinEvidence, why: 'the first part introduces the second', cue: true }
  if (parallel) {
    // The single title must stand apart from the phrases: long, and clearly longer than each of them
    // (勇担当 善作为 争当排头兵 is three phrases of one title).
    const phrases = left.length > 1 ? left : right
    const single = left.length > 1 ? right : left
    const apart =
      single.length === 1 &&
      single[0].len >= TITLE_UNIT_MIN &&
      single[0].len >= Math.max(...phrases.map((p) => p.len)) + PHRASE_GAP
    return {
      action: 'split',
      safe: !joinEvidence && apart,
      why: left.length > 1 ? 'parallel phrases above a title' : 'a title above parallel phrases'
    }
  }
  if (joinEvidence) return { action: 'join', safe: true, why: joinEvidence }
  if (OPEN_END.test(a) || OPEN_START.test(b))
    return { action: 'join', safe: false, why: 'the first part does not end a phrase' }
  if (size(left) >= LONG_UNIT && size(right) >= LONG_UNIT)
    return { action: 'split', safe: true, why: 'both parts are full titles' }
  return { action: 'split', safe: false, why: 'two titles of different length' }
}

/** True when a title line, a dateline or a byline stands right before or after `line`: a title block. */
function inTitleBlock(page: RawPage, line: PageLine): boolean {
  const prev = page.lines[line.order - 1]
  const next = page.lines[line.order + 1]
  const titleish = (l: PageLine | undefined) => l !== undefined && (l.kind === 'title' || l.kind === 'heading')
  return titleish(prev) || titleish(next) || next?.dateline === true || next?.kind === 'byline'
}

/**
 * The space and quote classes without the u flag: BMP characters only, so matching by unit removes the
 * same characters, and non-unicode regular expressions run faster over a whole page.
 */
const SQUEEZED_SPACES = /[ \t\u3000\u00a0]+/g
const SQUEEZED_QUOTES = /[“”‘’"'《》]/g

/** The page's other lines with spaces removed, one per line, for the unspaced-echo test. */
function squeezeOthers(page: RawPage): string {
  return page.lines
    .filter((l) => l.kind !== 'title')
    .map((l) => l.text.replace(SQUEEZED_SPACES, '').replace(SQUEEZED_QUOTES, ''))
    .join('\n')
}

function countIn(haystack: string, needle: string): number {
  if (needle.length < 4) return 0
  let count = 0
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) count++
  return count
}

function groupOf(line: PageLine): string {
  return `title-space:${line.from}`
}

function cjkEdge(ch: string): boolean {
  return isHan(ch) || isCjkPunctuation(ch) || ch === '"' || ch === "'"
}

function plainLength(text: string): number {
  return [...text.replace(QUOTES, '')].length
}
