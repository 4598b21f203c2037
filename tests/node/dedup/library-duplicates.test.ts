import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArgs, UsageError } from '../../../src/node/cli/args'
import { DUPES_SWITCHES, DUPES_VALUE_OPTIONS, runDupes } from '../../../src/node/cli/dupes'
import { findLibraryDuplicates } from '../../../src/node/dedup/library-duplicates'
import { importPaths } from '../../../src/node/import/import-files'
import { LibraryStore } from '../../../src/node/store/library-store'
import { SEEDS_DIR, tempDir } from '../../helpers/temp-dir'

const seed = (name: string) => readFileSync(join(SEEDS_DIR, name), 'utf8')
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 40)

// A paragraph of seed 004 reprinted with wrap spaces and full-width commas (exact after folding), and a paragraph
// of seed 001 with two OCR confusions (a near repeat).
const EXACT = lines(seed('004_5e8ab85cd838b191.txt'))[0]
const NEAR = lines(seed('001_cfec6a84b0c0b823.txt'))[2]
const EXACT_REPRINT = [...EXACT]
  .map((ch, i) => (i > 0 && i % 16 === 0 ? ` ${ch}` : ch))
  .join('')
  .replace(/,/g, '，')
const NEAR_REPRINT = NEAR.replace('帮扶', '帮抉').replace('困难', '闲难')

async function library(): Promise<{ dir: string; ids: Record<string, string> }> {
  const dir = tempDir()
  const inputs = tempDir()
  writeFileSync(join(inputs, 'reprints.txt'), `转载\n\n${EXACT_REPRINT}\n\n短行也有总工会\n\n${NEAR_REPRINT}\n`)
  const store = await LibraryStore.open(dir)
  await importPaths(store, [SEEDS_DIR, inputs])
  const ids = Object.fromEntries(store.listPages().map((p) => [p.source, p.id]))
  await store.close()
  return { dir, ids }
}

async function rawOf(dir: string, id: string): Promise<string> {
  const store = await LibraryStore.open(dir, { readOnly: true })
  return (await store.getPage(id)).raw
}

describe('findLibraryDuplicates', () => {
  it('reports passages repeated across pages with page ids and raw offsets that slice to the passages', async () => {
    const { dir, ids } = await library()
    const store = await LibraryStore.open(dir, { readOnly: true })
    const result = await findLibraryDuplicates(store)
    expect(result.pages).toBe(6)
    expect(result.unreadable).toEqual([])
    expect(result.pairs.map((p) => [p.pageA, p.pageB, p.exact])).toEqual([
      [ids['001_cfec6a84b0c0b823.txt'], ids['reprints.txt'], false],
      [ids['004_5e8ab85cd838b191.txt'], ids['reprints.txt'], true]
    ])
    const [near, exact] = result.pairs
    const reprints = await rawOf(dir, ids['reprints.txt'])
    expect((await rawOf(dir, near.pageA)).slice(near.rangeA.from, near.rangeA.to)).toBe(NEAR)
    expect(reprints.slice(near.rangeB.from, near.rangeB.to)).toBe(NEAR_REPRINT)
    expect(near.similarity).toBeGreaterThan(0.5)
    expect(near.similarity).toBeLessThan(1)
    expect((await rawOf(dir, exact.pageA)).slice(exact.rangeA.from, exact.rangeA.to)).toBe(EXACT)
    expect(reprints.slice(exact.rangeB.from, exact.rangeB.to)).toBe(EXACT_REPRINT)
    expect(exact.similarity).toBe(1)
  })

  it('adds repeats within one page (seed 000 repeats a passage) with includeSamePage', async () => {
    const { dir, ids } = await library()
    const store = await LibraryStore.open(dir, { readOnly: true })
    const result = await findLibraryDuplicates(store, { includeSamePage: true })
    const same = result.pairs.filter((p) => p.pageA === p.pageB)
    expect(same.length).toBeGreaterThan(0)
    expect(same.every((p) => p.pageA === ids['000_71e228d81da4e06a.txt'] && p.exact)).toBe(true)
  })

  it('lists a page it cannot read and still compares the others', async () => {
    const { dir, ids } = await library()
    writeFileSync(join(dir, 'pages', `${ids['002_68092b021be56c48.txt']}.json`), '{"broken"')
    const store = await LibraryStore.open(dir, { readOnly: true })
    const progress: number[] = []
    const result = await findLibraryDuplicates(store, { onProgress: (done) => progress.push(done) })
    expect(result.unreadable).toHaveLength(1)
    expect(result.unreadable[0].page).toBe(ids['002_68092b021be56c48.txt'])
    expect(result.unreadable[0].reason).toContain('not valid JSON')
    expect(result.pairs).toHaveLength(2)
    expect(progress).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('stops when its signal is aborted', async () => {
    const { dir } = await library()
    const store = await LibraryStore.open(dir, { readOnly: true })
    const controller = new AbortController()
    controller.abort()
    await expect(findLibraryDuplicates(store, { signal: controller.signal })).rejects.toThrow()
  })
})

describe('jiaodui dupes (runDupes)', () => {
  const run = async (argv: string[]) => {
    const out: string[] = []
    const err: string[] = []
    const code = await runDupes(parseArgs(['dupes', ...argv], DUPES_VALUE_OPTIONS, DUPES_SWITCHES), {
      out: (l) => out.push(l),
      err: (l) => err.push(l)
    })
    return { code, out, err }
  }

  it('prints one line per repeated passage with both pages, offsets and a snippet, then a summary', async () => {
    const { dir } = await library()
    const r = await run(['--library', dir])
    expect(r.code).toBe(0)
    expect(r.out).toHaveLength(3)
    expect(r.out[0]).toMatch(/^0\.\d\d near {3}001_cfec6a84b0c0b823\.txt \[\d+–\d+\] {2}↔ {2}reprints\.txt \[\d+–\d+\]/)
    expect(r.out[1]).toMatch(/^1\.00 exact {2}004_5e8ab85cd838b191\.txt \[\d+–\d+\] {2}↔ {2}reprints\.txt/)
    expect(r.out[1]).toContain('6月10日,记者来到贵州省遵义市')
    expect(r.out[2]).toMatch(/^2 repeated passages \(1 exact, 1 with differences\) among \d+ passages on 6 pages/)
  })

  it('prints one JSON object with --json', async () => {
    const { dir, ids } = await library()
    const r = await run(['--library', dir, '--json', '--threshold', '0.5', '--min-chars', '30'])
    const json = JSON.parse(r.out.at(-1) as string)
    expect(json.pages).toBe(6)
    expect(json.pairs).toHaveLength(2)
    expect(json.pairs[1]).toMatchObject({
      pageA: ids['004_5e8ab85cd838b191.txt'],
      sourceA: '004_5e8ab85cd838b191.txt',
      sourceB: 'reprints.txt',
      exact: true
    })
  })

  it('refuses a threshold outside (0, 1] and a too small --min-chars', async () => {
    await expect(run(['--threshold', '1.5'])).rejects.toThrow(UsageError)
    await expect(run(['--min-chars', '2'])).rejects.toThrow(/--min-chars must be a whole number of at least 4/)
  })
})
