import { describe, expect, it } from 'vitest'
import { JSONL_PATH, type JsonlRecord } from '../../../src/shared/export/jsonl'
import { astralArticle, goldArticles, testCorpus } from './fixtures'
import { cpSlice, exportToMemory } from './memory-sink'

const records = (files: Map<string, string>) =>
  files
    .get(JSONL_PATH)!
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as JsonlRecord)

describe('JSONL export', () => {
  it('writes one line per article with the documented fields in order', () => {
    const { files } = exportToMemory(testCorpus(), { formats: ['jsonl'] })
    const recs = records(files)
    expect(recs).toHaveLength(testCorpus().length)
    expect(Object.keys(recs[0])).toEqual([
      'id',
      'source',
      'page',
      'kicker',
      'headline',
      'subheads',
      'byline',
      'type',
      'tags',
      'region',
      'status',
      'headings',
      'bodyStart',
      'text',
      'label',
      'entities'
    ])
    expect(files.get(JSONL_PATH)!.endsWith('}\n')).toBe(true)
    const r = recs.find((x) => x.id === '5e8ab85cd838b191-a04')!
    expect(r).toMatchObject({
      source: '004_5e8ab85cd838b191.txt',
      page: '5e8ab85cd838b191',
      headline: '上下整体联动 助推复工复产',
      subheads: ['抗疫情促发展 工会在行动'],
      byline: '本报（记者毛浓曦）',
      type: 'news',
      status: 'reviewed',
      bodyStart: 0
    })
  })

  it('slices every entity out of text by code points, as Python would, and mirrors it in label', () => {
    const { files } = exportToMemory(testCorpus(), { formats: ['jsonl'] })
    let n = 0
    for (const r of records(files)) {
      expect(r.label).toEqual(r.entities.map((e) => [e.start, e.end, e.label]))
      for (const e of r.entities) {
        expect(cpSlice(r.text, e.start, e.end)).toBe(e.text)
        n++
      }
    }
    expect(n).toBeGreaterThan(60)
  })

  it('uses code points, not UTF-16, after 𠮷: 王伟 is at 8–10, not 9–11', () => {
    const { files } = exportToMemory([astralArticle()], { formats: ['jsonl'] })
    const [r] = records(files)
    const wang = r.entities.find((e) => e.text === '王伟')!
    expect(r.text.indexOf('王伟')).toBe(9)
    expect([wang.start, wang.end]).toEqual([8, 10])
    expect(r.entities.find((e) => e.label === 'LOC')).toEqual({ start: 2, end: 5, label: 'LOC', text: '𠮷安村' })
  })

  it('marks pending suggestions with origin "suggested" and lists them in label too', () => {
    const { files } = exportToMemory([astralArticle()], { formats: ['jsonl'], includeSuggested: true })
    const [r] = records(files)
    const date = r.entities.filter((e) => e.label === 'DATE')
    expect(date).toEqual([
      {
        start: r.label.find((l) => l[2] === 'DATE')![0],
        end: expect.any(Number),
        label: 'DATE',
        text: '今年',
        origin: 'suggested'
      }
    ])
    expect(r.entities.filter((e) => e.origin === undefined).length).toBe(r.entities.length - 1)
  })

  it('with includeHeadlines puts the header lines first and records where the body starts', () => {
    const { files } = exportToMemory(goldArticles(), { formats: ['jsonl'], includeHeadlines: true })
    for (const r of records(files)) {
      const header = [r.kicker, r.headline, ...r.subheads, r.byline].filter((x) => x !== null).join('\n')
      expect(cpSlice(r.text, 0, r.bodyStart)).toBe(header + '\n')
      for (const e of r.entities) expect(cpSlice(r.text, e.start, e.end)).toBe(e.text)
    }
    const li = records(files)
      .find((r) => r.id === '5e8ab85cd838b191-a01')!
      .entities.find((e) => e.text === '李丰')
    expect(li?.label).toBe('PER')
  })
})
