import { describe, expect, it } from 'vitest'
import { cleanWith, seed, squeeze, suggest } from './helpers'

/** True when some clean line holds `a` directly followed by `b` (whitespace and width ignored). */
function joined(clean: string, a: string, b: string): boolean {
  const fold = (s: string) => squeeze(s).replace(/，/g, ',').replace(/[“”]/g, '"').replace(/：/g, ':')
  return clean.split('\n').some((l) => fold(l).includes(fold(a) + fold(b)))
}

describe('split paragraphs', () => {
  it('rejoins the five paragraphs broken by a blank line on seed 004 (gold split_joins), rank 1', () => {
    const clean = cleanWith(seed('004'), ['split-paragraph', 'blank-lines'])
    const gold: Array<[string, string]> = [
      ['建会入会、阵地建设、', '检查验收和总结评估等6个'],
      ['向他们宣传工会法、', '介绍党工共建、讲构建和'],
      ['唯一一家非公企业“产', '改”试点单位——山东豪'],
      ['。第一期培训班吸引', '20多家企业的100多名'],
      ['星宇手套有限公司人力资源', '部部长高华兴娓娓道来。']
    ]
    for (const [a, b] of gold) expect(joined(clean, a, b), `${a}|${b}`).toBe(true)
  })

  it('moves a continuation printed far away back to its paragraph (seed 000: 互助保|障行动)', () => {
    const page = seed('000')
    const s = suggest(page).find((x) => x.kind === 'split-paragraph' && x.explanation.includes('障行动'))!
    expect(s.rank).toBe(1)
    expect(s.safe).toBe(false)
    expect(s.moves).toHaveLength(1)
    expect(
      joined(cleanWith(page, ['split-paragraph', 'duplicate', 'blank-lines']), '拉开职工医疗互助保', '障行动的序幕。')
    ).toBe(true)
  })

  it('ranks the right continuation first when several lines could continue (seed 001: 在帮扶时点上,|主要集中在…)', () => {
    const group = suggest(seed('001')).filter(
      (x) => x.kind === 'split-paragraph' && x.explanation.includes('在帮扶时点上')
    )
    expect(group.length).toBeGreaterThan(1)
    expect(group.every((x) => x.group === group[0].group)).toBe(true)
    const first = group.find((x) => x.rank === 1)!
    expect(first.explanation).toContain('主要集中在')
    expect(
      joined(cleanWith(seed('001'), ['split-paragraph', 'blank-lines']), '在帮扶时点上,', '主要集中在重大节日前后。')
    ).toBe(true)
  })

  it('rejoins a paragraph broken across a headline printed in between (seed 001 lines 56, 58, 60)', () => {
    expect(
      joined(cleanWith(seed('001'), ['split-paragraph', 'blank-lines']), '工建服务党建”的', '思路,坚持因地制宜')
    ).toBe(true)
  })

  it('moves the first piece of a box up under its title instead of taking the box text away (seed 002: 阅读提示)', () => {
    const page = seed('002')
    const s = suggest(page).find((x) => x.kind === 'split-paragraph' && x.explanation.includes('under the box title'))!
    expect(s.rank).toBe(1)
    expect(s.explanation).toContain('主席接待日')
    const clean = cleanWith(page, ['split-paragraph', 'blank-lines'])
    const lines = clean.split('\n').map(squeeze)
    const box = lines.indexOf('阅读提示')
    expect(lines[box + 1]).toMatch(
      /^2020年,为第一时间了解职工需求,.*在建立"工会主席接待日"制度的基础上,开通"主席信箱"/u
    )
  })

  it('does not join a title block, a list introduced by a colon, or complete paragraphs', () => {
    const clean = cleanWith(seed('000'), ['split-paragraph'])
    expect(clean).toContain('技术攻关\n') // subhead before the dateline stays its own line
    const c1 = cleanWith(seed('001'), ['split-paragraph', 'blank-lines'])
    expect(c1).toContain('这9项实事、善事包括:\n')
    expect(joined(c1, '服务普惠化', '涵盖')).toBe(false)
  })
})
