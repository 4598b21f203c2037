// `auto`: applies the engine's safe suggestions to pages no person has edited by hand. Decisions a person
// made are never touched: decided suggestions are skipped, and so is anything a hand edit made stale.
import { decodeProvenance, encodeProvenance } from '../../shared/cleanup/provenance'
import { autoClean } from '../../shared/cleanup/state'
import type { PageFile } from '../../shared/model/page'
import type { LibraryStore } from '../store/library-store'
import { defaultEngine } from './default-engine'
import type { PoolJob } from './enginePool'
import { EnginePool } from './enginePool'
import type { AutoCleanOutcome } from './engineWorker'
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
export function autoCleanPage(
  page: PageFile,
  service: SuggestionService
): { page: PageFile; applied: Record<string, number> } | null {
  const prov = decodeProvenance(page.provenance, page.clean.length, page.raw.length)
  const result = autoClean(
    { clean: page.clean, prov },
    service.suggestionsFor(page),
    page.decisions,
    new Date().toISOString()
  )
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

/** Jobs from this many pages on run the engine on worker threads too (starting them takes a second or so). */
export const POOL_MIN_PAGES = 64
/** Saves in flight at once in a pooled job (a save waits mostly on the disk). */
const SAVES_IN_FLIGHT = 4

/**
 * Runs `auto` over the given pages (all when `ids` is empty), in order, yielding between pages. Big jobs with the
 * default engine use an engine pool (enginePool.ts; `options.pool` gives one, null turns it off): the next pages
 * are read ahead and cleaned on worker threads while this thread saves (a few saves at once), and a page no
 * worker has started yet is cleaned here, so the pool never makes a job slower. The pages come out the same.
 */
export async function autoCleanLibrary(
  store: LibraryStore,
  service: SuggestionService,
  ids: readonly string[],
  onProgress?: (done: number, total: number, current: string) => void,
  options: { pool?: EnginePool | null } = {}
): Promise<AutoReport> {
  const targets = ids.length ? ids : store.listPages().map((p) => p.id)
  const report: AutoReport = { pages: targets.length, changed: 0, skippedHumanEdited: 0, failed: [], applied: {} }
  const ownPool =
    options.pool === undefined && targets.length >= POOL_MIN_PAGES && service.engine === defaultEngine
      ? new EnginePool()
      : null
  const pool = options.pool ?? ownPool
  const ahead = pool ? 2 * pool.size + 1 : 0
  const reads = new Map<number, Promise<PageFile>>()
  const jobs = new Map<number, PoolJob<AutoCleanOutcome>>()
  const failures = new Map<number, string>()
  const saving = new Set<Promise<void>>()
  const readAhead = (j: number) => {
    if (j >= targets.length || reads.has(j)) return
    const read = store.getPage(targets[j])
    reads.set(j, read)
    // Registered before anyone awaits `read`, so the job exists by the time page j is handled.
    read.then(
      (page) => pool && !page.humanEdited && jobs.set(j, pool.autoClean(page)),
      () => {} // reported when page j is handled
    )
  }
  /** Cleans page i; resolves once its result is known, with the save still running (null: nothing to save). */
  const clean = async (i: number): Promise<{ save: Promise<void> } | null> => {
    const id = targets[i]
    const page = await reads.get(i)!
    if (page.humanEdited) {
      report.skippedHumanEdited++
      return null
    }
    const done = await workerOutcome(jobs.get(i), pool)
    const result = done ? (done.page ? { page: done.page, applied: done.applied } : null) : autoCleanPage(page, service)
    if (!result) {
      store.setPageCounts(id, { openSuggestions: done ? done.openSuggestions : service.openCount(page) })
      return null
    }
    // Wrapped: an async function returning the promise itself would wait for the save.
    const save = store
      .savePage(id, page.revision, () => result.page, 'auto')
      .then((saved) => {
        report.changed++
        for (const [k, n] of Object.entries(result.applied)) report.applied[k] = (report.applied[k] ?? 0) + n
        store.setPageCounts(id, { openSuggestions: done ? done.openSuggestions : service.openCount(saved) })
      })
    return { save }
  }
  try {
    for (let i = 0; i < targets.length; i++) {
      onProgress?.(i, targets.length, store.entry(targets[i])?.source ?? targets[i])
      for (let j = i; j <= i + ahead; j++) readAhead(j)
      try {
        const cleaned = await clean(i)
        if (cleaned) {
          const tracked: Promise<void> = cleaned.save.then(
            () => void saving.delete(tracked),
            (error: Error) => void (saving.delete(tracked), failures.set(i, error.message))
          )
          saving.add(tracked)
          while (saving.size >= (pool ? SAVES_IN_FLIGHT : 1)) await Promise.race(saving)
        }
      } catch (error) {
        failures.set(i, (error as Error).message)
      } finally {
        reads.delete(i)
        jobs.delete(i)
      }
      await new Promise((r) => setImmediate(r))
    }
    await Promise.all(saving)
  } finally {
    for (const job of jobs.values()) job.withdraw()
    await ownPool?.close()
  }
  for (const i of [...failures.keys()].sort((x, y) => x - y))
    report.failed.push({ page: targets[i], reason: failures.get(i)! })
  onProgress?.(targets.length, targets.length, '')
  return report
}

/**
 * A worker's outcome for a page, or null: no job, or taken back because no worker is ready yet (the pool is
 * starting), or the worker failed. The caller then cleans the page itself.
 */
async function workerOutcome(
  job: PoolJob<AutoCleanOutcome> | undefined,
  pool: EnginePool | null
): Promise<AutoCleanOutcome | null> {
  if (!job || (!pool?.ready && job.withdraw())) return null
  try {
    return await job.result
  } catch {
    return null // cleaned on this thread instead, which reports any error the page itself causes
  }
}
