// Shared fixtures for the cleanup tests: the real seed pages, the real jieba lexicon, and small appliers.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { applySuggestions } from '../../../src/shared/cleanup/apply'
import { runEngine } from '../../../src/shared/cleanup/engine'
import type { CharNgramStats } from '../../../src/shared/cleanup/ngrams'
import { countCharNgrams } from '../../../src/shared/cleanup/ngrams'
import type { Suggestion, SuggestionKind } from '../../../src/shared/cleanup/suggestion'
import { jiebaLexicon } from '../../../src/node/lexicon/jiebaLexicon'

const seedDir = join(import.meta.dirname, '../../../seeds')

/** Raw text of the seed page whose file name starts with `prefix` (e.g. '002'). */
export function seed(prefix: string): string {
  const file = readdirSync(seedDir).find((f) => f.startsWith(prefix))
  if (!file) throw new Error(`no seed page ${prefix}* in ${seedDir}`)
  return readFileSync(join(seedDir, file), 'utf8')
}

/** Raw line `n` (1-based, as in the gold notes) of a seed page. */
export function seedLine(prefix: string, n: number): string {
  return seed(prefix).split('\n')[n - 1]
}

let ngrams: CharNgramStats | null = null
/** Character statistics of all seed pages, standing in for a library. */
export function seedNgrams(): CharNgramStats {
  return (ngrams ??= countCharNgrams(
    readdirSync(seedDir).map((f) => readFileSync(join(seedDir, f), 'utf8').replace(/[ \t]+/g, ''))
  ))
}

/** Engine suggestions for `raw` with the real jieba lexicon. */
export function suggest(raw: string, withNgrams = false): Suggestion[] {
  return runEngine(raw, { lexicon: jiebaLexicon(), ngrams: withNgrams ? seedNgrams() : undefined })
}

/** Clean text after applying the suggestions of the given kinds (rank 1 only within groups). */
export function cleanWith(raw: string, kinds: readonly SuggestionKind[] | 'all', safeOnly = false): string {
  const chosen = suggest(raw).filter(
    (s) => (kinds === 'all' || kinds.includes(s.kind)) && (s.rank ?? 1) === 1 && (!safeOnly || s.safe)
  )
  return applySuggestions(raw, chosen).clean
}

/** The same text with markup-free comparisons in mind: whitespace removed. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '')
}
