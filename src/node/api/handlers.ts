// The API's implementation over a library store. One handler per contract method: a method without a
// handler, or a handler with the wrong types, is a compile error.
import type { z } from 'zod'
import type { ApiOutput, Contract } from '../../shared/api/contract'
import type { ApiMethod } from '../../shared/api/methods'
import { importBuffers, importPaths, type ImportReport } from '../import/import-files'
import type { JobHandle, JobRegistry } from '../jobs/job-registry'
import { join } from 'node:path'
import type { LibraryStore } from '../store/library-store'
import { applyToDoc } from '../../shared/cleanup/apply'
import { decodeProvenance, encodeProvenance } from '../../shared/cleanup/provenance'
import { computeStates, countOpen } from '../../shared/cleanup/state'
import type { Decision } from '../../shared/model/page'
import { autoCleanLibrary } from '../cleanup/auto-clean'
import type { SuggestionService } from '../cleanup/suggestion-service'
import { findInLibrary, replaceInLibrary } from '../search/library-replace'
import type { TaggingService } from '../tagging/tagging-service'
import { pageArticleCount } from '../store/page-articles'
import type { ExportResult } from '../../shared/api/contract'
import { exportLibrary, exportLibraryZip, type LibraryExportProgress } from '../export/library-export'
import type { ExportSummary } from '../export/export-corpus'
import { ApiFailure } from './dispatch'

export type ApiHandlers = {
  [M in ApiMethod]: (input: z.output<Contract[M]['input']>) => Promise<ApiOutput<M>>
}

/** What differs between the Electron main process and the browser host. */
export interface Platform {
  transport: 'ipc' | 'http'
  /** Native file/folder picker; absent in the browser host (it uploads files instead). */
  chooseImportPaths?: (mode: 'files' | 'folder') => Promise<string[] | null>
  /** Native folder picker for exports; absent in the browser host (it downloads a zip instead). */
  chooseExportDir?: () => Promise<string | null>
  /** Shows a folder in the system file manager. */
  openFolder?: (dir: string) => Promise<void>
}

