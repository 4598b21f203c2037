import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportCorpus, type NodeExportOptions } from '../../../src/node/export/export-corpus'
import { importBratFolder, importJsonlFile } from '../../../src/node/export/read-imports'
import { exportCorpusZip, listFiles } from '../../../src/node/export/zip'
import type { ExportArticle } from '../../../src/shared/export/article'
import type { ExportManifest } from '../../../src/shared/export/manifest'
import { defaultExportOptions } from '../../../src/shared/export/options'
import { importedToArticles } from '../../../src/shared/import-formats/imported'
import { LABEL_SET, testCorpus } from '../../shared/export/fixtures'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiaodui-export-test-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const FIXED = new Date('2026-11-23T08:00:00.000Z')
const opts = (o: Partial<NodeExportOptions> = {}): NodeExportOptions => ({
  ...defaultExportOptions(LABEL_SET),
  libraryId: 'lib-test',
  toolVersion: '0.1.0',
  now: () => FIXED,
  ...o
})
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

async function readTree(root: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  for (const rel of await listFiles(root)) out.set(rel, await readFile(join(root, ...rel.split('/'))))
  return out
}

async function* slowly(articles: ExportArticle[]): AsyncIterable<ExportArticle> {
  for (const a of articles) {
    await new Promise((r) => setImmediate(r))
    yield a
  }
}

