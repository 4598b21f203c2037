// `auto`: applies the engine's safe suggestions to pages no person has edited by hand. Decisions a person
// made are never touched: decided suggestions are skipped, and so is anything a hand edit made stale.
import { decodeProvenance, encodeProvenance } from '../../shared/cleanup/provenance'
import { autoClean } from '../../shared/cleanup/state'
import type { PageFile } from '../../shared/model/page'
import type { LibraryStore } from '../store/library-store'
import type { SuggestionService } from './suggestion-service'

export interface AutoReport {
  pages: number
  changed: number
  skippedHumanEdited: number
  failed: Array<{ page: string; reason: string }>
  /** Suggestions applied, by kind. */
  applied: Record<string, number>
}

/** The page after applying its safe, undecided, still applicable suggestions (null when there are none). */
export function autoCleanPage(page: PageFile, service: SuggestionService): { page: PageFile; applied: Record<string, number> } | null {
  const prov = decodeProvenance(page.provenance, page.clean.length, page.raw.length)
  const result = autoClean({ clean: page.clean, prov }, service.suggestionsFor(page), page.decisions, new Date().toISOString())
  if (Object.keys(result.decisions).length === 0) return null
  const applied: Record<string, number> = {}
  for (const [kind, n] of Object.entries(result.counts)) applied[kind] = n ?? 0
  return {
    page: {
      ...page,
      clean: result.doc.clean,
      provenance: encodeProvenance(result.doc.prov),
      decisions: { ...page.decisions, ...result.decisions },
      status: page.status === 'raw' ? 'auto-cleaned' : page.status
    },
    applied
  }
}

/** Runs `auto` over the given pages (all when `ids` is empty), one page at a time, yielding between pages. */
export async function autoCleanLibrary(
  store: LibraryStore,
  service: SuggestionService,
  ids: readonly string[],
  onProgress?: (done: number, total: number, current: string) => void
): Promise<AutoReport> {
  const targets = ids.length ? ids : store.listPages().map((p) => p.id)
  const report: AutoReport = { pages: targets.length, changed: 0, skippedHumanEdited: 0, failed: [], applied: {} }
  for (let i = 0; i < targets.length; i++) {
    const id = targets[i]
    onProgress?.(i, targets.length, store.entry(id)?.source ?? id)
    try {
      const page = await store.getPage(id)
      if (page.humanEdited) {
        report.skippedHumanEdited++
        continue
      }
      const result = autoCleanPage(page, service)
      if (result) {
        const saved = await store.savePage(id, page.revision, () => result.page, 'auto')
        report.changed++
        for (const [k, n] of Object.entries(result.applied)) report.applied[k] = (report.applied[k] ?? 0) + n
        store.setPageCounts(id, { openSuggestions: service.openCount(saved) })
      } else store.setPageCounts(id, { openSuggestions: service.openCount(page) })
    } catch (error) {
      report.failed.push({ page: id, reason: (error as Error).message })
    }
    await new Promise((r) => setImmediate(r))
  }
  onProgress?.(targets.length, targets.length, '')
  return report
}
