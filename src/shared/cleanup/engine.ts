// Runs every cleanup rule over a raw page and returns one conflict-free list of suggestions (see conflicts.ts).
// Deterministic: same raw text and context give the same suggestions with the same ids.
import { narrowAlphanumerics } from './alnumWidth'
import { collapseBlankLines } from './blankLines'
import { reorderColumnLines } from './columnOrder'
import { resolveConflicts } from './conflicts'
import { dropDuplicates } from './duplicates'
import { splitInterleavedLines } from './interleave'
import type { Lexicon } from './lexicon'
import { joinWrappedLines } from './lineBreaks'
import { findLineLinks, linePieces } from './lineLinks'
import { removeMarkdownMarkers } from './markdown'
import type { CharNgramStats } from './ngrams'
import { fixConfusedCharacters } from './ocrChars'
import { separatePhotoCredits } from './photoCredit'
import { widenPunctuation } from './punctWidth'
import { curlQuotes } from './quotePairs'
import { analyzeRawPage } from './rawPage'
import { joinSplitParagraphs } from './splitParagraphs'
import type { Suggestion } from './suggestion'
import { suggestionStart } from './suggestion'
import { splitTitleLines } from './titleSplits'
import { removeWrapSpaces } from './wrapSpaces'

/** What the engine may consult besides the raw text. */
export interface EngineContext {
  lexicon: Lexicon
  /** Character n-gram counts from the library's clean pages, when available. */
  ngrams?: CharNgramStats
}

/** All suggestions for `raw` (raw UTF-16 offsets), conflict-free except alternatives within a group, in page order. */
export function runEngine(raw: string, ctx: EngineContext): Suggestion[] {
  const page = analyzeRawPage(raw)
  const pieces = linePieces(page, ctx.lexicon)
  const duplicates = dropDuplicates(page, pieces)
  const dropped = new Set<number>()
  const lineAt = new Map(page.lines.map((l) => [l.from, l.order]))
  for (const d of duplicates) {
    if (d.meta?.wholeParagraph !== true) continue
    const piece = d.moves?.[0]?.pieces[0]
    const order = piece && 'from' in piece ? lineAt.get(piece.from) : undefined
    if (order !== undefined) dropped.add(order)
  }
  const interleaved = splitInterleavedLines(page, pieces, ctx)
  const links = findLineLinks(page, pieces, ctx, { excluded: dropped, reserved: interleaved.homes })
  const all: Suggestion[] = [
    ...removeMarkdownMarkers(page),
    ...collapseBlankLines(page),
    ...separatePhotoCredits(page),
    ...splitTitleLines(page, ctx.lexicon),
    ...removeWrapSpaces(page),
    ...joinWrappedLines(page),
    ...widenPunctuation(page),
    ...curlQuotes(page),
    ...narrowAlphanumerics(page),
    ...duplicates,
    ...interleaved.suggestions,
    ...reorderColumnLines(page, links),
    ...joinSplitParagraphs(page, links),
    ...fixConfusedCharacters(page, ctx.lexicon, ctx.ngrams)
  ]
  return pageOrder(resolveConflicts(all))
}

/** Suggestions per sort key: start × INDEX_RANGE + input index stays an exact double up to 2^53. */
const INDEX_RANGE = 2 ** 21

/**
 * The suggestions sorted by start, group, rank and id, stable: what Array.prototype.sort with that comparator
 * gives. Most starts are distinct, so a native sort of numeric keys (start, then input index) does the bulk and
 * the comparator only orders the few runs of equal starts.
 */
function pageOrder(suggestions: Suggestion[]): Suggestion[] {
  // Sort keys read once (suggestions of different kinds have different shapes: slow property reads).
  const kept = suggestions.map((s) => ({ s, start: suggestionStart(s), group: s.group ?? '', rank: s.rank ?? 1 }))
  const compare = (a: (typeof kept)[number], b: (typeof kept)[number]) =>
    a.start - b.start || compareText(a.group, b.group) || a.rank - b.rank || compareText(a.s.id, b.s.id)
  const exact =
    kept.length < INDEX_RANGE && kept.every((k) => Number.isInteger(k.start) && k.start >= 0 && k.start < 2 ** 31)
  if (!exact) return kept.sort(compare).map((k) => k.s)
  const keys = new Float64Array(kept.length)
  for (let i = 0; i < kept.length; i++) keys[i] = kept[i].start * INDEX_RANGE + i
  keys.sort()
  const sorted = Array.from(keys, (key) => kept[key % INDEX_RANGE])
  for (let i = 0; i < sorted.length;) {
    let j = i + 1
    while (j < sorted.length && sorted[j].start === sorted[i].start) j++
    if (j - i > 1) {
      const run = sorted.slice(i, j).sort(compare)
      for (let k = i; k < j; k++) sorted[k] = run[k - i]
    }
    i = j
  }
  return sorted.map((k) => k.s)
}

/** Code-unit order of two strings (locale-free, so the order is the same everywhere). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
