// The export entry point for the CLI, the HTTP host and Electron: streams articles through the format
// writers into a temporary sibling folder, writes manifest.json, then renames the folder into place, so a
// failed or cancelled export never leaves a half-written corpus at `outDir`.
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { ExportArticle } from '../../shared/export/article'
import { createCorpusExporter } from '../../shared/export/corpus'
import { buildManifest, manifestText, MANIFEST_PATH, type ExportManifest } from '../../shared/export/manifest'
import type { ExportOptions } from '../../shared/export/options'
import { FolderWriter } from './folder-writer'

export interface NodeExportOptions extends ExportOptions {
  libraryId: string
  toolVersion: string
  /** Defaults to "jiaodui". */
  toolName?: string
  signal?: AbortSignal
  /** Clock for the manifest's createdAt (tests). */
  now?: () => Date
}

export interface ExportProgress {
  /** Articles read from the input so far (exported or filtered out). */
  read: number
  exported: number
  /** Bytes written so far. */
  bytes: number
  done: boolean
}

export interface ExportSummary {
  outDir: string
  manifest: ExportManifest
  files: number
  bytes: number
  ms: number
  warnings: string[]
  warningCount: number
}

const PROGRESS_EVERY = 500

async function checkTarget(outDir: string): Promise<boolean> {
  const s = await stat(outDir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null
    throw e
  })
  if (s === null) return false
  if (!s.isDirectory())
    throw new Error(`Export target ${outDir} exists and is not a folder: choose a new or empty folder`)
  if ((await readdir(outDir)).length > 0)
    throw new Error(`Export folder ${outDir} is not empty: choose a new or empty folder`)
  return true
}

/**
 * Exports `articles` (sorted by pageIndex, articleIndex) in the formats of `options` into `outDir`, which must
 * not exist or be empty. Throws on misuse (order, duplicate ids), I/O errors or abort; then `outDir` is untouched.
 */
export async function exportCorpus(
  articles: Iterable<ExportArticle> | AsyncIterable<ExportArticle>,
  options: NodeExportOptions,
  outDir: string,
  onProgress?: (p: ExportProgress) => void
): Promise<ExportSummary> {
  const t0 = performance.now()
  const target = resolve(outDir)
  const existed = await checkTarget(target)
  await mkdir(dirname(target), { recursive: true })
  const tmp = join(dirname(target), `.${basename(target)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`)
  await mkdir(tmp)
  const writer = new FolderWriter(tmp)
  try {
    const exporter = createCorpusExporter(options, writer)
    let read = 0
    let exported = 0
    for await (const article of articles) {
      options.signal?.throwIfAborted()
      if (exporter.add(article)) exported++
      read++
      await writer.ready()
      if (onProgress && read % PROGRESS_EVERY === 0) onProgress({ read, exported, bytes: writer.bytes, done: false })
    }
    options.signal?.throwIfAborted()
    const result = exporter.end()
    const written = writer.close()
    const manifest = buildManifest({
      toolName: options.toolName ?? 'jiaodui',
      toolVersion: options.toolVersion,
      libraryId: options.libraryId,
      createdAt: (options.now ?? (() => new Date()))().toISOString(),
      filters: options,
      counts: result.counts,
      files: written.hashes
    })
    const text = manifestText(manifest)
    await writeFile(join(tmp, MANIFEST_PATH), text, { flag: 'wx' })
    if (existed) await rmdir(target) // still empty: checked above; rmdir fails rather than delete anything new
    await rename(tmp, target)
    const bytes = written.bytes + Buffer.byteLength(text)
    onProgress?.({ read, exported, bytes, done: true })
    return {
      outDir: target,
      manifest,
      files: written.files + 1,
      bytes,
      ms: Math.round(performance.now() - t0),
      warnings: result.warnings,
      warningCount: result.warningCount
    }
  } catch (e) {
    writer.abort()
    await rm(tmp, { recursive: true, force: true })
    throw e
  }
}
