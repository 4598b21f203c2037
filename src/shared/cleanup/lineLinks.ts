// Which raw line continues which: every line that ends mid-sentence (A) is scored against every line that may
// start mid-sentence (B) with continuity.ts plus position (B right after A), and the best pairs are linked
// greedily (each line at most one successor and one predecessor, no cycles). Split-paragraph and column-order
// turn the links into suggestions.
import { BigramIndex, topicSimilarity } from './bigramIndex'
import type { ContinuityEvidence, TextPiece } from './continuity'
import { continuityInto, emptyEvidence, textPiece } from './continuity'
import type { EngineContext } from './engine'
import type { Lexicon } from './lexicon'
import type { PageLine, RawPage } from './rawPage'
import { nextBodyLine } from './rawPage'
import { maxWeightMatching } from './assignment'
import { columnBlocks, FULL_END, FULL_START, fullWidthEdges } from './columnLayout'

/** Score (points) from which a pair is linked. */
export const LINK_THRESHOLD = 2.5
/** Score from which a pair is offered as a ranked alternative. */
export const ALTERNATIVE_THRESHOLD = 1.5
/** Score from which two leftover narrow column lines that are each other's best free partner are linked. */
export const COLUMN_THRESHOLD = 1.5
/** How much a column completion must beat the next-best free partner of either line by (else it is a guess). */
export const COLUMN_MARGIN = 0.25
/** Pair-specific evidence (continuity.ts `specific` plus the jump bonus) a link between distant lines needs. */
export const DISTANT_SPECIFIC = 0.8

/** Points for a line continuing a full-width sentence end with a full-width first printed line (not indented). */
export const FULL_START_POINTS = 0.5

/** Points off a pair whose B lies above A when A itself starts mid-sentence. */
export const BACKWARD_PENALTY = 0.5

/** True when a line starts inside a sentence: punctuation, a bound character or a one- or two-character clause first. */
function continuesSentence(piece: TextPiece): boolean {
  return piece.startShape >= 0 && (piece.startsInside > 0 || piece.startShape > 0 || piece.boundStart > 0)
}

/** One scored pair: line order `b` may continue line order `a`. */
export interface LineLink {
  a: number
  b: number
  score: number
  evidence: ContinuityEvidence
  /** 2: B is the next line; 1: only titles lie between; 0: elsewhere. */
  adjacency: number
  /** Bonus when A ends right before another article (title, dateline) and B starts right after a title: a column jump. */
  jump: number
  /** Both lines lie in one block of narrow column lines (columnLayout.ts). */
  column: boolean
}

/** Links of a page plus every candidate pair above the alternative threshold, per A (best first). */
export interface PageLinks {
  pieces: TextPiece[]
  /** Chosen successor of line order a. */
  next: Map<number, LineLink>
  /** Chosen predecessor of line order b. */
  prev: Map<number, LineLink>
  candidates: Map<number, LineLink[]>
}

/** Lines to leave out: `excluded` (e.g. dropped duplicates) and `reserved` (already continued, as B only). */
export interface LinkOptions {
  excluded: ReadonlySet<number>
  reserved: ReadonlySet<number>
}

/**
 * True when `line` belongs to a title block: a dateline or byline follows within two lines, short lines between.
 * A line that ends with clause punctuation or a function word (…平台和) is body text, however short.
 */
function inTitleBlock(page: RawPage, line: PageLine, piece: TextPiece): boolean {
  if (line.text.length > 50 || piece.open >= 2) return false
  for (let k = line.order + 1; k <= line.order + 2 && k < page.lines.length; k++) {
    const next = page.lines[k]
    if (next.dateline || next.kind === 'byline') return true
    if (next.kind === 'body' && next.text.length > 30) return false
  }
  return false
}

/** Ends with a photo credit or byline (… 摄, … 摄（新华社发）). */
function endsWithCredit(text: string): boolean {
  return /摄(?:[(（][^)）]{0,10}[)）])?$/.test(text)
}

