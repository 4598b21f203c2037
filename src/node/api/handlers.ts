// The API's implementation over a library store. One handler per contract method: a method without a
// handler, or a handler with the wrong types, is a compile error.
import type { z } from 'zod'
import type { ApiOutput, Contract } from '../../shared/api/contract'
import type { ApiMethod } from '../../shared/api/methods'
import { importBuffers, importPaths, type ImportReport } from '../import/import-files'
import type { JobHandle, JobRegistry } from '../jobs/job-registry'
import type { LibraryStore } from '../store/library-store'
import { ApiFailure } from './dispatch'

export type ApiHandlers = {
  [M in ApiMethod]: (input: z.output<Contract[M]['input']>) => Promise<ApiOutput<M>>
}

/** What differs between the Electron main process and the browser host. */
export interface Platform {
  transport: 'ipc' | 'http'
  /** Native file/folder picker; absent in the browser host (it uploads files instead). */
  chooseImportPaths?: (mode: 'files' | 'folder') => Promise<string[] | null>
}

export interface ApiContext {
  store: LibraryStore
  jobs: JobRegistry
  platform: Platform
}

function recordImport(job: JobHandle, report: ImportReport): string {
  for (const o of report.outcomes) if (o.status === 'failed') job.fail(o.source, o.reason)
  job.count('imported', report.imported)
  job.count('duplicates', report.duplicates)
  job.count('failed', report.failed)
  job.count('skipped', report.skipped)
  const parts = [`${report.imported} imported`]
  if (report.duplicates) parts.push(`${report.duplicates} already in the library`)
  if (report.failed) parts.push(`${report.failed} refused`)
  return parts.join(', ')
}

export function createHandlers({ store, jobs, platform }: ApiContext): ApiHandlers {
  return {
    async getLibraryInfo() {
      return {
        libraryId: store.libraryId,
        dir: store.dir,
        transport: platform.transport,
        nativeDialogs: platform.chooseImportPaths !== undefined,
        labels: store.labels,
        topics: store.settings.topics,
        notices: [...store.notices]
      }
    },
    async listPages() {
      return store.listPages()
    },
    async getPage({ id }) {
      return store.getPage(id)
    },
    async savePage({ id, baseRevision, cause, page }) {
      const saved = await store.savePage(id, baseRevision, (current) => ({ ...current, ...page }), cause)
      const entry = store.entry(id)
      if (!entry) throw new ApiFailure('not-found', `No page ${id}`)
      return { revision: saved.revision, updatedAt: saved.updatedAt, entry }
    },
    async importFiles({ files }) {
      const decoded = files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') }))
      const jobId = jobs.start('import', async (job) =>
        recordImport(job, await importBuffers(store, decoded, (p) => job.progress(p.done, p.total, p.current)))
      )
      return { jobId }
    },
    async importWithDialog({ mode }) {
      if (!platform.chooseImportPaths) throw new ApiFailure('unsupported', 'Native file dialogs are only available in the desktop app')
      const paths = await platform.chooseImportPaths(mode)
      if (!paths || paths.length === 0) return null
      const jobId = jobs.start('import', async (job) =>
        recordImport(job, await importPaths(store, paths, (p) => job.progress(p.done, p.total, p.current)))
      )
      return { jobId }
    },
    async getJob({ jobId }) {
      const job = jobs.get(jobId)
      if (!job) throw new ApiFailure('not-found', `No job ${jobId}`)
      return job
    },
    async listRevisions({ id }) {
      return store.revisions(id)
    },
    async restoreRevision({ id, revision }) {
      return store.restoreRevision(id, revision)
    },
    async updateLabels({ labels }) {
      const names = new Set(labels.map((l) => l.name))
      const keys = new Set(labels.map((l) => l.hotkey))
      if (names.size !== labels.length) throw new ApiFailure('invalid-input', 'Label names must be unique')
      if (keys.size !== labels.length) throw new ApiFailure('invalid-input', 'Label hotkeys must be unique')
      await store.updateLabels(labels)
      return store.labels
    },
    async updateSettings({ topics }) {
      await store.updateSettings({ ...store.settings, topics: [...new Set(topics)] })
      return { topics: store.settings.topics }
    }
  }
}
