// Run by measure 5 in a fresh process: opens a library as the app does (writable, taking the lock), lists its
// pages, and prints one JSON line with the times and the memory of this process holding it.
// Usage: node bin/run-ts.mjs bench/open-library-child.ts LIBRARY_DIR
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LibraryStore } from '../src/node/store/library-store'

async function main(): Promise<void> {
  const dir = process.argv[2]
  if (!dir) throw new Error('usage: open-library-child.ts LIBRARY_DIR')
  const baselineRss = process.memoryUsage().rss

  // Floor: read and parse the index file with plain Node (what listing the pages needs at least).
  const f0 = performance.now()
  const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')) as { pages: unknown[] }
  const floorMs = performance.now() - f0
  const floorPages = index.pages.length

  const t0 = performance.now()
  const store = await LibraryStore.open(dir, { purpose: 'bench open' })
  const opened = performance.now()
  const pages = store.listPages().length
  const listed = performance.now()
  const rss = process.memoryUsage().rss
  const heapUsed = process.memoryUsage().heapUsed
  await store.close()
  console.log(
    JSON.stringify({
      pages,
      floorPages,
      openMs: opened - t0,
      listMs: listed - opened,
      totalMs: listed - t0,
      floorMs,
      rssMB: rss / 2 ** 20,
      heapUsedMB: heapUsed / 2 ** 20,
      baselineRssMB: baselineRss / 2 ** 20
    })
  )
}

main().catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
