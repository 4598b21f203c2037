// Two programs on one library, with real processes: the writer that comes second (the CLI while the app or
// `jiaodui serve` runs, or the other way round) is refused with a message naming the holder, and changes
// nothing; readers still work. Two windows saving the same page from the same revision: the second gets a
// conflict, never a silent overwrite.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { PageFile } from '../../../src/shared/model/page'
import { pageStateFor } from './support/page-states'
import { callApi, jiaodui, ROOT, RUN_TS, spawnNode, startServe, waitForOutput } from './support/processes'
import { TempFolders } from './support/temp'

const temp = new TempFolders()
afterAll(() => temp.cleanup())
const SEEDS = join(ROOT, 'seeds')
const HOLD_LOCK = join(__dirname, 'support', 'hold-lock.child.ts')

function tree(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) tree(path, out)
    else out.set(path, createHash('sha256').update(readFileSync(path)).digest('hex'))
  }
  return out
}

/** A library with the seed pages, written and closed by the CLI. */
async function seededLibrary(): Promise<string> {
  const dir = temp.make()
  const r = await jiaodui(['import', SEEDS, '--library', dir])
  expect(r.code, r.stderr).toBe(0)
  return dir
}

const lockMessage = (purpose: string, pid: number) =>
  new RegExp(
    `The library .* is in use by ${purpose.replace(/[()]/g, '\\$&')} \\(process ${pid} on ${hostname()}, since [0-9T:.-]+Z\\)\\. Close it first`
  )

describe('one writer per library, across processes', () => {
  it('refuses `jiaodui import` while `jiaodui serve` has the library open, naming the server, and changes nothing', async () => {
    const dir = await seededLibrary()
    const serve = await startServe(dir)
    try {
      // The server itself may rewrite library.json (counts it computes in the background): compare the rest.
      const withoutIndex = () => new Map([...tree(dir)].filter(([path]) => !path.endsWith('library.json')))
      const pageIds = () =>
        (JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8')).pages as Array<{ id: string }>).map((p) => p.id)
      const before = withoutIndex()
      const idsBefore = pageIds()
      const r = await jiaodui(['import', join(ROOT, 'tests', 'fixtures', 'schema'), '--library', dir])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(lockMessage('jiaodui serve (browser app)', serve.child.pid!))
      expect(r.stderr).not.toMatch(/\n\s+at /)
      expect(withoutIndex()).toEqual(before)
      expect(pageIds()).toEqual(idsBefore)
      const stats = await jiaodui(['stats', '--json', '--library', dir]) // readers need no lock
      expect(stats.code, stats.stderr).toBe(0)
      expect(JSON.parse(stats.stdout).pages).toBe(5)
      expect((await callApi(serve.port, serve.token, 'listPages', {})).result).toMatchObject({ ok: true }) // the server is unaffected
    } finally {
      await serve.stop()
    }
  })

  it('refuses `jiaodui serve` while another program writes to the library, naming it; works once it is gone', async () => {
    const dir = await seededLibrary()
    const holder = spawnNode([RUN_TS, HOLD_LOCK, dir, 'jiaodui import'])
    await waitForOutput(holder.child, /holding \d+/)
    const refused = await jiaodui(['serve', '--library', dir])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(lockMessage('jiaodui import', holder.child.pid!))
    holder.child.kill('SIGKILL') // a crash leaves library.lock behind; the next writer takes it over
    await holder.done
    const serve = await startServe(dir)
    expect((await callApi(serve.port, serve.token, 'listPages', {})).result).toMatchObject({ ok: true })
    await serve.stop()
  })

  it('lets exactly one of several writers started at the same moment have the library', async () => {
    const dir = await seededLibrary()
    const holders = Array.from({ length: 4 }, (_, i) => spawnNode([RUN_TS, HOLD_LOCK, dir, `writer ${i}`]))
    const outcomes = await Promise.all(
      holders.map(
        ({ child, done }) =>
          new Promise<string>((resolve) => {
            waitForOutput(child, /holding \d+/, 60_000).then(
              () => resolve('holding'),
              () => undefined
            )
            void done.then((f) =>
              resolve(
                f.code === 2 && /is in use by writer \d/.test(f.stderr) ? 'refused' : `exited ${f.code}: ${f.stderr}`
              )
            )
          })
      )
    )
    expect(outcomes.filter((o) => o === 'holding')).toHaveLength(1)
    expect(outcomes.filter((o) => o === 'refused')).toHaveLength(3)
    for (const h of holders) h.child.kill('SIGTERM')
    await Promise.all(holders.map((h) => h.done))
  })
})

describe('two windows saving the same page', () => {
  it('gives the second save from the same revision a conflict and keeps the first, through a real `jiaodui serve`', async () => {
    const dir = await seededLibrary()
    const serve = await startServe(dir)
    try {
      const list = (await callApi(serve.port, serve.token, 'listPages', {})).result.value as Array<{ id: string }>
      const id = list[0].id
      const open = async () => (await callApi(serve.port, serve.token, 'getPage', { id })).result.value as PageFile
      const [windowA, windowB] = [await open(), await open()]
      expect(windowA.revision).toBe(windowB.revision)
      const save = (page: PageFile, k: number) =>
        callApi(serve.port, serve.token, 'savePage', {
          id,
          baseRevision: page.revision,
          cause: 'edit',
          page: pageStateFor(page.raw, k)
        })

      const first = await save(windowA, 1)
      expect(first.result).toMatchObject({ ok: true, value: { revision: windowA.revision + 1 } })
      const second = await save(windowB, 2)
      expect(second.result).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: expect.stringMatching(/was changed elsewhere .*Reload the page/) }
      })
      expect((await open()).clean).toBe(pageStateFor(windowA.raw, 1).clean)

      // At the very same moment: exactly one of them wins, whatever the order the server sees them in.
      const current = await open()
      const racing = await Promise.all([save(current, 3), save(current, 4), save(current, 5)])
      expect(racing.filter((r) => r.result.ok)).toHaveLength(1)
      expect(racing.filter((r) => !r.result.ok).map((r) => r.result.error?.code)).toEqual(['conflict', 'conflict'])
      const winner = [3, 4, 5][racing.findIndex((r) => r.result.ok)]
      const after = await open()
      expect(after.clean).toBe(pageStateFor(after.raw, winner).clean)
      expect(after.revision).toBe(current.revision + 1)
    } finally {
      await serve.stop()
    }
  })
})