/** Continuity features of every line of the page, by line order. */
export function linePieces(page: RawPage, lexicon: Lexicon): TextPiece[] {
  return page.lines.map((l) => textPiece(l.text, lexicon))
}

/** Scores all pairs and links the best (see the file comment). */
export function findLineLinks(page: RawPage, pieces: TextPiece[], ctx: EngineContext, options: LinkOptions): PageLinks {
  const { lexicon, ngrams } = ctx
  const usable = (l: PageLine) => (l.kind === 'body' || l.kind === 'title') && !options.excluded.has(l.order)
  const column = columnBlocks(page)
  const sameColumn = (a: number, b: number) => column[a] >= 0 && column[a] === column[b]
  const full = fullWidthEdges(page, column)
  // A line that ends a sentence at the full width of its column may go on (only into the next line, see below).
  const endsFull = (l: PageLine) => (full[l.order] & FULL_END) !== 0
  const as = page.lines.filter(
    (l) =>
      usable(l) &&
      (pieces[l.order].open > 0 || endsFull(l)) &&
      !inTitleBlock(page, l, pieces[l.order]) &&
      !endsWithCredit(pieces[l.order].text)
  )
  const bs = page.lines.filter(
    (l) => usable(l) && !l.dateline && !options.reserved.has(l.order) && !inTitleBlock(page, l, pieces[l.order])
  )
  const stay = new Float64Array(page.lines.length)
  for (const b of bs) {
    let p = b.order - 1
    while (p >= 0 && page.lines[p].kind !== 'body') p--
    const prevPiece = p >= 0 ? pieces[p] : null
    stay[b.order] = prevPiece && prevPiece.open === 0 ? topicSimilarity(prevPiece.bigrams, pieces[b.order].bigrams) : 0
  }
  const endsBlock = (l: PageLine | undefined) => !!l && (l.kind !== 'body' || l.dateline)
  const startsBlock = (l: PageLine | undefined) => !!l && l.kind !== 'body'
  // Links that may be taken: chooseLinks takes only those from LINK_THRESHOLD, completeColumns only those inside
  // one column block.
  const linkable: LineLink[] = []
  const columnLinks: LineLink[] = []
  const candidates = new Map<number, LineLink[]>()
  // Many pairs (shredded columns): topic similarity from an index, one pass per A instead of a merge per pair.
  const topics =
    as.length * bs.length > 8 * page.lines.length ? new BigramIndex(bs.map((b) => pieces[b.order].bigrams)) : null
  const shared = new Int32Array(bs.length)
  const scratch = emptyEvidence()
  for (const a of as) {
    const nextBody = nextBodyLine(page, a)
    const aBigrams = pieces[a.order].bigrams
    topics?.sharedCounts(aBigrams, shared)
    const list: LineLink[] = []
    for (let k = 0; k < bs.length; k++) {
      const b = bs[k]
      if (b === a) continue
      const adjacency = b.order === a.order + 1 ? 2 : b === nextBody ? 1 : 0
      const position = adjacency === 2 ? 1.5 : adjacency === 1 ? 1 : 0
      const priorPenalty = b.order === a.order + 1 ? 0 : 3 * stay[b.order]
      // A line that ends a sentence at the full width of a column block goes on into the very next line when that
      // one's first printed line is full width too (not indented: no paragraph start, opener or not).
      const closedA = pieces[a.order].open === 0
      if (closedA && !(adjacency === 2 && (full[b.order] & FULL_START) !== 0)) continue
      const layout = closedA ? FULL_START_POINTS + Math.max(0, -pieces[b.order].startShape) : 0
      const needed = ALTERNATIVE_THRESHOLD - position + priorPenalty - layout
      const similarity = topics?.similarity(aBigrams, k, shared)
      // Most pairs are rejected: score them in a reused object, copy the evidence of the kept ones.
      const evidence = continuityInto(scratch, pieces[a.order], pieces[b.order], lexicon, ngrams, needed, similarity)
      const strong = evidence.gain >= 4 || evidence.balance > 0
      if (a.kind === 'title' && !strong) continue
      if (b.kind === 'title' && !strong && evidence.start === 0 && evidence.shape < 1.5) continue
      const jump =
        adjacency === 0 && b.order > a.order
          ? (endsBlock(page.lines[a.order + 1]) ? 0.8 : 0) + (startsBlock(page.lines[b.order - 1]) ? 0.7 : 0)
          : 0
      // Text runs down the page: a line that itself continues a sentence rarely continues in a line above it
      // (paragraph starts that the OCR put below their text do; they start like paragraphs).
      const backward = b.order < a.order && continuesSentence(pieces[a.order]) ? BACKWARD_PENALTY : 0
      const score = evidence.total + position + jump + layout - priorPenalty - backward
      if (score < ALTERNATIVE_THRESHOLD) continue
      // A weak pair (distant, little pair-specific evidence) only serves completeColumns.
      const isWeak = adjacency === 0 && evidence.specific + jump < DISTANT_SPECIFIC
      const column = sameColumn(a.order, b.order)
      if (isWeak && !column) continue
      const link = { a: a.order, b: b.order, score, evidence: { ...evidence }, adjacency, jump, column }
      if (!isWeak) list.push(link)
      if (column) columnLinks.push(link)
    }
    list.sort((x, y) => y.score - x.score || Math.abs(x.b - x.a) - Math.abs(y.b - y.a))
    if (list.length) candidates.set(a.order, list)
    for (const link of list) if (link.score >= LINK_THRESHOLD) linkable.push(link)
  }
  const next = new Map<number, LineLink>()
  const prev = new Map<number, LineLink>()
  const headOf = (n: number): number => {
    let h = n
    while (prev.has(h)) h = prev.get(h)!.a
    return h
  }
  const take = (link: LineLink) => {
    if (next.has(link.a) || prev.has(link.b) || headOf(link.a) === link.b) return
    next.set(link.a, link)
    prev.set(link.b, link)
  }
  chooseLinks(linkable, page.lines.length, take)
  completeColumns(columnLinks, next, prev, take)
  return { pieces, next, prev, candidates }
}

