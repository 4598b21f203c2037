// Proposes how a clean page divides into articles and what role each line plays. Heuristics follow the
// Workers' Daily layout: [kicker] headline [subheads] [byline lines] [dateline+body | body] … with 小标题 headings,
// photo captions ending in a 摄 credit and 阅读提示 sidebar boxes. The result is a proposal the user edits.
// Title-like lines that are really body text stay body: printed lines of a shredded narrow column (columnPiece)
// and lone lines inside a body too long for a heading. Jump lines (（上接第1版）) start the continued text; the
// tail of an article that continues an earlier one becomes an untitled article (continuations.ts). Parts the OCR
// displaced are put back: a heading that ends its article is its main title, a byline with no body under it signs the
// piece above, and a title block inside the text of a dated piece without a title is that piece's title.
import type { ArticleMark, LineRole, PageLayout, RoleMark } from '../model/page'
import { articlesOf, type ArticleView } from './articleView'
import { detectArticleType } from './articleType'
import { splitContinuations } from './continuations'
import { lineFeatures, TITLE_MAX, type LineFeatures } from './lineKinds'
import { isBlank, splitLines, type Line } from './lines'
import { firstRawOffset, lastRawOffset, rawHeadingLevel, type SegmentHints } from './segmentHints'

/** Longest line (code points) taken as an in-article section heading (小标题) rather than a new headline. */
export const HEADING_MAX = 16

interface Draft {
  mark: ArticleMark
  phase: 'title' | 'byline' | 'body'
  closed: boolean
  sidebar: boolean
  hasByline: boolean
  bodyLines: number[]
  /** Row it starts at, and whether it opened with a title block. */
  first: number
  titled: boolean
}

interface Row {
  line: Line
  f: LineFeatures
  md: number
}

/**
 * Proposes a layout for `clean` (one paragraph per line; blank lines tolerated). `hints`, when given, lets raw
 * markdown headings (# …) force headlines. Every line that is not plain body text gets a RoleMark.
 */
