import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { autoCleanLibrary } from '../../../src/node/cleanup/auto-clean'
import { defaultEngine } from '../../../src/node/cleanup/default-engine'
import { EnginePool } from '../../../src/node/cleanup/enginePool'
import { SuggestionService } from '../../../src/node/cleanup/suggestion-service'
import { importPaths } from '../../../src/node/import/import-files'
import { LibraryStore } from '../../../src/node/store/library-store'

const seedDir = join(import.meta.dirname, '../../../seeds')
const seeds = readdirSync(seedDir).sort()

/** A new library holding the seed pages, each saved under a second name with a changed first line too. */
async function library(name: string): Promise<LibraryStore> {
  const input = mkdtempSync(join(tmpdir(), `jiaodui-pool-${name}-in-`))
  for (const f of seeds) {
    const raw = readFileSync(join(seedDir, f), 'utf8')
    writeFileSync(join(input, f), raw)
    writeFileSync(join(input, `b-${f}`), `第二版 ${raw}`)
  }
  const store = await LibraryStore.open(mkdtempSync(join(tmpdir(), `jiaodui-pool-${name}-`)), { purpose: 'test' })
  await importPaths(store, [input])
  return store
}

/** The pages of a library without their timestamps. */
async function pages(store: LibraryStore): Promise<string[]> {
  const out: string[] = []
  for (const { id } of store.listPages())
    out.push(JSON.stringify(await store.getPage(id)).replace(/"\d{4}-\d\d-\d\dT[\d:.]+Z"/g, '"T"'))
  return out
}

describe('engine pool', () => {
  const pool = new EnginePool(1)
  afterAll(() => pool.close())

  it('gives the suggestions the engine gives on this thread', async () => {
    for (const f of seeds.slice(0, 2)) {
      const raw = readFileSync(join(seedDir, f), 'utf8')
      expect(await pool.suggest(raw).result).toEqual(defaultEngine(raw))
    }
  })

  it('auto-cleans a library to the same pages with and without worker threads', async () => {
    const [a, b] = [await library('a'), await library('b')]
    try {
      const alone = await autoCleanLibrary(a, new SuggestionService(defaultEngine), [], undefined, { pool: null })
      // Wait for the worker, so it takes pages rather than leaving them all to this thread.
      await pool.suggest('').result
      const pooled = await autoCleanLibrary(b, new SuggestionService(defaultEngine), [], undefined, { pool })
      expect(pooled).toEqual(alone)
      expect(pooled.changed).toBe(seeds.length * 2)
      expect(await pages(b)).toEqual(await pages(a))
    } finally {
      await a.close()
      await b.close()
    }
  })

  it('fails its jobs when no worker can start, so callers do the work themselves', async () => {
    const { setEngineWorkerFile } = await import('../../../src/node/cleanup/enginePool')
    setEngineWorkerFile(join(tmpdir(), 'no-such-engine-worker.js'))
    const broken = new EnginePool(1)
    try {
      await expect(broken.suggest('人').result).rejects.toThrow()
    } finally {
      await broken.close()
      setEngineWorkerFile(null)
    }
  })
})