/** Matching weight of a pair: its score above this (a pair at LINK_THRESHOLD still counts a little). */
const MATCH_BASE = LINK_THRESHOLD - 0.1
/** Largest group of competing lines matched exactly; a larger one (never seen on a page) is linked best first. */
const MATCH_LIMIT = 400

/**
 * Picks the links among `pairs` (line orders below `lineCount`): each line at most one successor and one
 * predecessor, no cycles. Pairs that compete for a line are weighed together, so a strong pair does not take the
 * one continuation a weaker line has (in a shredded column every line that ends mid-sentence needs one): each group
 * of competing pairs is solved by a maximum-weight matching of (score - MATCH_BASE), then the chosen pairs are
 * taken best score first, leaving out one that would close a cycle.
 */
function chooseLinks(pairs: LineLink[], lineCount: number, take: (link: LineLink) => void): void {
  // Groups: connected components of the graph whose nodes are "line as A" (2·order) and "line as B" (2·order + 1).
  const parent = Int32Array.from({ length: 2 * lineCount }, (_, i) => i)
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]]
    return x
  }
  for (const l of pairs) {
    const ra = find(2 * l.a)
    const rb = find(2 * l.b + 1)
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
  const groups = new Map<number, LineLink[]>()
  for (const l of pairs) {
    const g = find(2 * l.a)
    const list = groups.get(g)
    if (list) list.push(l)
    else groups.set(g, [l])
  }
  const chosen: LineLink[] = []
  for (const group of groups.values()) {
    const rows = [...new Set(group.map((l) => l.a))]
    const cols = [...new Set(group.map((l) => l.b))]
    if (group.length === 1 || Math.max(rows.length, cols.length) > MATCH_LIMIT) {
      chosen.push(...group)
      continue
    }
    const rowAt = new Map(rows.map((o, i) => [o, i]))
    const colAt = new Map(cols.map((o, i) => [o, i]))
    const weights = rows.map(() => new Float64Array(cols.length))
    const pairAt: LineLink[] = []
    for (const l of group) {
      const r = rowAt.get(l.a)!
      const c = colAt.get(l.b)!
      weights[r][c] = l.score - MATCH_BASE
      pairAt[r * cols.length + c] = l
    }
    maxWeightMatching(weights, cols.length).forEach((c, r) => {
      if (c >= 0) chosen.push(pairAt[r * cols.length + c])
    })
  }
  chosen.sort((x, y) => y.score - x.score || Math.abs(x.b - x.a) - Math.abs(y.b - y.a) || x.a - y.a || x.b - y.b)
  for (const link of chosen) take(link)
}