export interface ApiContext {
  store: LibraryStore
  jobs: JobRegistry
  platform: Platform
  suggestions: SuggestionService
  tagging: TaggingService
  /** The startup analysis job (open-suggestion counts), if one runs. */
  analysis?: { jobId: string | null }
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

function exportResult(summary: ExportSummary & { pageWarnings?: string[] }, outDir: string | null, download: string | null): ExportResult {
  return {
    outDir,
    download,
    files: summary.files,
    bytes: summary.bytes,
    counts: { ...summary.manifest.counts },
    warnings: [...(summary.pageWarnings ?? []), ...summary.warnings].slice(0, 50)
  }
}

function reportExport(job: JobHandle) {
  return (p: LibraryExportProgress) => {
    job.progress(p.pages, p.totalPages, `${p.articles} articles`)
    job.count('articles', p.articles)
  }
}

export function createHandlers({ store, jobs, platform, suggestions, tagging, analysis }: ApiContext): ApiHandlers {
  return {
    async getLibraryInfo() {
      return {
        libraryId: store.libraryId,
        dir: store.dir,
        transport: platform.transport,
        nativeDialogs: platform.chooseImportPaths !== undefined,
        labels: store.labels,
        topics: store.settings.topics,
        notices: [...store.notices],
        analysisJob: analysis?.jobId ?? null
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
      store.setPageCounts(id, { openSuggestions: suggestions.openCount(saved), articles: pageArticleCount(saved) })
      if (cause === 'tag') tagging.learn(saved)
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
    async getSuggestions({ id }) {
      const page = await store.getPage(id)
      const list = suggestions.suggestionsFor(page)
      const open = suggestions.openCount(page)
      store.setPageCounts(id, { openSuggestions: open })
      return { suggestions: list, open }
    },
    async decideSuggestions({ id, baseRevision, accept, reject }) {
      const page = await store.getPage(id)
      const all = suggestions.suggestionsFor(page)
      const byId = new Map(all.map((s) => [s.id, s]))
      for (const sid of [...accept, ...reject]) if (!byId.has(sid)) throw new ApiFailure('not-found', `Page ${id} has no suggestion ${sid}`)
      const prov = decodeProvenance(page.provenance, page.clean.length, page.raw.length)
      const views = new Map(computeStates({ clean: page.clean, prov }, all, page.decisions).map((v) => [v.suggestion.id, v]))
      const notOpen = accept.filter((sid) => views.get(sid)?.state !== 'open')
      if (notOpen.length) throw new ApiFailure('conflict', `Suggestion ${notOpen[0]} is ${views.get(notOpen[0])?.state} on page ${id}, not open`)
      const result = applyToDoc({ clean: page.clean, prov }, accept.map((sid) => byId.get(sid)!))
      const at = new Date().toISOString()
      const decisions: Record<string, Decision> = { ...page.decisions }
      for (const s of result.applied) decisions[s.id] = { action: 'accepted', at, by: 'human' }
      for (const sid of reject) decisions[sid] = { action: 'rejected', at, by: 'human' }
      const saved = await store.savePage(
        id,
        baseRevision,
        (p) => ({ ...p, clean: result.doc.clean, provenance: encodeProvenance(result.doc.prov), decisions }),
        accept.length ? 'accept' : 'reject'
      )
      const open = countOpen(computeStates({ clean: saved.clean, prov: result.doc.prov }, all, saved.decisions))
      store.setPageCounts(id, { openSuggestions: open })
      return { revision: saved.revision, accepted: result.applied.length, rejected: reject.length, open }
    },
    async runAuto({ ids }) {
      for (const id of ids) if (!store.entry(id)) throw new ApiFailure('not-found', `No page ${id}`)
      const jobId = jobs.start('auto', async (job) => {
        const report = await autoCleanLibrary(store, suggestions, ids, (d, t, c) => job.progress(d, t, c))
        for (const f of report.failed) job.fail(f.page, f.reason)
        job.count('changed', report.changed)
        job.count('skipped', report.skippedHumanEdited)
        for (const [k, n] of Object.entries(report.applied)) job.count(k, n)
        job.result(report)
        return `${report.changed} of ${report.pages} pages cleaned automatically` + (report.skippedHumanEdited ? `; ${report.skippedHumanEdited} edited by hand were left alone` : '')
      })
      return { jobId }
    },
    async findInLibrary({ query, replacement }) {
      try {
        return await findInLibrary(store, query, replacement)
      } catch (error) {
        throw new ApiFailure('invalid-input', (error as Error).message)
      }
    },
    async replaceInLibrary({ query, replacement, pageIds }) {
      for (const id of pageIds) if (!store.entry(id)) throw new ApiFailure('not-found', `No page ${id}`)
      const jobId = jobs.start('replace', async (job) => {
        const done = await replaceInLibrary(store, query, replacement, pageIds, (d, t, c) => job.progress(d, t, c))
        job.count('replaced', done.replaced)
        job.count('pages', done.pages.length)
        job.result(done.pages)
        return `${done.replaced} replacements in ${done.pages.length} pages`
      })
      return { jobId }
    },
    async undoLibraryReplace({ pages }) {
      const failed: Array<{ file: string; reason: string }> = []
      let restored = 0
      for (const { id, revision } of pages) {
        try {
          await store.restoreRevision(id, revision)
          restored++
        } catch (error) {
          failed.push({ file: store.entry(id)?.source ?? id, reason: (error as Error).message })
        }
      }
      return { restored, failed }
    },
    async proposeEntities({ clean, layout, existing }) {
      return { entities: await tagging.propose(clean, layout, existing) }
    },
    async findOccurrencesInLibrary({ text, label }) {
      if (!store.labels.some((l) => l.name === label)) throw new ApiFailure('invalid-input', `No label ${label} in this library`)
      return tagging.occurrences(text, label)
    },
    async tagOccurrencesInLibrary({ text, label, pageIds }) {
      if (!store.labels.some((l) => l.name === label)) throw new ApiFailure('invalid-input', `No label ${label} in this library`)
      for (const id of pageIds) if (!store.entry(id)) throw new ApiFailure('not-found', `No page ${id}`)
      const jobId = jobs.start('tag', async (job) => {
        const n = await tagging.tagEverywhere(text, label, pageIds, (d, t) => job.progress(d, t))
        job.count('tagged', n)
        return `${n} occurrences of ${text} tagged ${label}`
      })
      return { jobId }
    },
    async exportWithDialog({ filters }) {
      if (!platform.chooseExportDir) throw new ApiFailure('unsupported', 'Exporting to a folder needs the desktop app; the browser downloads a zip (exportZip)')
      const parent = await platform.chooseExportDir()
      if (!parent) return null
      const outDir = join(parent, `jiaodui-export-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`)
      const jobId = jobs.start('export', async (job) => {
        const summary = await exportLibrary(store, filters, outDir, reportExport(job))
        job.result(exportResult(summary, outDir, null))
        return `Exported ${summary.manifest.counts.articles} articles from ${summary.manifest.counts.pages} pages to ${outDir}`
      })
      return { jobId }
    },
    async exportZip({ filters }) {
      const name = `export-${Date.now().toString(36)}`
      const jobId = jobs.start('export', async (job) => {
        const summary = await exportLibraryZip(store, filters, name, reportExport(job))
        job.result(exportResult(summary, null, `${name}.zip`))
        return `Exported ${summary.manifest.counts.articles} articles from ${summary.manifest.counts.pages} pages (zip, ${Math.round(summary.zipBytes / 1024)} KB)`
      })
      return { jobId }
    },
    async revealExport({ jobId }) {
      const job = jobs.get(jobId)
      const result = job?.result as ExportResult | undefined
      if (!job || job.kind !== 'export' || job.state !== 'done' || !result?.outDir) throw new ApiFailure('not-found', `No finished folder export ${jobId}`)
      if (!platform.openFolder) return { opened: false }
      await platform.openFolder(result.outDir)
      return { opened: true }
    },
    async updateSettings({ topics }) {
      await store.updateSettings({ ...store.settings, topics: [...new Set(topics)] })
      return { topics: store.settings.topics }
    }
  }
}
