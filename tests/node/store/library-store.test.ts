import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LibraryStore, pageIdentity } from '../../../src/node/store/library-store'
import { HISTORY_LIMIT } from '../../../src/node/store/page-history'
import { importPaths } from '../../../src/node/import/import-files'
import { SEEDS_DIR, tempDir } from '../../helpers/temp-dir'

const enc = new TextEncoder()

async function libraryWithSeeds() {
  const dir = tempDir()
  const store = await LibraryStore.open(dir)
  const report = await importPaths(store, [SEEDS_DIR])
  expect(report.imported).toBe(5)
  return { dir, store }
}

describe('LibraryStore', () => {
  it('creates a library folder with an index and one file per page', async () => {
    const { dir, store } = await libraryWithSeeds()
    await store.close()
    const index = JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8'))
    expect(index.schema).toBe(1)
    expect(index.labels.map((l: { name: string }) => l.name)).toEqual(['PER', 'ORG', 'LOC', 'DATE', 'MONEY'])
    expect(index.pages).toHaveLength(5)
    const entry = index.pages.find((p: { source: string }) => p.source === '000_71e228d81da4e06a.txt')
    const bytes = readFileSync(join(SEEDS_DIR, '000_71e228d81da4e06a.txt'))
    expect(entry.sha256).toBe(pageIdentity(bytes).sha256)
    expect(entry.id).toBe(pageIdentity(bytes).id)
    expect(entry.encoding).toBe('utf-8')
    expect(entry.title).toBe('集纳技术骨干等专业人才助企业“越坎爬坡”')
    expect(readdirSync(join(dir, 'pages')).sort()).toEqual(index.pages.map((p: { id: string }) => `${p.id}.json`).sort())
    const page = JSON.parse(readFileSync(join(dir, 'pages', `${entry.id}.json`), 'utf8'))
    expect(page.raw).toBe(bytes.toString('utf8'))
    expect(page.clean).toBe(page.raw)
    expect(page.provenance).toEqual([0, 0, page.raw.length])
  })

  it('treats re-importing the same bytes as a no-op with the same page id', async () => {
    const { store } = await libraryWithSeeds()
    const bytes = readFileSync(join(SEEDS_DIR, '001_cfec6a84b0c0b823.txt'))
    const again = await store.importBytes('renamed.txt', bytes)
    expect(again).toEqual({ status: 'duplicate', id: pageIdentity(bytes).id, source: 'renamed.txt', existingSource: '001_cfec6a84b0c0b823.txt' })
    expect(store.listPages()).toHaveLength(5)
    await store.close()
  })

  it('saves a page by writing only that page file, and keeps the index in step', async () => {
    const { dir, store } = await libraryWithSeeds()
    await store.flush()
    const [target, ...others] = store.listPages()
    const before = new Map(others.map((p) => [p.id, statSync(join(dir, 'pages', `${p.id}.json`)).mtimeMs]))
    const indexBefore = statSync(join(dir, 'library.json')).mtimeMs
    await new Promise((r) => setTimeout(r, 20))
    const page = await store.getPage(target.id)
    const saved = await store.savePage(target.id, page.revision, (p) => ({ ...p, clean: p.clean + '补', provenance: [0, 0, p.raw.length, p.raw.length, -1, 1] }), 'edit')
    expect(saved.revision).toBe(page.revision + 1)
    for (const [id, mtime] of before) expect(statSync(join(dir, 'pages', `${id}.json`)).mtimeMs).toBe(mtime)
    expect(statSync(join(dir, 'library.json')).mtimeMs).toBe(indexBefore) // only volatile fields changed
    const reread = await LibraryStore.open(dir, { readOnly: true })
    expect((await reread.getPage(target.id)).clean.endsWith('补')).toBe(true)
    await store.close()
  })

  it('refuses a save that started from an older revision, naming the page', async () => {
    const { store } = await libraryWithSeeds()
    const id = store.listPages()[0].id
    const page = await store.getPage(id)
    await store.savePage(id, page.revision, (p) => ({ ...p, status: 'cleaned' }), 'status')
    await expect(store.savePage(id, page.revision, (p) => ({ ...p, status: 'reviewed' }), 'status')).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('was changed elsewhere')
    })
    await store.close()
  })

  it('refuses saves whose offsets do not fit the text', async () => {
    const { store } = await libraryWithSeeds()
    const id = store.listPages()[0].id
    const page = await store.getPage(id)
    await expect(
      store.savePage(id, page.revision, (p) => ({ ...p, entities: [{ id: 'e1', start: 0, end: p.clean.length + 5, label: 'PER', status: 'accepted', origin: 'human' }] }), 'tag')
    ).rejects.toMatchObject({ code: 'invalid' })
    await expect(store.savePage(id, page.revision, (p) => ({ ...p, clean: p.clean + 'x' }), 'edit')).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('provenance covers')
    })
    await store.close()
  })

  it('lets only one writer open a library and names the holder', async () => {
    const dir = tempDir()
    const first = await LibraryStore.open(dir, { purpose: 'the Jiaodui desktop app' })
    await expect(LibraryStore.open(dir, { purpose: 'jiaodui import' })).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringContaining(`the Jiaodui desktop app (process ${process.pid}`)
    })
    const reader = await LibraryStore.open(dir, { readOnly: true })
    expect(reader.listPages()).toEqual([])
    await first.close()
    const second = await LibraryStore.open(dir)
    await second.close()
  })

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = tempDir()
    await (await LibraryStore.open(dir)).close()
    writeFileSync(join(dir, 'library.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), since: 'x', purpose: 'crashed app' }))
    const store = await LibraryStore.open(dir)
    await store.close()
    expect(existsSync(join(dir, 'library.lock'))).toBe(false)
  })

  it('moves a damaged page file aside and restores the page from its last snapshot', async () => {
    const { dir, store } = await libraryWithSeeds()
    const id = store.listPages()[2].id
    const page = await store.getPage(id)
    await store.savePage(id, page.revision, (p) => ({ ...p, status: 'cleaned' }), 'auto')
    await store.close()
    const file = join(dir, 'pages', `${id}.json`)
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 200)) // truncated mid-write by something outside our control
    const reopened = await LibraryStore.open(dir)
    const restored = await reopened.getPage(id)
    expect(restored.raw).toBe(page.raw)
    expect(restored.status).toBe('cleaned')
    expect(reopened.notices.join('\n')).toMatch(new RegExp(`Page ${id} .* was damaged: .*not valid JSON.*restored from its snapshot of revision 1`))
    expect(readdirSync(join(dir, 'pages')).some((n) => n.startsWith(`${id}.json.corrupt-`))).toBe(true)
    for (const other of reopened.listPages().filter((p) => p.id !== id)) expect((await reopened.getPage(other.id)).id).toBe(other.id)
    await reopened.close()
  })

  it('rebuilds a damaged index from the page files', async () => {
    const { dir, store } = await libraryWithSeeds()
    await store.close()
    writeFileSync(join(dir, 'library.json'), '{"schema": 1, "pages": [')
    const reopened = await LibraryStore.open(dir)
    expect(reopened.listPages()).toHaveLength(5)
    expect(reopened.notices[0]).toMatch(/library index was damaged/)
    await reopened.close()
  })

  it('refuses files written by a newer version instead of damaging them', async () => {
    const dir = tempDir()
    await (await LibraryStore.open(dir)).close()
    const file = join(dir, 'library.json')
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), schema: 99 }))
    await expect(LibraryStore.open(dir)).rejects.toMatchObject({ message: expect.stringContaining('newer Jiaodui (schema 99') })
  })

  it('keeps the original import plus the newest snapshots, and restores a revision', async () => {
    const dir = tempDir()
    const store = await LibraryStore.open(dir)
    const outcome = await store.importBytes('p.txt', enc.encode('第一段。\n第二段。\n'))
    if (outcome.status !== 'imported') throw new Error(outcome.status)
    let page = await store.getPage(outcome.id)
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      page = await store.savePage(outcome.id, page.revision, (p) => ({ ...p, status: i % 2 ? 'cleaned' : 'auto-cleaned' }), 'auto')
    }
    const revisions = await store.revisions(outcome.id)
    expect(revisions).toHaveLength(HISTORY_LIMIT + 1)
    expect(revisions.at(-1)).toMatchObject({ revision: 0, cause: 'import' })
    const restored = await store.restoreRevision(outcome.id, 0)
    expect(restored.status).toBe('raw')
    expect(restored.revision).toBe(page.revision + 1)
    await store.close()
  })
})
