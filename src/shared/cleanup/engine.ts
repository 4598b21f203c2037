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
  for (const d of duplicates) {
    if (d.meta?.wholeParagraph !== true) continue
    const piece = d.moves?.[0]?.pieces[0]
    const line = piece && 'from' in piece ? page.lines.find((l) => l.from === piece.from) : undefined
    if (line) dropped.add(line.order)
  }
  const interleaved = splitInterleavedLines(page, pieces, ctx)
  const links = findLineLinks(page, pieces, ctx, { excluded: dropped, reserved: interleaved.homes })
  const all: Suggestion[] = [
    ...removeMarkdownMarkers(page),
    ...collapseBlankLines(page),
    ...separatePhotoCredits(page),
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
  const kept = resolveConflicts(all)
  return kept.sort((a, b) => suggestionStart(a) - suggestionStart(b) || (a.group ?? '').localeCompare(b.group ?? '') || (a.rank ?? 1) - (b.rank ?? 1))
}
