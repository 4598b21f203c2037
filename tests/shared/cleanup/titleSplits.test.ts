import { describe, expect, it } from 'vitest'
import { articlesOf } from '../../../src/shared/articles/articleView'
import { segmentPage } from '../../../src/shared/articles/segmentPage'
import { applySuggestions } from '../../../src/shared/cleanup/apply'
import type { Suggestion } from '../../../src/shared/cleanup/suggestion'
import { titleUnits } from '../../../src/shared/cleanup/titleSplits'
import { seed, seedLine, suggest } from './helpers'

const titleSpaces = (raw: string): Suggestion[] => suggest(raw).filter((s) => s.kind === 'title-split')
/** Seed line `n` (1-based) with the safe title-split edits that the engine proposes inside it on the whole page. */
const safeResult = (prefix: string, n: number): string => {
  const raw = seed(prefix)
  const line = seedLine(prefix, n)
  const from =
    raw
      .split('\n')
      .slice(0, n - 1)
      .join('\n').length + 1
  const edits = titleSpaces(raw)
    .filter((s) => s.safe)
    .flatMap((s) => s.edits)
    .filter((e) => e.from >= from && e.to <= from + line.length)
    .sort((x, y) => y.from - x.from)
  let out = line
  for (const e of edits) out = out.slice(0, e.from - from) + e.insert + out.slice(e.to - from)
  return out.trim()
}

describe('title-split: kicker and headline printed on one line', () => {
  it.each([
    [
      '004',
      49,
      '量化目标任务 明确部门责任 江苏阜宁县总实施"六个100"行动',
      '量化目标任务 明确部门责任\n江苏阜宁县总实施"六个100"行动'
    ],
    [
      '004',
      61,
      '陕西工会全力为党政分忧为企业解困为职工解难 上下整体联动 助推复工复产',
      '陕西工会全力为党政分忧为企业解困为职工解难\n上下整体联动 助推复工复产'
    ],
    [
      '004',
      87,
      '病种增加 比例提高 "一卡通办" 大连职工医疗互助活动升级',
      '病种增加 比例提高 "一卡通办"\n大连职工医疗互助活动升级'
    ],
    [
      '004',
      95,
      '宁夏青铜峡市推进劳动争议纠纷非诉解决 "法院+工会"调解模式化解劳动纠纷',
      '宁夏青铜峡市推进劳动争议纠纷非诉解决\n"法院+工会"调解模式化解劳动纠纷'
    ],
    [
      '001',
      58,
      '青海省委常委、省总工会主席苏宁提出 在新常态下推动工会工作创新发展',
      '青海省委常委、省总工会主席苏宁提出\n在新常态下推动工会工作创新发展'
    ],
    ['001', 74, '创新机制 夯实基础 强化保障 成都工会激发基层活力', '创新机制 夯实基础 强化保障\n成都工会激发基层活力']
  ])('breaks seed %s line %i before the headline (safe)', (prefix, n, line, expected) => {
    expect(seedLine(prefix, n).trim().replace(/[“”]/gu, '"')).toBe(line)
    expect(safeResult(prefix, n).trim().replace(/[“”]/gu, '"')).toBe(expected)
  })

  it.each([
    seedLine('004', 43), // 职工线上点单 工会线下配单
    seedLine('004', 63), // 抗疫情促发展 工会在行动
    seedLine('004', 107), // 党建联建聚合力 劳动竞赛助发展
    seedLine('001', 5), // 帮扶精准化 服务普惠化
    seedLine('004', 7), // 本报记者 李丰 (a byline)
    seedLine('003', 145), // 本报记者 吴铎思 本报通讯员 王举南 刘廷福 摄
    seedLine('002', 7) // a body line with wrap spaces
  ])('proposes nothing for %s', (line) => {
    expect(titleSpaces(line.trim() + '\n')).toEqual([])
  })

  it('only proposes the split for review when the line stands between body paragraphs (a heading there)', () => {
    const raw = [seedLine('004', 47), '', seedLine('004', 49), '', seedLine('004', 53), ''].join('\n')
    expect(titleSpaces(raw).map((s) => [s.safe, s.rank, s.meta?.action])).toEqual([
      [false, 1, 'split'],
      [false, 2, 'join']
    ])
  })

  it('does not take the last of three uneven parallel phrases for a headline', () => {
    const found = titleSpaces('勇担当 善作为 争当排头兵\n\n本报讯（记者王伟）近日，……\n')
    expect(found.filter((s) => s.safe)).toEqual([])
  })

  it('keeps parallel phrases together as one unit', () => {
    const units = (line: string) => titleUnits(line).map((u) => u.map((p) => line.slice(p.start, p.end)).join(' '))
    expect(units('上下整体联动 助推复工复产')).toEqual(['上下整体联动 助推复工复产'])
    expect(units('病种增加 比例提高 “一卡通办” 大连职工医疗互助活动升级')).toEqual([
      '病种增加 比例提高 “一卡通办”',
      '大连职工医疗互助活动升级'
    ])
    expect(units('参加 World Skills 大赛')).toEqual(['参加 World Skills 大赛'])
  })
})

describe('title-split: a headline wrapped onto two printed lines', () => {
  it('joins the wrap when the joined text stands unspaced in the page (seed 002 line 179, safe)', () => {
    const raw = seed('002')
    const line = seedLine('002', 179)
    const found = titleSpaces(raw).filter((s) => raw.slice(s.edits[0].from - 12, s.edits[0].to + 9).includes(line))
    expect(found.map((s) => [s.safe, s.meta?.action])).toEqual([[true, 'join']])
    expect(applySuggestions(raw, found).clean).toContain('\n全国化学医药行业引领性劳动竞赛推进会召开\n')
  })

  it('leaves the same line to review, join first, when the page does not repeat it', () => {
    const found = titleSpaces(seedLine('002', 179) + '\n')
    expect(found.map((s) => [s.safe, s.rank, s.meta?.action])).toEqual([
      [false, 1, 'join'],
      [false, 2, 'split']
    ])
  })

  it('leaves two unequal phrases without evidence to review, split first', () => {
    const found = titleSpaces('坚持以人民为中心 推动工会工作高质量发展\n')
    expect(found.map((s) => [s.safe, s.rank, s.meta?.action])).toEqual([
      [false, 1, 'split'],
      [false, 2, 'join']
    ])
  })
})

describe('title-split through segmentation (safe suggestions only, as `auto` applies them)', () => {
  it('gives seed 004 its kickers, headlines and subhead', () => {
    const raw = seed('004')
    const clean = applySuggestions(
      raw,
      suggest(raw).filter((s) => s.safe)
    ).clean
    const views = articlesOf(clean, segmentPage(clean))
    const titles = views.filter((v) => v.kicker || v.subheads.length).map((v) => [v.kicker, v.headline, v.subheads])
    expect(titles).toEqual(
      expect.arrayContaining([
        ['量化目标任务 明确部门责任', '江苏阜宁县总实施“六个100”行动', []],
        ['陕西工会全力为党政分忧为企业解困为职工解难', '上下整体联动 助推复工复产', ['抗疫情促发展 工会在行动']],
        ['病种增加 比例提高 “一卡通办”', '大连职工医疗互助活动升级', []],
        ['宁夏青铜峡市推进劳动争议纠纷非诉解决', '“法院+工会”调解模式化解劳动纠纷', []]
      ])
    )
  })
})
