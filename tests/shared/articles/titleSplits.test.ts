import { describe, expect, it } from 'vitest'
import { articlesOf } from '../../../src/shared/articles/articleView'
import { segmentPage } from '../../../src/shared/articles/segmentPage'
import { suggestTitleSplits, titleSplitPoint } from '../../../src/shared/articles/titleSplits'
import { applyChanges } from '../../../src/shared/text/changes'

const split = (line: string) => {
  const p = titleSplitPoint(line)
  return p ? [line.slice(0, p.from), line.slice(p.to)] : null
}

describe('kicker and headline on one line (seeds/004 lines 49, 61, 87, 95)', () => {
  it.each([
    [
      '量化目标任务 明确部门责任 江苏阜宁县总实施“六个100”行动',
      ['量化目标任务 明确部门责任', '江苏阜宁县总实施“六个100”行动']
    ],
    [
      '陕西工会全力为党政分忧为企业解困为职工解难 上下整体联动 助推复工复产',
      ['陕西工会全力为党政分忧为企业解困为职工解难', '上下整体联动 助推复工复产']
    ],
    [
      '病种增加 比例提高 “一卡通办” 大连职工医疗互助活动升级',
      ['病种增加 比例提高 “一卡通办”', '大连职工医疗互助活动升级']
    ]
  ])('splits %s before the headline unit', (line, parts) => {
    expect(split(line)).toEqual(parts)
  })

  it.each([
    '职工线上点单 工会线下配单',
    '党建联建聚合力 劳动竞赛助发展',
    '抗疫情促发展 工会在行动',
    '“建会小分队”来了'
  ])('leaves the one-unit title %s whole', (line) => expect(split(line)).toBeNull())

  it('proposes line breaks that, once applied, give kicker, headline and subhead', () => {
    const clean =
      '陕西工会全力为党政分忧为企业解困为职工解难 上下整体联动 助推复工复产\n抗疫情促发展 工会在行动\n本报（记者毛浓曦）近日，记者了解到，陕西省总工会在引导各级工会积极投身疫情防控工作之时。\n'
    const changes = suggestTitleSplits(clean, segmentPage(clean))
    expect(changes).toHaveLength(1)
    const fixed = applyChanges(clean, changes)
    const [v] = articlesOf(fixed, segmentPage(fixed))
    expect([v.kicker, v.headline, v.subheads]).toEqual([
      '陕西工会全力为党政分忧为企业解困为职工解难',
      '上下整体联动 助推复工复产',
      ['抗疫情促发展 工会在行动']
    ])
  })
})