/**
 * Second pass for shredded columns: in a block of at least six consecutive narrow lines, every line that ends
 * mid-sentence needs a continuation. Leftover pairs in one block (`links`: all scored pairs inside a column block),
 * both still free, are linked when each is the other's best free partner, the score reaches COLUMN_THRESHOLD and
 * beats every other free partner of either line by COLUMN_MARGIN (elimination, not lexical evidence: between
 * near-equal scores it would be a guess, and a wrong rebuild moves whole paragraphs). Pairs are considered best
 * score first, then by a, then b.
 */
function completeColumns(
  links: LineLink[],
  next: Map<number, LineLink>,
  prev: Map<number, LineLink>,
  take: (link: LineLink) => void
): void {
  const inBlock = links
    .filter((link) => link.score >= COLUMN_THRESHOLD)
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
  for (let changed = inBlock.length > 0; changed;) {
    changed = false
    const bestForA = new Map<number, LineLink>()
    const bestForB = new Map<number, LineLink>()
    // The runner-up score of each line's free partners: a link must beat both lines' runners-up by COLUMN_MARGIN.
    const secondForA = new Map<number, number>()
    const secondForB = new Map<number, number>()
    for (const link of inBlock) {
      if (next.has(link.a) || prev.has(link.b)) continue
      if (!bestForA.has(link.a)) bestForA.set(link.a, link)
      else if (!secondForA.has(link.a)) secondForA.set(link.a, link.score)
      if (!bestForB.has(link.b)) bestForB.set(link.b, link)
      else if (!secondForB.has(link.b)) secondForB.set(link.b, link.score)
    }
    for (const [a, link] of bestForA) {
      if (bestForB.get(link.b) !== link || next.has(a) || prev.has(link.b)) continue
      const runnerUp = Math.max(secondForA.get(a) ?? -Infinity, secondForB.get(link.b) ?? -Infinity)
      if (link.score - runnerUp < COLUMN_MARGIN) continue
      const before = next.size
      take(link)
      changed ||= next.size > before
    }
  }
}

/** The chains of linked line orders (each at least two lines), in order of their heads. */
export function linkChains(links: PageLinks): number[][] {
  const chains: number[][] = []
  for (const head of [...links.next.keys()].sort((x, y) => x - y)) {
    if (links.prev.has(head)) continue
    const chain = [head]
    for (let n = links.next.get(head); n; n = links.next.get(n.b)) chain.push(n.b)
    chains.push(chain)
  }
  return chains
}

/** Short account of the evidence for a link, for an editor. */
export function describeLink(link: LineLink, a: TextPiece, b: TextPiece): string {
  const why: string[] = []
  if (link.evidence.gain >= 3) why.push('a word spans the break')
  if (link.evidence.start > 0) why.push('the next piece starts with punctuation')
  if (link.evidence.balance > 0) why.push('a quotation or bracket closes there')
  if (link.evidence.list > 0) why.push('the list goes on with an item of the same length')
  if (link.evidence.open >= 2 && !why.length) why.push(`"${a.text.slice(-1)}" cannot end a paragraph`)
  if (link.adjacency === 2 && !why.length) why.push('the next line continues it')
  if (link.evidence.topic >= 0.5) why.push('same topic')
  return `"…${a.text.slice(-8)}" continues with "${b.text.slice(0, 8)}…"${why.length ? ` (${why.join(', ')})` : ''}`
}