export function segmentPage(clean: string, hints?: SegmentHints): PageLayout {
  const rows: Row[] = splitLines(clean)
    .filter((l) => !isBlank(l.text))
    .map((line) => ({ line, f: lineFeatures(line.text), md: hints ? rawHeadingLevel(hints, line.start, line.end) : 0 }))
  const drafts: Draft[] = []
  const roles = new Map<number, LineRole>()
  const setRole = (r: number, role: LineRole) => roles.set(rows[r].line.start, role)
  const open = (r: number, phase: Draft['phase']): Draft => {
    const d: Draft = {
      mark: { id: `a${drafts.length + 1}`, start: rows[r].line.start, type: 'news', tags: [], region: null },
      phase,
      closed: false,
      sidebar: false,
      hasByline: false,
      bodyLines: [],
      first: r,
      titled: phase === 'title'
    }
    drafts.push(d)
    return d
  }
  // Title rows: title-like lines; the line under a kicker ending in ——/： (even …来了); and a sentence-like line
  // sitting between title lines and a dateline or byline (a long subhead such as 半年共为企业增效1.67亿元，…).
  const titleRow: boolean[] = []
  for (let k = 0; k < rows.length; k++) {
    const f = rows[k].f
    const prev = k > 0 ? rows[k - 1].f : null
    const next = k + 1 < rows.length ? rows[k + 1].f : null
    const soft =
      !f.dateline &&
      !f.byline &&
      !f.captionCredit &&
      !f.sentenceOpener &&
      f.length <= TITLE_MAX &&
      !/[。；;]/u.test(rows[k].line.text)
    titleRow.push(
      (f.titleLike && !(k > 0 && !titleRow[k - 1] && columnPiece(rows, k))) ||
        rows[k].md > 0 ||
        (soft && prev !== null && prev.kickerCue && titleRow[k - 1]) ||
        (soft && k > 0 && titleRow[k - 1] && next !== null && (next.dateline || next.byline))
    )
  }
  const isTitleRow = (k: number) => titleRow[k]

  let r = 0
  while (r < rows.length) {
    const { f } = rows[r]
    let cur = drafts.at(-1)
    const awaitingBody = cur !== undefined && !cur.closed && cur.phase !== 'body'

    // A jump line is page furniture (articlesOf leaves it out): （上接第1版） opens the rest of an article from
    // another page, （下转第2版） ends the current one here.
    if (f.jump) {
      if (/上接|接第/u.test(rows[r].line.text)) open(r, 'body')
      else if (cur) cur.closed = true
      r++
      continue
    }

    if (f.dateline) {
      if (!awaitingBody || !cur) cur = open(r, 'body')
      setRole(r, 'byline')
      cur.phase = 'body'
      cur.hasByline = true
      cur.bodyLines.push(r)
      r++
      continue
    }

    if (f.byline) {
      // Whose signature a byline under body text is (signedHeading), null when it is not a signature.
      const signed = cur && !cur.closed && !f.creditOnly && !cur.sidebar && endsPiece(r) ? signedHeading(cur, r) : null
      if (awaitingBody && cur) {
        setRole(r, 'byline')
        cur.phase = 'byline'
        cur.hasByline = true
        if (f.creditOnly) closePhoto(cur)
      } else if (cur && !cur.closed && f.creditOnly && !cur.hasByline) {
        setRole(r, 'byline')
        closePhoto(cur)
      } else if (cur && !cur.closed && f.creditOnly && captionAbove(cur, r)) {
        // A credit under the last paragraph of an article that has its own byline: that paragraph is the caption
        // of a photo the OCR read after the article (1月19日，在安徽省淮北市… / 万善朝 摄（新华社发）).
        const caption = cur.bodyLines.pop() ?? r - 1
        cur = open(caption, 'body')
        cur.bodyLines.push(caption)
        cur.hasByline = true
        setRole(r, 'byline')
        closePhoto(cur)
      } else if (cur && signed !== null) {
        // A byline under body text with no body of its own (a title, a dateline or the page end follows): the
        // signature of the piece above. A short piece under a section heading of a longer article is an article
        // of its own (seeds/001: 公铁联手温暖学生回家路 / 近日，… / 本报记者杨明清 通讯员张鸿成 梁虹).
        if (signed >= 0) {
          const piece = open(signed, 'title')
          piece.bodyLines = cur.bodyLines.filter((k) => k > signed)
          cur.bodyLines = cur.bodyLines.filter((k) => k < signed)
          setRole(signed, 'headline')
          cur = piece
        }
        setRole(r, 'byline')
        cur.hasByline = true
        cur.closed = true
      } else {
        cur = open(r, 'byline')
        setRole(r, 'byline')
        cur.hasByline = true
        if (f.creditOnly) cur.closed = true
      }
      r++
      continue
    }

    if (isTitleRow(r)) {
      if (f.sidebarTitle) {
        cur = open(r, 'title')
        cur.sidebar = true
        setRole(r, 'headline')
        r++
        continue
      }
      let end = r + 1
      while (end < rows.length && end - r < 6 && isTitleRow(end) && !rows[end].f.sidebarTitle) {
        if (rows[end].md > 0 && rows.slice(r, end).some((x) => x.md > 0)) break
        end++
      }
      const next = end < rows.length ? rows[end].f : null
      const inBody = cur !== undefined && cur.phase === 'body' && !cur.closed && !cur.sidebar
      const heading =
        inBody &&
        end - r === 1 &&
        rows[r].md === 0 &&
        !f.kickerCue &&
        !f.banner &&
        f.length <= HEADING_MAX &&
        (next === null || (!next.dateline && !next.byline)) &&
        !photoAhead(rows, end)
      if (heading && cur) {
        setRole(r, 'heading')
        r++
        continue
      }
      // The same lone line but too long for a section heading: a piece of a paragraph (a shredded column line
      // such as 工的生活状况和需求，持续推出职工关注度), not the headline of a new article.
      const bodyPiece =
        inBody &&
        end - r === 1 &&
        rows[r].md === 0 &&
        !f.kickerCue &&
        !f.banner &&
        f.length > HEADING_MAX &&
        next !== null &&
        !next.dateline &&
        !next.byline &&
        !photoAhead(rows, end)
      if (!bodyPiece) {
        cur = open(r, 'title')
        assignTitleRoles(rows, r, end, setRole)
        r = end
        continue
      }
    }

    // A body paragraph.
    if (!cur || cur.closed || (cur.sidebar && cur.bodyLines.length > 0)) cur = open(r, 'body')
    cur.phase = 'body'
    cur.bodyLines.push(r)
    if (f.captionCredit) {
      if (!cur.hasByline) closePhoto(cur)
      else setRole(r, 'caption')
    }
    r++
  }

  /** True when byline row `r` (with the byline rows right after it) is followed by a title, a dateline or nothing. */
  function endsPiece(r: number): boolean {
    let k = r + 1
    while (k < rows.length && rows[k].f.byline && !rows[k].f.creditOnly) k++
    return k === rows.length || isTitleRow(k) || rows[k].f.dateline || rows[k].f.jump
  }

  /**
   * For a signature at row `r` under `d`'s text: the row of `d`'s last section heading when one to three paragraphs
   * run from it to the signature (a signed piece of its own); -1 when the signature is `d`'s own (`d` has no byline
   * yet); null when it is neither.
   */
  function signedHeading(d: Draft, r: number): number | null {
    let k = r - 1
    let paragraphs = 0
    while (k > 0 && d.bodyLines.includes(k)) {
      paragraphs++
      k--
    }
    if (paragraphs >= 1 && paragraphs <= 3 && roles.get(rows[k].line.start) === 'heading') return k
    return paragraphs >= 1 && !d.hasByline ? -1 : null
  }

  /** True when row `r - 1` is a plain paragraph closing `d`, after its dateline or byline and at least one more paragraph. */
  function captionAbove(d: Draft, r: number): boolean {
    const last = d.bodyLines.at(-1)
    if (last !== r - 1 || d.bodyLines.length < 2 || !d.hasByline || d.sidebar) return false
    const f = rows[last].f
    return !f.dateline && !roles.has(rows[last].line.start) && f.sentenceEnd && CAPTION_START.test(rows[last].line.text)
  }

  function closePhoto(d: Draft): void {
    for (const b of d.bodyLines) setRole(b, 'caption')
    d.closed = true
  }

  // A title block that interrupts a dated piece without a title is that piece's title (see titleInterrupts).
  const kept: Draft[] = []
  for (const d of drafts) if (!(kept.length && titleInterrupts(rows, kept[kept.length - 1], d, hints))) kept.push(d)
  const layout = splitContinuations(
    clean,
    {
      articles: kept.map((d) => d.mark),
      roles: [...roles.entries()].sort((a, b) => a[0] - b[0]).map(([at, role]): RoleMark => ({ at, role }))
    },
    hints
  )
  let views = articlesOf(clean, layout)
  if (promoteTrailingTitles(clean, layout, views)) views = articlesOf(clean, layout)
  layout.articles = layout.articles.map((m, i) => ({ ...m, type: detectArticleType(views[i]) }))
  return layout
}

