import { describe, expect, it } from 'vitest'
import { createCorpusExporter } from '../../../src/shared/export/corpus'
import { buildManifest } from '../../../src/shared/export/manifest'
import { astralArticle, goldArticles, testCorpus } from './fixtures'
import { exportToMemory, MemorySink, options } from './memory-sink'

describe('corpus export', () => {
  it('is deterministic: the same input gives byte-identical files, whatever order entities arrive in', () => {
    const a = exportToMemory(testCorpus(), { includeSuggested: true, includeHeadlines: true })
    const shuffled = testCorpus().map((x) => ({ ...x, entities: [...x.entities].reverse() }))
    const b = exportToMemory(shuffled, { includeSuggested: true, includeHeadlines: true })
    expect([...b.files.keys()].sort()).toEqual([...a.files.keys()].sort())
    for (const [path, data] of a.files) expect(b.files.get(path), path).toBe(data)
    expect(b.result).toEqual(a.result)
  })

  it('writes each format into its own folder', () => {
    const { files } = exportToMemory(testCorpus())
    const folders = new Set([...files.keys()].map((p) => p.split('/')[0]))
    expect([...folders].sort()).toEqual(['brat', 'conll', 'jsonl', 'labelstudio', 'md', 'txt'])
    expect(files.has('jsonl/corpus.jsonl') && files.has('txt/corpus.txt') && files.has('labelstudio/config.xml')).toBe(
      true
    )
  })

  it('counts pages, articles, code points and entities per label in label-set order', () => {
    const { result } = exportToMemory(testCorpus(), { includeSuggested: true })
    const c = result.counts
    expect([c.pages, c.articles]).toEqual([3, 6])
    expect(Object.keys(c.entities)).toEqual(['PER', 'ORG', 'LOC', 'DATE', 'MONEY'])
    expect(c.suggested).toEqual({ PER: 0, ORG: 0, LOC: 0, DATE: 1, MONEY: 0 })
    expect(c.entitiesNotInText).toBeGreaterThan(0) // byline names, headlines not included
    const { files } = exportToMemory(testCorpus(), { formats: ['jsonl'] })
    const texts = files
      .get('jsonl/corpus.jsonl')!
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { text: string }).text)
    expect(c.characters).toBe(texts.reduce((n, t) => n + Array.from(t).length, 0))
  })

  it('applies the status and page filters and reports what they left out', () => {
    const corpus = [...goldArticles('cleaned'), astralArticle()]
    const { result, files } = exportToMemory(corpus, { statuses: ['tagged', 'reviewed'], formats: ['jsonl'] })
    expect(result.counts.articles).toBe(1)
    expect(result.counts.filteredArticles).toBe(5)
    expect(files.get('jsonl/corpus.jsonl')!.split('\n')).toHaveLength(2)
    const byPage = exportToMemory(corpus, { pageIds: ['68092b021be56c48'], formats: ['txt'] })
    expect([...byPage.files.keys()].sort()).toEqual(['txt/68092b021be56c48-a01.txt', 'txt/corpus.txt'])
  })

  it('throws RangeError when articles are out of order, a page comes back, or ids collide ignoring case', () => {
    const [a, b, c] = goldArticles()
    const run = (xs: (typeof a)[]) => () => {
      const e = createCorpusExporter(options(), new MemorySink())
      for (const x of xs) e.add(x)
    }
    expect(run([a, c, b])).toThrow(/comes after .*sort by pageIndex, then articleIndex/)
    expect(run([a, b, { ...c, pageIndex: 5, page: a.page, id: 'x-a09' }])).toThrow(/appears again/)
    expect(run([b, { ...c, id: b.id.toUpperCase() }])).toThrow(/Duplicate article id/)
    expect(run([b, { ...c, page: 'other' }])).toThrow(/share pageIndex/)
  })

  it('builds a manifest with sorted file hashes, sorted filters and the offset unit', () => {
    const { result } = exportToMemory(goldArticles())
    const m = buildManifest({
      toolName: 'jiaodui',
      toolVersion: '0.1.0',
      libraryId: 'lib-1',
      createdAt: '2026-01-01T00:00:00.000Z',
      filters: options({ labels: ['PER', 'LOC'], formats: ['md', 'jsonl'] }),
      counts: result.counts,
      files: [
        ['txt/b.txt', 'bb'],
        ['jsonl/corpus.jsonl', 'aa']
      ]
    })
    expect(Object.keys(m.files)).toEqual(['jsonl/corpus.jsonl', 'txt/b.txt'])
    expect(m.filters).toEqual({
      formats: ['jsonl', 'md'],
      statuses: null,
      pageIds: null,
      labels: ['LOC', 'PER'],
      includeHeadlines: false,
      includeSuggested: false,
      conllTokens: 'latin-runs'
    })
    expect(m.offsets).toBe('unicode-code-points, end exclusive')
    expect(m.schema).toBe(1)
  })
})
