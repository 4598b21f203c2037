import { describe, expect, it } from 'vitest'
import { articleFromParts } from '../../../src/shared/export/article'
import { prepareArticle, type PrepareStats } from '../../../src/shared/export/prepare'
import { astralArticle, goldArticles } from './fixtures'
import { cpSlice } from './memory-sink'

const noStats = (): PrepareStats => ({ notInText: 0, invalid: 0, duplicates: 0 })
const base = { labels: null, includeHeadlines: false, includeSuggested: false }

describe('prepareArticle', () => {
  const feature = goldArticles().find((a) => a.id === '5e8ab85cd838b191-a01')!

  it('exports the body only by default and counts byline entities as not in the text', () => {
    const stats = noStats()
    const p = prepareArticle(feature, base, stats, () => {})
    expect(p.text.startsWith('6月10日，记者来到贵州省遵义市仁怀市味来酒业公司')).toBe(true)
    expect(p.text).not.toContain('“建会小分队”来了')
    expect(p.headline).toBe('“建会小分队”来了')
    expect(p.byline).toBe('本报记者 李丰')
    expect(p.spans.some((s) => s.text === '李丰')).toBe(false)
    expect(stats.notInText).toBeGreaterThan(0)
    expect(p.bodyStartCp).toBe(0)
    expect(p.text.split('\n')[p.headings[0]]).toBe('进驻工作薄弱区域')
  })

  it('prepends kicker, headline and byline with includeHeadlines and shifts every span with them', () => {
    const p = prepareArticle(feature, { ...base, includeHeadlines: true }, noStats(), () => {})
    const lines = p.text.split('\n')
    expect(lines.slice(0, 3)).toEqual([feature.lines[0].text, '“建会小分队”来了', '本报记者 李丰'])
    expect(cpSlice(p.text, p.bodyStartCp, p.bodyStartCp + 6)).toBe('6月10日，')
    const li = p.spans.find((s) => s.text === '李丰')!
    expect(li.label).toBe('PER')
    for (const s of p.spans) expect(p.text.slice(s.start, s.end)).toBe(s.text)
    expect(lines[p.headings[0]]).toBe('进驻工作薄弱区域')
  })

  it('keeps pending suggestions out unless includeSuggested, and marks them', () => {
    const a = astralArticle()
    expect(prepareArticle(a, base, noStats(), () => {}).spans.some((s) => s.label === 'DATE')).toBe(false)
    const p = prepareArticle(a, { ...base, includeSuggested: true }, noStats(), () => {})
    expect(p.spans.filter((s) => s.label === 'DATE').map((s) => [s.text, s.suggested])).toEqual([['今年', true]])
  })

  it('gives code-point offsets that differ from UTF-16 after 𠮷', () => {
    const p = prepareArticle(astralArticle(), base, noStats(), () => {})
    const wang = p.spans.find((s) => s.text === '王伟')!
    expect(wang.start - wang.cpStart).toBe(1) // one 𠮷 before it
    expect(cpSlice(p.text, wang.cpStart, wang.cpEnd)).toBe('王伟')
    const village = p.spans.filter((s) => s.text === '𠮷安村')
    expect(village).toHaveLength(2)
    expect(village[1].cpEnd - village[1].cpStart).toBe(3)
    expect(village[1].end - village[1].start).toBe(4)
  })

  it('drops a span that cuts 𠮷 in half: it has no code-point offset', () => {
    const a = astralArticle()
    const at = a.lines
      .map((l) => l.text)
      .join('\n')
      .indexOf('𠮷安村')
    const warnings: string[] = []
    const p = prepareArticle(
      { ...a, entities: [{ start: at + 1, end: at + 4, label: 'LOC', status: 'accepted' }] },
      { ...base, includeHeadlines: true },
      noStats(),
      (m) => warnings.push(m)
    )
    expect(p.spans).toEqual([])
    expect(warnings[0]).toMatch(/inside a character outside the BMP/)
  })

  it('keeps only the chosen labels', () => {
    const p = prepareArticle(feature, { ...base, labels: ['PER'] }, noStats(), () => {})
    expect(new Set(p.spans.map((s) => s.label))).toEqual(new Set(['PER']))
  })

  it('drops invalid, rejected, whitespace-only and split-apart spans, with a warning each', () => {
    const a = articleFromParts(
      {
        id: 'x-a01',
        source: 'x.txt',
        page: 'x',
        pageIndex: 0,
        articleIndex: 0,
        type: 'news',
        tags: [],
        region: null,
        status: 'tagged'
      },
      { kicker: null, headline: '标题', subheads: [], byline: null, body: '正文第一段\n正文第二段', headings: [] },
      [
        { start: 0, end: 99, label: 'ORG', status: 'accepted' },
        { start: 3, end: 3, label: 'ORG', status: 'accepted' },
        { start: 4, end: 7, label: 'ORG', status: 'accepted' }, // 段\n正: crosses two body lines, kept
        { start: 0, end: 2, label: 'PER', status: 'accepted' },
        { start: 0, end: 2, label: 'PER', status: 'accepted' }
      ]
    )
    a.entities.push({ start: 1, end: 4, label: 'LOC', status: 'accepted' }) // 题\n正: header + body
    a.entities.push(
      JSON.parse('{"start": 3, "end": 5, "label": "PER", "status": "rejected"}') as (typeof a.entities)[number]
    )
    a.entities.push({ start: 8, end: 9, label: 'LOC', status: 'accepted' }) // only the line break after 段
    const warnings: string[] = []
    const stats = noStats()
    const p = prepareArticle(a, base, stats, (m) => warnings.push(m))
    expect(p.spans.map((s) => [s.label, s.text])).toEqual([
      ['PER', '正文'],
      ['ORG', '段\n正']
    ])
    expect(stats).toEqual({ notInText: 0, invalid: 5, duplicates: 1 })
    expect(warnings).toHaveLength(5)
    expect(warnings[4]).toMatch(/LOC covers only whitespace/)
    expect(warnings[2]).toMatch(/x-a01.*LOC 1–4.*partly outside/)
    expect(warnings[3]).toMatch(/status "rejected"/)
  })

  it('throws RangeError for ids that are not file-name safe and for lines containing "\\n"', () => {
    expect(() => prepareArticle({ ...feature, id: '../etc' }, base, noStats(), () => {})).toThrow(RangeError)
    expect(() => prepareArticle({ ...feature, page: 'CON' }, base, noStats(), () => {})).toThrow(RangeError)
    expect(() => prepareArticle({ ...feature, id: 'Corpus' }, base, noStats(), () => {})).toThrow(/reserved/)
    expect(() =>
      prepareArticle({ ...feature, lines: [{ role: 'body', text: 'a\nb' }] }, base, noStats(), () => {})
    ).toThrow(/contains "\\n"/)
  })
})