/**
 * A section heading introduces the text under it, so one that ends its article (no paragraph after it, no jump
 * line) is a title the OCR read out of place, as it does with a main title set in its own block (点亮职工美好生活
 * after the last line of the 燕山石化 story). A line led by —— or holding a comma becomes a subhead; any other
 * becomes the headline, and the title lines above it become the kicker, as 引题 lines over a 主标题 are.
 */
function promoteTrailingTitles(clean: string, layout: PageLayout, views: readonly ArticleView[]): boolean {
  const roleAt = new Map(layout.roles.map((r) => [r.at, r.role]))
  let changed = false
  for (const view of views) {
    const last = view.paragraphs.at(-1)
    if (!last || last.role !== 'heading' || view.paragraphs.length < 2) continue
    if (clean.slice(last.end, view.range.end).trim() !== '') continue
    const at = clean.lastIndexOf('\n', last.start - 1) + 1
    if (roleAt.get(at) !== 'heading') continue
    changed = true
    if (subheadBelow('', last.text)) {
      roleAt.set(at, 'subhead')
      continue
    }
    for (const [k, role] of roleAt)
      if (k >= view.range.start && k < view.range.end && role === 'headline') roleAt.set(k, 'kicker')
    roleAt.set(at, 'headline')
  }
  if (changed)
    layout.roles = [...roleAt.entries()].sort((a, b) => a[0] - b[0]).map(([at, role]): RoleMark => ({ at, role }))
  return changed
}

/** A first clause of one or two characters, or punctuation first (思路，坚持因地制宜…): the line continues a sentence. */
const MID_SENTENCE_START =
  /^(?:(?!(?:今年|去年|明年|近日|日前|目前|同时|此外|另外|其中|为此|对此|因此|随后|此前|如今|当天|当日|近年|首先|其次|最后|然而|但是|不过|据悉|记者)[，,])[\p{Script=Han}]{1,2}[，、；：,;:]|[，。、；：）”,;:)])/u

/**
 * True when title draft `b` stands inside the text of `a`, a piece that opens with a dateline but has no title: the
 * OCR read the first lines of a column before the title printed over it (seeds/001: 本报（记者邢生祥）“要主动…职 /
 * 青海省委常委、省总工会主席苏宁提出 在新常态下推动工会工作创新发展 / 思路，坚持因地制宜…). `b` has no byline of its
 * own, follows `a`'s text directly, and the text runs through it: `a` breaks off mid-sentence and `b`'s text goes on
 * mid-sentence, or (once an editor has joined the two) `a` ends with text the OCR read below `b`'s title.
 */
