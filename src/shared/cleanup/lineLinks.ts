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

/** Score (points) from which a pair is linked. */
export const LINK_THRESHOLD = 2.5
/** Score from which a pair is offered as a ranked alternative. */
export const ALTERNATIVE_THRESHOLD = 1.5
/** Score from which two leftover narrow column lines that are each other's best free partner are linked. */
export const COLUMN_THRESHOLD = 1.5
/** Pair-specific evidence (continuity.ts `specific` plus the jump bonus) a link between distant lines needs. */
export const DISTANT_SPECIFIC = 0.8

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

/** True when `line` belongs to a title block: a dateline or byline follows within two lines, short lines between. */
function inTitleBlock(page: RawPage, line: PageLine): boolean {
  if (line.text.length > 50) return false
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
  const as = page.lines.filter(
    (l) => usable(l) && pieces[l.order].open > 0 && !inTitleBlock(page, l) && !endsWithCredit(pieces[l.order].text)
  )
  const bs = page.lines.filter(
    (l) => usable(l) && !l.dateline && !options.reserved.has(l.order) && !inTitleBlock(page, l)
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
  const column = columnBlocks(page)
  const sameColumn = (a: number, b: number) => column[a] >= 0 && column[a] === column[b]
  // Links that may be taken: the greedy pass takes only those from LINK_THRESHOLD (sorting just those keeps their
  // order, the sort being stable), completeColumns only those inside one column block.
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
      const needed = ALTERNATIVE_THRESHOLD - position + priorPenalty
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
      const score = evidence.total + position + jump - priorPenalty
      if (score < ALTERNATIVE_THRESHOLD) continue
      // A weak pair (distant, little pair-specific evidence) only serves completeColumns.
      const isWeak = adjacency === 0 && evidence.specific + jump < DISTANT_SPECIFIC
      if (isWeak && !sameColumn(a.order, b.order)) continue
      const link = { a: a.order, b: b.order, score, evidence: { ...evidence }, adjacency, jump }
      if (!isWeak) list.push(link)
      if (sameColumn(a.order, b.order)) columnLinks.push(link)
    }
    list.sort((x, y) => y.score - x.score || Math.abs(x.b - x.a) - Math.abs(y.b - y.a))
    if (list.length) candidates.set(a.order, list)
    for (const link of list) if (link.score >= LINK_THRESHOLD) linkable.push(link)
  }
  linkable.sort((x, y) => y.score - x.score || Math.abs(x.b - x.a) - Math.abs(y.b - y.a) || x.a - y.a)
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
  for (const link of linkable) take(link)
  completeColumns(columnLinks, next, prev, take)
  return { pieces, next, prev, candidates }
}

/** A narrow column line: each of its wrap-separated pieces is 4–24 characters long, at most three pieces. */
function isNarrow(line: PageLine): boolean {
  // What `text.split(/[ \u3000]+/)` then a length check per part gives, without the array of parts.
  const text = line.text
  const isSeparator = (i: number) => text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000
  let i = 0
  for (let parts = 1; parts <= 3; parts++) {
    const start = i
    while (i < text.length && !isSeparator(i)) i++
    if (i - start < 4 || i - start > 24) return false
    if (i === text.length) return true
    while (i < text.length && isSeparator(i)) i++
  }
  return false
}

/**
 * Column blocks: runs of at least six consecutive narrow lines, each numbered by its first line; -1 for lines in
 * none. A pair must lie in one block for completeColumns.
 */
function columnBlocks(page: RawPage): Int32Array {
  const block = new Int32Array(page.lines.length).fill(-1)
  for (let i = 0; i < page.lines.length;) {
    let j = i
    while (j < page.lines.length && isNarrow(page.lines[j])) j++
    if (j - i >= 6) block.fill(i, i, j)
    i = j > i ? j : i + 1
  }
  return block
}

/**
 * Second pass for shredded columns: in a block of at least six consecutive narrow lines, every line that ends
 * mid-sentence needs a continuation. Leftover pairs in one block (`links`: all scored pairs inside a column block),
 * both still free, are linked when each is the other's best free partner and the score reaches COLUMN_THRESHOLD
 * (elimination, not lexical evidence). Pairs are considered best score first, then by a, then b.
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
    for (const link of inBlock) {
      if (next.has(link.a) || prev.has(link.b)) continue
      if (!bestForA.has(link.a)) bestForA.set(link.a, link)
      if (!bestForB.has(link.b)) bestForB.set(link.b, link)
    }
    for (const [a, link] of bestForA) {
      if (bestForB.get(link.b) !== link || next.has(a) || prev.has(link.b)) continue
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
  if (link.evidence.open >= 2 && !why.length) why.push(`"${a.text.slice(-1)}" cannot end a paragraph`)
  if (link.adjacency === 2 && !why.length) why.push('the next line continues it')
  if (link.evidence.topic >= 0.5) why.push('same topic')
  return `"…${a.text.slice(-8)}" continues with "${b.text.slice(0, 8)}…"${why.length ? ` (${why.join(', ')})` : ''}`
}
