// What the desktop app and the browser host share: open the library (importing the seed pages the first
// time), the job registry and the API handlers.
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { createHandlers, type ApiHandlers, type Platform } from './api/handlers'
import { importPaths } from './import/import-files'
import { JobRegistry } from './jobs/job-registry'
import { SuggestionService, type Engine } from './cleanup/suggestion-service'
import { defaultEngine } from './cleanup/default-engine'
import { TaggingService } from './tagging/tagging-service'
import { pageArticleCount } from './store/page-articles'
import { LibraryStore } from './store/library-store'

export interface AppSession {
  store: LibraryStore
  jobs: JobRegistry
  suggestions: SuggestionService
  /** The background job counting open suggestions of pages not analysed yet (null when none needed it). */
  analysisJob: string | null
  handlers: ApiHandlers
  close(): Promise<void>
}

/** The seeds/ folder shipped with the app (repository root in development, resources/ when packaged). */
export function findSeedsDir(candidates: string[] = [resolve(__dirname, '../../seeds'), resolve(__dirname, '../../../seeds'), resolve('seeds')]): string | null {
  return candidates.find((dir) => existsSync(join(dir, '.'))) ?? null
}

export async function openAppSession(options: {
  libraryDir: string
  platform: Platform
  purpose: string
  seedsDir?: string | null
  engine?: Engine
}): Promise<AppSession> {
  const store = await LibraryStore.open(options.libraryDir, { purpose: options.purpose })
  if (store.created && options.seedsDir) {
    const report = await importPaths(store, [options.seedsDir])
    for (const o of report.outcomes) {
      if (o.status === 'failed') store.notices.push(`Seed page ${o.source} was not imported: ${o.reason}`)
      if (o.status === 'imported') store.setPageCounts(o.id, { articles: pageArticleCount(await store.getPage(o.id)) })
    }
    await store.flush()
  }
  // Zips of earlier browser downloads: their links died with that run's token.
  await rm(join(store.dir, '.exports'), { recursive: true, force: true })
  const jobs = new JobRegistry()
  const suggestions = new SuggestionService(options.engine ?? defaultEngine)
  const tagging = new TaggingService(store)
  const analysis = { jobId: null as string | null }
  const handlers = createHandlers({ store, jobs, platform: options.platform, suggestions, tagging, analysis })
  analysis.jobId = startAnalysis(store, jobs, suggestions)
  return {
    store,
    jobs,
    suggestions,
    get analysisJob() {
      return analysis.jobId
    },
    handlers,
    async close() {
      await jobs.idle()
      await store.close()
    }
  }
}

/** Counts open suggestions of every page not analysed yet, one page at a time, so the page list can show them. */
function startAnalysis(store: LibraryStore, jobs: JobRegistry, suggestions: SuggestionService): string | null {
  const todo = store.listPages().filter((p) => p.openSuggestions === null).map((p) => p.id)
  if (todo.length === 0) return null
  return jobs.start('analyze', async (job) => {
    for (let i = 0; i < todo.length; i++) {
      job.progress(i, todo.length, store.entry(todo[i])?.source ?? '')
      if (store.entry(todo[i])?.openSuggestions === null) {
        try {
          store.setPageCounts(todo[i], { openSuggestions: suggestions.openCount(await store.getPage(todo[i])) })
        } catch (error) {
          job.fail(todo[i], (error as Error).message)
        }
      }
      await new Promise((r) => setTimeout(r, 0)) // let API calls in between: the analysis must not freeze the app
    }
    return `${todo.length} pages analysed`
  })
}
