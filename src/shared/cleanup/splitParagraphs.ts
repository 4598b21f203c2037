// Paragraphs broken mid-sentence: a piece that ends inside a sentence and its continuation, either the next
// paragraph (joined by deleting the line break) or a line elsewhere on the page (moved after the first piece;
// the first piece stands where the paragraph starts). Review only. Each broken piece gets a group of ranked
// alternatives: the linked continuation first, then other free lines that could continue it.
import type { LineLink, PageLinks } from './lineLinks'
import { describeLink, LINK_THRESHOLD, linkChains } from './lineLinks'
import type { RawPage } from './rawPage'
import { SIDEBAR_TITLES } from '../articles/lineKinds'
import { firstContentUnit, lastContentUnit, structuralNewline } from './rawPage'
import type { RawEdit, Suggestion } from './suggestion'
import { makeSuggestion } from './suggestion'

/** Most alternatives offered after the linked continuation. */
const MAX_ALTERNATIVES = 2

/** Confidence (0..1) from a link score (points). */
export function linkConfidence(score: number): number {
  return Math.round(Math.min(0.95, Math.max(0.05, 1 - Math.exp(-(score - 1.5) / 2.5))) * 100) / 100
}

/** True when the chain's links all join a line to the very next one (no moves needed). */
export function isAdjacentChain(links: PageLinks, chain: number[]): boolean {
  return chain.slice(1).every((b) => links.prev.get(b)!.adjacency === 2)
}

/** Suggestions for chains of two lines and for chains of adjacent lines (raw offsets). */
export function joinSplitParagraphs(page: RawPage, links: PageLinks): Suggestion[] {
  const inChain = new Set<number>()
  const chains = linkChains(links)
  for (const c of chains) for (const o of c) inChain.add(o)
  const out: Suggestion[] = []
  for (const chain of chains) {
    if (chain.length > 2 && !isAdjacentChain(links, chain)) continue
    for (const b of chain.slice(1)) {
      const link = links.prev.get(b)!
      const group = `split-${page.lines[link.a].from}`
      const alternatives = (links.candidates.get(link.a) ?? [])
        .filter((c) => c.b !== b && !inChain.has(c.b) && c.score >= LINK_THRESHOLD && c.score >= link.score - 1.5)
        .slice(0, MAX_ALTERNATIVES)
      ;[link, ...alternatives].forEach((l, i) => out.push(joinSuggestion(page, links, l, group, i + 1)))
    }
  }
  return out
}

/** The suggestion joining line order l.b to the end of line order l.a. */
function joinSuggestion(page: RawPage, links: PageLinks, l: LineLink, group: string, rank: number): Suggestion {
  const a = page.lines[l.a]
  const b = page.lines[l.b]
  const description = describeLink(l, links.pieces[l.a], links.pieces[l.b])
  const meta = { score: Math.round(l.score * 100) / 100, continuationLine: b.index + 1 }
  if (l.adjacency === 2)
    return makeSuggestion({
      kind: 'split-paragraph',
      safe: false,
      confidence: linkConfidence(l.score),
      explanation: `paragraph broken mid-sentence: ${description}; join the two lines`,
      edits: [{ from: a.end, to: a.end + 1, insert: '' }],
      group,
      rank,
      meta
    })
  // The paragraph stands where its first piece is, unless the continuation opens a box: a box title such as 阅读提示
  // is printed over its text, so the first piece goes up under the title (seeds/002 lines 141–157). In a block of
  // shredded column lines the paragraph stands where its earlier line is, as column-order rebuilds it: there the
  // OCR put first lines below the middle lines they open.
  const underBox = b.order > 0 && SIDEBAR_TITLES.test(page.lines[b.order - 1].text.trim())
  const upToB = underBox || (l.column && b.order < a.order)
  const [moved, stays] = upToB ? [a, b] : [b, a]
  const edits: RawEdit[] = []
  const nl = structuralNewline(page, moved)
  if (nl !== null) edits.push({ from: nl, to: nl + 1, insert: '' })
  const direction = moved.order > stays.order ? 'up' : 'down'
  return makeSuggestion({
    kind: 'split-paragraph',
    safe: false,
    confidence: linkConfidence(rank === 1 ? l.score : l.score - 0.5),
    explanation: upToB
      ? `paragraph broken mid-sentence: ${description}; move line ${a.index + 1} ${direction} before line ${b.index + 1}${underBox ? ', under the box title' : ''}`
      : `paragraph broken mid-sentence: ${description}; move line ${b.index + 1} ${direction} to it`,
    edits,
    moves: [
      {
        to: upToB ? { before: firstContentUnit(b) } : { after: lastContentUnit(a) },
        pieces: [{ from: moved.from, to: moved.to }]
      }
    ],
    group,
    rank,
    meta
  })
}
