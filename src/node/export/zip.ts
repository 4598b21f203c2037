// A zip of an export for the browser download: export into a temporary folder, then stream every file (sorted
// by path) through fflate's streaming Zip into a Writable (e.g. the HTTP response), honouring backpressure.
// Limits: fflate writes no ZIP64, so the archive and each file must stay below 4 GiB.
import { once } from 'node:events'
import { mkdtemp, open, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Writable } from 'node:stream'
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import type { ExportArticle } from '../../shared/export/article'
import { exportCorpus, type ExportProgress, type ExportSummary, type NodeExportOptions } from './export-corpus'

const CHUNK = 1 << 20

/** Relative paths ("/"-separated) of all files under `dir`, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (rel: string) => {
    for (const e of await readdir(join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) await walk(p)
      else if (e.isFile()) out.push(p)
    }
  }
  await walk('')
  return out.sort()
}

export interface ZipOptions {
  /** Deflate level 0–9 (0 = stored); default 6. */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9
  /** Folder inside the archive that holds the files, e.g. "jiaodui-export"; default none. */
  root?: string
}

/** Streams every file under `dir` into a zip written to `out` (not ended). Returns the archive size. */
export async function zipDirectory(
  dir: string,
  out: Writable,
  options: ZipOptions = {}
): Promise<{ files: number; bytes: number }> {
  const level = options.level ?? 6
  const prefix = options.root ? `${options.root.replace(/\/+$/, '')}/` : ''
  let bytes = 0
  let failure: unknown = null
  let finished!: () => void
  const done = new Promise<void>((resolve) => (finished = resolve))
  let needDrain = false
  const zip = new Zip((err, chunk, final) => {
    if (err) failure ??= err
    else {
      bytes += chunk.length
      if (!out.write(chunk)) needDrain = true
    }
    if (final || err) finished()
  })
  const files = await listFiles(dir)
  for (const rel of files) {
    const entry = level === 0 ? new ZipPassThrough(prefix + rel) : new ZipDeflate(prefix + rel, { level })
    zip.add(entry)
    const fh = await open(join(dir, ...rel.split('/')), 'r')
    try {
      for (;;) {
        const buf = Buffer.allocUnsafe(CHUNK) // fresh each time: a stored entry hands this very buffer to `out`
        const { bytesRead } = await fh.read(buf, 0, CHUNK, null)
        if (bytesRead === 0) {
          entry.push(new Uint8Array(0), true)
          break
        }
        entry.push(buf.subarray(0, bytesRead), false)
        if (failure !== null) throw failure
        if (needDrain) {
          needDrain = false
          await once(out, 'drain')
        }
      }
    } finally {
      await fh.close()
    }
  }
  zip.end()
  await done
  if (failure !== null) throw failure
  if (needDrain) await once(out, 'drain')
  return { files: files.length, bytes }
}

/** Exports into a temporary folder, zips it into `out` (not ended) and removes the folder. */
export async function exportCorpusZip(
  articles: Iterable<ExportArticle> | AsyncIterable<ExportArticle>,
  options: NodeExportOptions & ZipOptions,
  out: Writable,
  onProgress?: (p: ExportProgress) => void
): Promise<ExportSummary & { zipBytes: number }> {
  const tmp = await mkdtemp(join(tmpdir(), 'jiaodui-export-'))
  try {
    const summary = await exportCorpus(articles, options, join(tmp, 'export'), onProgress)
    const { bytes } = await zipDirectory(summary.outDir, out, options)
    return { ...summary, zipBytes: bytes }
  } finally {
    await rm(tmp, { recursive: true, force: true })
  }
}
