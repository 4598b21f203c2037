// Damaged files in a library: each is reported (a notice naming the file), moved aside (kept, never
// deleted), and restored from history where possible; the rest of the library keeps working.
// tests/node/store/library-store.test.ts covers a truncated page file, an index that is not JSON and an
// index from a newer version; these are the other cases.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { LibraryStore } from '../../../src/node/store/library-store'
import { dispatch } from '../../../src/node/api/dispatch'
import { openAppSession } from '../../../src/node/app-session'
import type { PageFile } from '../../../src/shared/model/page'
import { TempFolders } from './support/temp'
import { reopenProblems, scanLibraryFiles } from './support/library-check'

const temp = new TempFolders()
afterAll(() => temp.cleanup())
const enc = new TextEncoder()

const TEXTS = [
  '工会帮扶困难职工\n本报讯 市总工会近日走访。\n',
  '劳模工匠进校园\n本报讯 劳模走进课堂。\n',
  '安全生产月\n本报讯 企业开展安全检查。\n'
]

/** A library of three pages; the first has snapshots of revisions 0 (import), 1 and 2. */
async function smallLibrary() {
  const dir = temp.make()
  const store = await LibraryStore.open(dir)
  const ids: string[] = []
  for (const [i, text] of TEXTS.entries()) {
    const outcome = await store.importBytes(`page-${i}.txt`, enc.encode(text))
    if (outcome.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`)
    ids.push(outcome.id)
  }
  const page = await store.getPage(ids[0])
  const saved = await store.savePage(ids[0], page.revision, (p) => ({ ...p, status: 'auto-cleaned' }), 'auto')
  await store.savePage(ids[0], saved.revision, (p) => ({ ...p, status: 'cleaned' }), 'auto')
  await store.close()
  return {
    dir,
    ids,
    pageFile: (id: string) => join(dir, 'pages', `${id}.json`),
    historyDir: (id: string) => join(dir, 'history', id)
  }
}

function asideFiles(folder: string, name: string): string[] {
  return readdirSync(folder).filter((n) => n.startsWith(`${name}.corrupt-`))
}

/** Opens the library, reads every page, and returns the store (for notices) with the pages read. */
async function openAndReadAll(dir: string) {
  const store = await LibraryStore.open(dir)
  const pages = new Map<string, PageFile>()
  for (const entry of store.listPages()) pages.set(entry.id, await store.getPage(entry.id))
  return { store, pages }
}

describe('damaged page files', () => {
  const damages: Array<[string, (file: string, page: PageFile) => string | Buffer]> = [
    ['an empty file (0 bytes)', () => ''],
    ['bytes that are not JSON at all', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0xff, 0xfe, 0x7b])],
    ['JSON with a syntax error in the middle', (file) => readFileSync(file, 'utf8').replace('"status"', '"status" "')],
    ['valid JSON that is not an object', () => '[1, 2, 3]'],
    ['valid JSON with an unknown status', (_f, p) => JSON.stringify({ ...p, status: 'finished' })],
    [
      'valid JSON whose offsets do not fit its text',
      (_f, p) => JSON.stringify({ ...p, provenance: [0, 0, p.clean.length + 10] })
    ],
    ['valid JSON without a schema version', (_f, p) => JSON.stringify({ ...p, schema: undefined })],
    [
      'valid JSON of another page (a file copied over this one)',
      (_f, p) => JSON.stringify({ ...p, id: 'ffffffffffffffff' })
    ]
  ]

  it.each(damages)(
    'reports %s, moves it aside and restores the page from its newest good snapshot',
    async (_name, damage) => {
      const { dir, ids, pageFile } = await smallLibrary()
      const file = pageFile(ids[0])
      const before = JSON.parse(readFileSync(file, 'utf8')) as PageFile
      const bad = damage(file, before)
      writeFileSync(file, bad)

      const { store, pages } = await openAndReadAll(dir)
      const restored = pages.get(ids[0])!
      expect(restored.id).toBe(ids[0])
      expect(restored.raw).toBe(before.raw)
      expect(restored.status).toBe('cleaned') // the snapshot of revision 2
      expect(restored.revision).toBe(3) // restoring is a new revision, so it can be undone like any other
      expect(store.notices.join('\n')).toMatch(
        new RegExp(
          `Page ${ids[0]} \\(page-0\\.txt\\) was damaged: .*pages/${ids[0]}\\.json.*moved to .*restored from its snapshot of revision 2`
        )
      )
      const aside = asideFiles(join(dir, 'pages'), `${ids[0]}.json`)
      expect(aside).toHaveLength(1)
      expect(readFileSync(join(dir, 'pages', aside[0]))).toEqual(Buffer.from(bad)) // kept byte for byte, for a person to inspect
      for (const id of ids.slice(1)) expect(pages.get(id)!.raw).toBe(TEXTS[ids.indexOf(id)].replace(/\r\n/g, '\n'))
      await store.close()
      const reopened = await LibraryStore.open(dir)
      expect(reopened.notices).toEqual([]) // repaired for good, not again at every start
      expect((await reopened.getPage(ids[0])).revision).toBe(3)
      await reopened.close()
    }
  )

  it('restores a page whose file is missing, when it has history', async () => {
    const { dir, ids, pageFile } = await smallLibrary()
    rmSync(pageFile(ids[0]))
    const { store, pages } = await openAndReadAll(dir)
    expect(pages.get(ids[0])).toMatchObject({ status: 'cleaned', revision: 3 })
    expect(store.notices.join('\n')).toMatch(
      new RegExp(`Page ${ids[0]} .*was damaged: .*is missing.*restored from its snapshot of revision 2`)
    )
    expect(existsSync(pageFile(ids[0]))).toBe(true)
    await store.close()
  })

  it('drops a page that has neither a file nor history from the index, saying so, and opens the rest', async () => {
    const { dir, ids, pageFile, historyDir } = await smallLibrary()
    rmSync(pageFile(ids[1]))
    rmSync(historyDir(ids[1]), { recursive: true })
    const { store, pages } = await openAndReadAll(dir)
    expect([...pages.keys()].sort()).toEqual([ids[0], ids[2]].sort())
    expect(store.notices.join('\n')).toContain(
      `Page ${ids[1]} (page-1.txt) has no file and no history; it was removed from the index.`
    )
    await store.close()
  })

  it('refuses a damaged page that has no readable snapshot with a message naming the file, and serves the others', async () => {
    const { dir, ids, pageFile, historyDir } = await smallLibrary()
    writeFileSync(pageFile(ids[1]), '{"schema": 1, "id": ')
    for (const name of readdirSync(historyDir(ids[1]))) writeFileSync(join(historyDir(ids[1]), name), 'not json')
    const session = await openAppSession({ libraryDir: dir, platform: { transport: 'http' }, purpose: 'test' })
    const result = await dispatch(session.handlers, 'getPage', { id: ids[1] })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'corrupt', message: expect.stringContaining(`Page ${ids[1]} is damaged`) }
    })
    if (!result.ok) expect(result.error.message).toContain(`${ids[1]}.json`)
    expect(asideFiles(join(dir, 'pages'), `${ids[1]}.json`)).toHaveLength(1)
    for (const id of [ids[0], ids[2]])
      expect(await dispatch(session.handlers, 'getPage', { id })).toMatchObject({ ok: true })
    expect(await dispatch(session.handlers, 'listPages', {})).toMatchObject({
      ok: true,
      value: expect.arrayContaining([expect.objectContaining({ id: ids[0] })])
    })
    await session.close()
  })

  it('leaves a page written by a newer version untouched and says to update', async () => {
    const { dir, ids, pageFile } = await smallLibrary()
    const file = pageFile(ids[2])
    const newer = JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), schema: 99, futureField: [1, 2] })
    writeFileSync(file, newer)
    const store = await LibraryStore.open(dir)
    await expect(store.getPage(ids[2])).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/newer Jiaodui \(schema 99.*Update Jiaodui/)
    })
    await expect(store.savePage(ids[2], 0, (p) => p, 'edit')).rejects.toMatchObject({ code: 'invalid' })
    expect((await store.getPage(ids[0])).status).toBe('cleaned')
    await store.close()
    expect(readFileSync(file, 'utf8')).toBe(newer)
    expect(asideFiles(join(dir, 'pages'), `${ids[2]}.json`)).toEqual([])
  })
})

describe('damaged history snapshots', () => {
  it('reports a damaged snapshot, moves it aside, and keeps the other revisions restorable', async () => {
    const { dir, ids, historyDir } = await smallLibrary()
    const snaps = readdirSync(historyDir(ids[0])).sort()
    expect(snaps).toEqual(['00000000-import.json', '00000001-auto.json', '00000002-auto.json'])
    const damaged = join(historyDir(ids[0]), '00000001-auto.json')
    writeFileSync(damaged, readFileSync(damaged, 'utf8').slice(0, 40))

    const store = await LibraryStore.open(dir)
    const revisions = await store.revisions(ids[0])
    expect(revisions.map((r) => r.revision)).toEqual([2, 0])
    expect(store.notices.join('\n')).toMatch(
      new RegExp(`snapshot .*${ids[0]}.*00000001-auto\\.json.* damaged.*moved to`)
    )
    expect(asideFiles(historyDir(ids[0]), '00000001-auto.json')).toHaveLength(1)
    const restored = await store.restoreRevision(ids[0], 0)
    expect(restored).toMatchObject({ status: 'raw', revision: 3 })
    await expect(store.restoreRevision(ids[0], 1)).rejects.toMatchObject({ code: 'not-found' })
    await store.close()
  })

  it('skips a snapshot that is valid JSON but not a valid page when restoring a damaged page', async () => {
    const { dir, ids, pageFile, historyDir } = await smallLibrary()
    const newest = join(historyDir(ids[0]), '00000002-auto.json')
    const snap = JSON.parse(readFileSync(newest, 'utf8'))
    writeFileSync(newest, JSON.stringify({ ...snap, page: { ...snap.page, entities: 'none' } }))
    writeFileSync(pageFile(ids[0]), '')
    const { store, pages } = await openAndReadAll(dir)
    expect(pages.get(ids[0])).toMatchObject({ status: 'auto-cleaned', revision: 3 }) // from revision 1
    expect(store.notices.join('\n')).toMatch(/00000002-auto\.json.*damaged/)
    expect(store.notices.join('\n')).toMatch(/restored from its snapshot of revision 1/)
    await store.close()
  })
})

describe('damage found while rebuilding the index', () => {
  it('rebuilds an index that is valid JSON but not a valid index', async () => {
    const { dir, ids } = await smallLibrary()
    const index = JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8'))
    writeFileSync(join(dir, 'library.json'), JSON.stringify({ ...index, pages: [{ id: 'x' }] }))
    const { store, pages } = await openAndReadAll(dir)
    expect([...pages.keys()].sort()).toEqual([...ids].sort())
    expect(store.notices[0]).toMatch(
      /library index was damaged .*library\.json.*moved to .*rebuilt from the page files/
    )
    expect(readdirSync(dir).filter((n) => n.startsWith('library.json.corrupt-'))).toHaveLength(1)
    await store.close()
  })

  it('keeps a damaged page in the rebuilt index by restoring it from history, and finds pages that only have history', async () => {
    const { dir, ids, pageFile } = await smallLibrary()
    writeFileSync(join(dir, 'library.json'), '{')
    writeFileSync(pageFile(ids[0]), '{"truncated":')
    rmSync(pageFile(ids[1]))
    const { store, pages } = await openAndReadAll(dir)
    expect([...pages.keys()].sort()).toEqual([...ids].sort())
    expect(pages.get(ids[0])).toMatchObject({ status: 'cleaned' })
    expect(pages.get(ids[1])).toMatchObject({ status: 'raw', raw: TEXTS[1] })
    const notices = store.notices.join('\n')
    expect(notices).toMatch(/library index was damaged/)
    expect(notices).toMatch(new RegExp(`Page ${ids[0]} .*was damaged`))
    expect(notices).not.toContain(ids[1]) // only its import snapshot: an import cut short, finished quietly
    await store.close()
    expect(await reopenProblems(dir)).toEqual([])
  })

  it('restores an edited page that lost both its file and its index entry from its newest snapshot, saying so', async () => {
    const { dir, ids, pageFile } = await smallLibrary()
    writeFileSync(join(dir, 'library.json'), 'null')
    rmSync(pageFile(ids[0]))
    const { store, pages } = await openAndReadAll(dir)
    expect(pages.get(ids[0])).toMatchObject({ status: 'cleaned', revision: 2 })
    expect(store.notices.join('\n')).toMatch(
      new RegExp(`Page ${ids[0]} \\(page-0\\.txt\\) had no file; it was restored from its snapshot of revision 2`)
    )
    await store.close()
  })

  it('leaves a library whose files were all damaged and repaired in a state that scans clean', async () => {
    const { dir, ids, pageFile } = await smallLibrary()
    writeFileSync(pageFile(ids[2]), 'garbage')
    const { store } = await openAndReadAll(dir)
    await store.close()
    const scan = await scanLibraryFiles(dir)
    expect(scan.problems).toEqual([])
    expect(scan.aside).toHaveLength(1)
    expect(scan.pages.size).toBe(3)
  })
})
