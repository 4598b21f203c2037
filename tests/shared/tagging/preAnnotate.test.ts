import { describe, expect, it } from 'vitest'
import { segmentPage } from '../../../src/shared/articles/segmentPage'
import type { EntitySpan } from '../../../src/shared/model/page'
import { preAnnotate } from '../../../src/shared/tagging/preAnnotate'
import { annotate } from './annotatePage'

// seeds/004 lines 49–53, cleaned.
const PAGE =
  '量化目标任务 明确部门责任\n江苏阜宁县总实施“六个100”行动\n本报（记者王伟 通讯员唐璐 周永祥）记者日前获悉，江苏省盐城市阜宁县总工会今年将以实施“六个100”行动为抓手。\n阜宁县人大常委会副主任、县总工会主席计俊介绍，“六个100”行动即培育优秀工会主席100名。\n'

describe('preAnnotate', () => {
  const spans = preAnnotate(PAGE, segmentPage(PAGE))

  it('proposes pending rule spans with unique ids, sorted and within the text', () => {
    expect(spans.length).toBeGreaterThan(5)
    expect(new Set(spans.map((s) => s.id)).size).toBe(spans.length)
    for (const s of spans) expect(s).toMatchObject({ status: 'pending', origin: 'rule' })
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end)
  })

  it('finds organisations by suffix with their place, and the 县总 abbreviation, without a tagger', () => {
    const found = annotate(PAGE)
    expect(found.ORG).toEqual(expect.arrayContaining(['江苏阜宁县总', '江苏省盐城市阜宁县总工会', '县总工会']))
    expect(found.PER).toEqual(['王伟', '唐璐', '周永祥', '计俊'])
    expect(found.DATE).toEqual(['今年'])
  })

  it('never overlaps a kept span and never repeats a rejected one', () => {
    const name = PAGE.indexOf('计俊')
    const kept: EntitySpan = {
      id: 'h1',
      start: name - 2,
      end: name + 2,
      label: 'PER',
      status: 'accepted',
      origin: 'human'
    }
    const wangwei = spans.find((s) => PAGE.slice(s.start, s.end) === '王伟')
    if (!wangwei) throw new Error('王伟 not proposed')
    const rejected: EntitySpan = { ...wangwei, id: 'x1', status: 'rejected' }
    const again = preAnnotate(PAGE, segmentPage(PAGE), { existing: [kept, rejected] })
    expect(again.some((s) => s.start < kept.end && kept.start < s.end)).toBe(false)
    expect(again.some((s) => s.start === rejected.start && s.end === rejected.end)).toBe(false)
    expect(again.some((s) => s.id === 'h1' || s.id === 'x1')).toBe(false)
  })

  it('proposes only the labels asked for, and lexicon entries as written', () => {
    const only = preAnnotate(PAGE, segmentPage(PAGE), { labels: ['MONEY', 'DATE'] })
    expect(new Set(only.map((s) => s.label))).toEqual(new Set(['DATE']))
    const lex = annotate(PAGE, { lexicon: [{ text: '六个100', label: 'MISC' }], labels: ['MISC'] })
    expect(lex.MISC).toEqual(['六个100', '六个100', '六个100'])
  })

  it('leaves names inside a book title alone', () => {
    const page = '标题\n本报（记者刘旭）近日，《大连市职工医疗互助活动实施细则（2022）》由大连市医保局讨论通过。\n'
    expect(annotate(page).LOC).toBeUndefined()
  })
})
