// Exports a library: its pages in index order (filtered by status and selection before they are read),
// as articles for the format writers, into a folder or a zip.
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { pageExportArticles } from '../../shared/export/from-page'
import type { ExportArticle } from '../../shared/export/article'
import type { ExportFilters } from '../../shared/export/options'
import type { PageFile } from '../../shared/model/page'
import type { LibraryStore } from '../store/library-store'
import { exportCorpus, type ExportSummary } from './export-corpus'
import { exportCorpusZip } from './zip'

export const TOOL_VERSION = '0.1.0'

export interface LibraryExportProgress {
  pages: number
  totalPages: number
  articles: number
}

/** Pages read ahead of the one being exported. */
const READ_AHEAD = 4

/** The selected pages' articles, in page order (a few pages are read ahead). */
export async function* libraryArticles(
  store: LibraryStore,
  filters: Pick<ExportFilters, 'statuses' | 'pageIds'>,
  onPage?: (done: number, total: number) => void,
  warnings?: string[]
): AsyncIterable<ExportArticle> {
  const wanted = filters.pageIds ? new Set(filters.pageIds) : null
  const entries = store.listPages().filter((p) => (!wanted || wanted.has(p.id)) && (!filters.statuses || filters.statuses.includes(p.status)))
  // The next pages are read while this one is segmented and written (the profile showed the export idle, waiting
  // for each page in turn). A read takes several trips through the event loop (open, stat, read, close), which
  // only advance while this loop waits, so several are kept in flight. A read that fails surfaces when its page
  // comes up, as before (the early catch only keeps the rejection from counting as unhandled if the export stops
  // first).
  const ahead: Promise<PageFile>[] = []
  let requested = 0
  for (let i = 0; i < entries.length; i++) {
    onPage?.(i, entries.length)
    for (; requested < Math.min(i + 1 + READ_AHEAD, entries.length); requested++) {
      const read = store.getPage(entries[requested].id)
      read.catch(() => undefined)
      ahead.push(read)
    }
    const page = await (ahead.shift() as Promise<PageFile>)
    const { articles, unplaced } = pageExportArticles(page, i)
    if (unplaced && warnings) warnings.push(`${page.source}: ${unplaced} entity spans cross a line or article boundary and were not exported`)
    yield* articles
  }
  onPage?.(entries.length, entries.length)
}

function nodeOptions(store: LibraryStore, filters: ExportFilters) {
  return { ...filters, labelSet: store.labels, libraryId: store.libraryId, toolVersion: TOOL_VERSION }
}

/** Exports into `outDir` (new or empty); written atomically, with manifest.json. */
export async function exportLibrary(store: LibraryStore, filters: ExportFilters, outDir: string, onProgress?: (p: LibraryExportProgress) => void): Promise<ExportSummary & { pageWarnings: string[] }> {
  const pageWarnings: string[] = []
  let pages = 0
  let totalPages = 0
  let articles = 0
  const summary = await exportCorpus(
    libraryArticles(store, filters, (d, t) => ((pages = d), (totalPages = t), onProgress?.({ pages, totalPages, articles })), pageWarnings),
    nodeOptions(store, filters),
    outDir,
    (p) => {
      articles = p.exported
      onProgress?.({ pages, totalPages, articles })
    }
  )
  return { ...summary, pageWarnings }
}

/** Exports into a zip file inside the library (`.exports/NAME.zip`), for the browser host's download. */
export async function exportLibraryZip(store: LibraryStore, filters: ExportFilters, name: string, onProgress?: (p: LibraryExportProgress) => void) {
  const dir = join(store.dir, '.exports')
  await mkdir(dir, { recursive: true })
  const file = join(dir, `${name}.zip`)
  const out = createWriteStream(file)
  let pages = 0
  let totalPages = 0
  try {
    const summary = await exportCorpusZip(
      libraryArticles(store, filters, (d, t) => ((pages = d), (totalPages = t), onProgress?.({ pages, totalPages, articles: 0 }))),
      { ...nodeOptions(store, filters), root: 'jiaodui-export' },
      out,
      (p) => onProgress?.({ pages, totalPages, articles: p.exported })
    )
    out.end()
    await once(out, 'close')
    return { ...summary, file }
  } catch (error) {
    out.destroy()
    await rm(file, { force: true })
    throw error
  }
}

/** The zip a browser-host export produced, for its /download/NAME route; null for any other name. */
export async function exportDownload(libraryDir: string, name: string): Promise<{ fileName: string; body: Uint8Array } | null> {
  if (!/^export-[0-9a-z]{1,20}\.zip$/.test(name)) return null
  try {
    return { fileName: `jiaodui-${name}`, body: await readFile(join(libraryDir, '.exports', name)) }
  } catch {
    return null
  }
}
