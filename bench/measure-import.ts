// Measure 1: importing the synthetic pages through the real path (importPaths into a LibraryStore: collect,
// read, decode, hash, write the page file and its first history snapshot, update the index).
// Floor: read each file, decode it and write {raw, clean} as JSON with plain fs, one file per page.
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { importPaths } from '../src/node/import/import-files'
import { LibraryStore } from '../src/node/store/library-store'
import { round, throughputRatio, type MeasureResult } from './report'
import { flushDisk } from './system'

export async function measureImport(
  inputDir: string,
  libraryDir: string,
  floorDir: string,
  totalBytes: number
): Promise<MeasureResult> {
  const names = (await readdir(inputDir)).filter((n) => n.endsWith('.txt')).sort()

  flushDisk()
  await mkdir(floorDir, { recursive: true })
  const f0 = performance.now()
  const decoder = new TextDecoder()
  for (const name of names) {
    const text = decoder.decode(await readFile(join(inputDir, name)))
    await writeFile(join(floorDir, `${name}.json`), JSON.stringify({ raw: text, clean: text }))
  }
  const floorSeconds = (performance.now() - f0) / 1000

  flushDisk()
  const t0 = performance.now()
  const store = await LibraryStore.open(libraryDir, { purpose: 'bench import' })
  const report = await importPaths(store, [inputDir])
  await store.close()
  const seconds = (performance.now() - t0) / 1000
  if (report.imported !== names.length)
    throw new Error(`import: expected ${names.length} pages, imported ${report.imported} (${report.failed} failed)`)

  const mb = totalBytes / 1e6
  const pagesPerSecond = names.length / seconds
  const floorPagesPerSecond = names.length / floorSeconds
  const ratio = throughputRatio(pagesPerSecond, floorPagesPerSecond)
  return {
    rows: [
      {
        measure: '1 import',
        what: 'pages/s (importPaths)',
        value: round(pagesPerSecond, 1),
        unit: 'pages/s',
        floor: round(floorPagesPerSecond, 1),
        floorWhat: 'read + JSON write',
        ratio: round(ratio),
        target: '≤ 3× floor',
        met: ratio <= 3
      },
      {
        measure: '1 import',
        what: 'MB/s of source text',
        value: round(mb / seconds),
        unit: 'MB/s',
        floor: round(mb / floorSeconds),
        floorWhat: 'read + JSON write',
        ratio: round(ratio)
      }
    ],
    details: { pages: names.length, sourceMB: round(mb), seconds: round(seconds), floorSeconds: round(floorSeconds) }
  }
}
