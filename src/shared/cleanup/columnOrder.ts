// Shredded columns: narrow column lines printed out of order (the OCR put the middle lines of each paragraph
// first and the first and last lines elsewhere). Lines are chained by sentence continuity (lineLinks.ts: a line
// that ends inside a word continues in the line whose start completes it); each chain that needs lines moved
// becomes one suggestion rebuilding that paragraph at the place of its earliest line, so the paragraphs keep the
// raw order of their middle lines. Review only.
import type { PageLinks } from './lineLinks'
import { linkChains } from './lineLinks'
import type { RawPage } from './rawPage'
import { firstContentUnit, lastContentUnit, structuralNewline } from './rawPage'
import { isAdjacentChain, linkConfidence } from './splitParagraphs'
import type { RawEdit, RawMove, Suggestion } from './suggestion'
import { makeSuggestion } from './suggestion'

/** Suggestions rebuilding paragraphs from chains of three or more lines that are not simply consecutive. */
export function reorderColumnLines(page: RawPage, links: PageLinks): Suggestion[] {
  const out: Suggestion[] = []
  for (const chain of linkChains(links)) {
    if (chain.length < 3 || isAdjacentChain(links, chain)) continue
    const home = Math.min(...chain)
    const at = chain.indexOf(home)
    const range = (o: number) => ({ from: page.lines[o].from, to: page.lines[o].to })
    const moves: RawMove[] = []
    if (at > 0)
      moves.push({ to: { before: firstContentUnit(page.lines[home]) }, pieces: chain.slice(0, at).map(range) })
    if (at < chain.length - 1)
      moves.push({ to: { after: lastContentUnit(page.lines[home]) }, pieces: chain.slice(at + 1).map(range) })
    const newlines = new Set<number>()
    for (const o of chain) {
      if (o === home) continue
      const nl = structuralNewline(page, page.lines[o])
      if (nl !== null) newlines.add(nl)
    }
    const edits: RawEdit[] = [...newlines].sort((x, y) => x - y).map((nl) => ({ from: nl, to: nl + 1, insert: '' }))
    const scores = chain.slice(1).map((b) => links.prev.get(b)!.score)
    const first = links.pieces[chain[0]].text
    const last = links.pieces[chain[chain.length - 1]].text
    out.push(
      makeSuggestion({
        kind: 'column-order',
        safe: false,
        confidence: linkConfidence(Math.min(...scores)),
        explanation: `column lines out of order: rebuild one paragraph from raw lines ${chain
          .map((o) => page.lines[o].index + 1)
          .join(', ')} ("${first.slice(0, 8)}…${last.slice(-8)}")`,
        edits,
        moves,
        meta: {
          lines: chain.map((o) => page.lines[o].index + 1).join(','),
          weakestLink: Math.round(Math.min(...scores) * 100) / 100
        }
      })
    )
  }
  return out
}
