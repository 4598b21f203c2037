// Measure 6: exporting the whole library in every format through the app's node entry point (exportLibrary:
// pages read from the store one at a time, their articles derived, every format written, manifest last).
// MB/s counts the bytes written.
// Floor: writing the same files with the same bytes with plain fs (writeFileSync, the fastest plain way here).
import { mkdirSync, writeFileSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { exportLibrary, libraryArticles } from '../src/node/export/library-export'
import { listFiles } from '../src/node/export/zip'
import { LibraryStore } from '../src/node/store/library-store'
import { defaultExportOptions, EXPORT_FORMATS } from '../src/shared/export/options'
import { round, throughputRatio, type MeasureResult } from './report'
import { flushDisk } from './system'

export async function measureExport(libraryDir: string, scratchDir: string): Promise<MeasureResult> {
  const store = await LibraryStore.open(libraryDir, { readOnly: true })
  const outDir = join(scratchDir, 'export')
  const floorDir = join(scratchDir, 'export-floor')
  try {
    const filters = { ...defaultExportOptions(store.labels), includeSuggested: true }
    // Breakdown: reading pages and deriving their articles alone.
    const a0 = performance.now()
    let articles = 0
    for await (const _article of libraryArticles(store, filters)) articles++
    const articlesSeconds = (performance.now() - a0) / 1000

    flushDisk()
    const t0 = performance.now()
    const summary = await exportLibrary(store, filters, outDir)
    const seconds = (performance.now() - t0) / 1000

    flushDisk()
    const files = await listFiles(outDir)
    let floorMs = 0
    let bytes = 0
    for (const file of files) {
      const content = await readFile(join(outDir, file))
      bytes += content.length
      const target = join(floorDir, file)
      const f0 = performance.now()
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, content)
      floorMs += performance.now() - f0
    }
    const mb = bytes / 1e6
    const mbs = mb / seconds
    const floorMBs = mb / (floorMs / 1000)
    const ratio = throughputRatio(mbs, floorMBs)
    return {
      rows: [
        {
          measure: '6 export',
          what: `MB/s written, ${EXPORT_FORMATS.length} formats`,
          value: round(mbs, 1),
          unit: 'MB/s',
          floor: round(floorMBs, 1),
          floorWhat: 'plain writeFile',
          ratio: round(ratio, 1),
          target: '≤ 3× floor',
          met: ratio <= 3
        }
      ],
      details: {
        formats: [...EXPORT_FORMATS],
        articles,
        files: files.length,
        writtenMB: round(mb),
        seconds: round(seconds),
        floorSeconds: round(floorMs / 1000),
        readAndSegmentSeconds: round(articlesSeconds),
        manifestCounts: summary.manifest.counts
      }
    }
  } finally {
    await store.close()
    await rm(outDir, { recursive: true, force: true })
    await rm(floorDir, { recursive: true, force: true })
  }
}