describe('exportCorpus (Node)', () => {
  it('writes every format into its folder and a manifest whose sha256 values match the files on disk', async () => {
    const out = join(dir, 'corpus')
    const progress: boolean[] = []
    const summary = await exportCorpus(testCorpus(), opts({ includeSuggested: true }), out, (p) =>
      progress.push(p.done)
    )
    const tree = await readTree(out)
    const manifest = JSON.parse(tree.get('manifest.json')!.toString('utf8')) as ExportManifest
    const listed = Object.keys(manifest.files)
    expect(listed).toEqual([...tree.keys()].filter((p) => p !== 'manifest.json'))
    for (const p of listed) expect(manifest.files[p], p).toBe(sha256(tree.get(p)!))
    expect(listed).toContain('jsonl/corpus.jsonl')
    expect(listed).toContain('brat/f00d00000000beef-a01.ann')
    expect(listed).toContain('md/5e8ab85cd838b191.md')
    expect(manifest).toMatchObject({
      tool: { name: 'jiaodui', version: '0.1.0' },
      schema: 1,
      libraryId: 'lib-test',
      createdAt: FIXED.toISOString()
    })
    expect(manifest.counts.articles).toBe(6)
    expect(summary.files).toBe(tree.size)
    expect(summary.bytes).toBe([...tree.values()].reduce((n, b) => n + b.length, 0))
    expect(progress.at(-1)).toBe(true)
    expect((await readdir(dir)).sort()).toEqual(['corpus']) // no partial folder left beside it
  })

  it('is deterministic on disk: two exports are byte-identical (manifest too, with the same clock)', async () => {
    await exportCorpus(testCorpus(), opts({ includeHeadlines: true }), join(dir, 'a'))
    await exportCorpus(slowly(testCorpus()), opts({ includeHeadlines: true }), join(dir, 'b'))
    const a = await readTree(join(dir, 'a'))
    const b = await readTree(join(dir, 'b'))
    expect([...b.keys()]).toEqual([...a.keys()])
    for (const [p, data] of a) expect(b.get(p)!.equals(data), p).toBe(true)
  })

  it('uses "\\n" line ends and ends every non-empty text file with one', async () => {
    await exportCorpus(testCorpus(), opts(), join(dir, 'c'))
    for (const [p, data] of await readTree(join(dir, 'c'))) {
      const s = data.toString('utf8')
      expect(s.includes('\r'), p).toBe(false)
      if (s !== '') expect(s.endsWith('\n'), p).toBe(true)
    }
  })

  it('refuses a non-empty target folder and leaves it untouched; accepts an empty one', async () => {
    const busy = join(dir, 'busy')
    await mkdir(busy)
    await writeFile(join(busy, 'keep.txt'), 'mine')
    await expect(exportCorpus(testCorpus(), opts(), busy)).rejects.toThrow(/is not empty/)
    expect(await readdir(busy)).toEqual(['keep.txt'])
    const empty = join(dir, 'empty')
    await mkdir(empty)
    await exportCorpus(testCorpus(), opts({ formats: ['jsonl'] }), empty)
    expect((await readdir(empty)).sort()).toEqual(['jsonl', 'manifest.json'])
  })

  it('leaves nothing behind when the input is invalid or the export is aborted', async () => {
    const bad = [...testCorpus()]
    bad.push({ ...bad[0], id: bad[1].id }) // duplicate id, and out of order
    await expect(exportCorpus(bad, opts(), join(dir, 'bad'))).rejects.toThrow(RangeError)
    const ac = new AbortController()
    ac.abort()
    await expect(exportCorpus(testCorpus(), opts({ signal: ac.signal }), join(dir, 'aborted'))).rejects.toThrow()
    expect(await readdir(dir)).toEqual([])
  })

  it('round-trips on disk: JSONL file → import → export gives identical bytes', async () => {
    await exportCorpus(
      testCorpus(),
      opts({ formats: ['jsonl'], includeSuggested: true, includeHeadlines: true }),
      join(dir, 'one')
    )
    const imported = await importJsonlFile(join(dir, 'one', 'jsonl', 'corpus.jsonl'), {
      labels: LABEL_SET.map((l) => l.name)
    })
    expect(imported.issues).toEqual([])
    await exportCorpus(
      importedToArticles(imported.documents),
      opts({ formats: ['jsonl'], includeSuggested: true, includeHeadlines: true }),
      join(dir, 'two')
    )
    const one = await readFile(join(dir, 'one', 'jsonl', 'corpus.jsonl'))
    expect((await readFile(join(dir, 'two', 'jsonl', 'corpus.jsonl'))).equals(one)).toBe(true)
  })

  it('round-trips on disk: brat folder → import → export gives identical .txt and .ann bytes', async () => {
    await exportCorpus(testCorpus(), opts({ formats: ['brat'], includeSuggested: true }), join(dir, 'one'))
    const imported = await importBratFolder(join(dir, 'one', 'brat'), { labels: LABEL_SET.map((l) => l.name) })
    expect(imported.issues).toEqual([])
    expect(imported.documents).toHaveLength(6)
    await exportCorpus(
      importedToArticles(imported.documents),
      opts({ formats: ['brat'], includeSuggested: true }),
      join(dir, 'two')
    )
    const one = await readTree(join(dir, 'one', 'brat'))
    const two = await readTree(join(dir, 'two', 'brat'))
    expect([...two.keys()]).toEqual([...one.keys()])
    for (const [p, data] of one) expect(two.get(p)!.equals(data), p).toBe(true)
  })

  it('streams a zip whose entries equal the exported files', async () => {
    const sink = new PassThrough()
    const chunks: Buffer[] = []
    sink.on('data', (c: Buffer) => chunks.push(c))
    const summary = await exportCorpusZip(testCorpus(), { ...opts(), root: 'jiaodui-export' }, sink)
    const entries = unzipSync(new Uint8Array(Buffer.concat(chunks)))
    expect(Buffer.concat(chunks).length).toBe(summary.zipBytes)
    const names = Object.keys(entries)
    expect(names.length).toBe(summary.files)
    expect(names).toContain('jiaodui-export/manifest.json')
    const manifest = JSON.parse(Buffer.from(entries['jiaodui-export/manifest.json']).toString('utf8')) as ExportManifest
    for (const [p, hash] of Object.entries(manifest.files))
      expect(sha256(Buffer.from(entries[`jiaodui-export/${p}`])), p).toBe(hash)
    expect(await readdir(dir)).toEqual([]) // the temporary export folder lives in os.tmpdir() and is gone
  })

  const score = '/work/shared/eval/score.mjs'
  it.skipIf(!existsSync(score))(
    'writes JSONL that the evaluation script reads: gold headlines found, entity precision 1 on gold text',
    async () => {
      await exportCorpus(testCorpus(), opts({ formats: ['jsonl'] }), join(dir, 'eval'))
      const out = execFileSync(process.execPath, [score, join(dir, 'eval', 'jsonl', 'corpus.jsonl'), '--json'], {
        encoding: 'utf8'
      })
      const { rows } = JSON.parse(out) as {
        rows: { seed: string; articlesOut: number; entP: number; headlines: string }[]
      }
      const page004 = rows.find((r) => r.seed === '004_5e8ab85cd838b191.txt')!
      expect(page004.articlesOut).toBe(4)
      expect(page004.entP).toBe(1)
      expect(page004.headlines).toMatch(/^3\//) // the 3 news/feature headlines among our 4 articles
    }
  )
})
