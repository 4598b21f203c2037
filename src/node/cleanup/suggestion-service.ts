// Runs the cleanup engine for pages and keeps the results: suggestions depend only on the raw text (and the
// engine), so they are cached by the page's sha256 and computed again only when the engine changes.
import { decodeProvenance } from '../../shared/cleanup/provenance'
import type { Suggestion } from '../../shared/cleanup/suggestion'
import { computeStates, countOpen } from '../../shared/cleanup/state'
import type { PageFile } from '../../shared/model/page'

export type Engine = (raw: string) => Suggestion[]

const CACHE_SIZE = 64

export class SuggestionService {
  private readonly cache = new Map<string, Suggestion[]>()

  /** `engine` computes a page's suggestions (batch jobs use worker threads only when it is defaultEngine). */
  constructor(readonly engine: Engine) {}

  /** The engine's suggestions for a page (computed once per raw text). */
  suggestionsFor(page: Pick<PageFile, 'sha256' | 'raw'>): Suggestion[] {
    let list = this.cache.get(page.sha256)
    if (list) {
      this.cache.delete(page.sha256)
    } else {
      list = this.engine(page.raw)
    }
    this.cache.set(page.sha256, list)
    while (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string)
    return list
  }

  /** Open suggestions of a page in its current state (alternatives of one group count once). */
  openCount(page: PageFile): number {
    const prov = decodeProvenance(page.provenance, page.clean.length, page.raw.length)
    return countOpen(computeStates({ clean: page.clean, prov }, this.suggestionsFor(page), page.decisions))
  }
}