function titleInterrupts(rows: readonly Row[], a: Draft, b: Draft, hints?: SegmentHints): boolean {
  if (a.titled || !a.hasByline || !b.titled || b.sidebar || b.hasByline) return false
  const lastA = a.bodyLines.at(-1)
  const firstB = b.bodyLines[0]
  if (lastA === undefined || firstB === undefined || !rows[a.bodyLines[0]].f.dateline || lastA + 1 !== b.first)
    return false
  const before = rows[lastA]
  const after = rows[firstB]
  if (!before.f.sentenceEnd && !after.f.sentenceOpener && MID_SENTENCE_START.test(after.line.text.trim())) return true
  if (!hints) return false
  const end = lastRawOffset(hints.prov, before.line.start, before.line.end)
  const title = firstRawOffset(hints.prov, rows[b.first].line.start, rows[b.first].line.end)
  return end !== null && title !== null && end > title
}

/** How a photo caption opens: with the day the picture was taken, or 图为. */
const CAPTION_START = /^\s*(?:\d{1,2}月\d{1,2}日|日前|近日|当日|当天|图为)/u

/** Longest line (code points) that may be one printed line of a narrow column. */
const COLUMN_LINE_MAX = 26
/** Shortest such line taken as a column piece (shorter title-like lines stay titles). */
const COLUMN_LINE_MIN = 12
/** Longest body text (a few narrow-column lines) whose open end a column piece may continue. */
const COLUMN_RUN_MAX = 72

/**
 * True when title-like row `k` is one printed line of a shredded narrow column (山石化公司工会开展“我为群众办实事”实践
 * under “娘家人”的温暖传递到职工的心里。这是燕): the body row above is a few column lines that stop mid-sentence,
 * the row is about one column line long, and no dateline, byline or photo credit follows it as a title block would.
 */
function columnPiece(rows: readonly Row[], k: number): boolean {
  const f = rows[k].f
  const prev = rows[k - 1].f
  if (rows[k].md > 0 || f.sidebarTitle || f.banner || f.kickerCue) return false
  if (f.length < COLUMN_LINE_MIN || f.length > COLUMN_LINE_MAX) return false
  if (prev.byline || prev.sentenceEnd || prev.kickerCue || prev.length > COLUMN_RUN_MAX) return false
  for (let j = k + 1; j < rows.length && j <= k + 3; j++) {
    const g = rows[j].f
    if (g.dateline || g.byline || g.creditOnly || g.captionCredit) return false
    if (!g.titleLike) break
  }
  return !photoAhead(rows, k + 1)
}

/** True when a photo credit ends one of the next few body lines, before any title or dateline: the title above is a photo title. */
function photoAhead(rows: readonly Row[], from: number): boolean {
  for (let k = from; k < rows.length && k < from + 4; k++) {
    const f = rows[k].f
    if (f.captionCredit || f.creditOnly) return true
    if (f.dateline || f.byline || f.titleLike || rows[k].md > 0) return false
  }
  return false
}

/** Gives the title block rows[from, to) its roles: kicker(s) above the headline, subheads below, banners as subheads. */
function assignTitleRoles(
  rows: readonly Row[],
  from: number,
  to: number,
  setRole: (r: number, role: LineRole) => void
): void {
  const core: number[] = []
  for (let k = from; k < to; k++) {
    if (rows[k].f.banner) setRole(k, 'subhead')
    else core.push(k)
  }
  if (core.length === 0) return
  let h: number
  const md = core.findIndex((k) => rows[k].md > 0)
  const lastCue = core.slice(0, -1).findLastIndex((k) => rows[k].f.kickerCue)
  if (md >= 0) h = md
  else if (lastCue >= 0) h = lastCue + 1
  else if (core.length === 1) h = 0
  else if (core.length === 2) h = subheadBelow(rows[core[0]].line.text, rows[core[1]].line.text) ? 0 : 1
  else h = 1
  core.forEach((k, i) => setRole(k, i < h ? 'kicker' : i === h ? 'headline' : 'subhead'))
}

/** Two title lines: true when the second reads as a subhead (a clause with a comma under a comma-free line, or led by ——). */
function subheadBelow(first: string, second: string): boolean {
  const b = second.trim()
  if (/^(?:——|—|－)/u.test(b)) return true
  return /[，,]/u.test(b) && !/[，,]/u.test(first)
}
