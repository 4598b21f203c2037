import { describe, expect, it } from 'vitest'
import { cleanWith, seedLine } from './helpers'

const widen = (line: string) => cleanWith(line, ['punct-width'])

describe('punctuation width', () => {
  it('widens commas, colons and the brackets of a byline in Chinese text (seed 000 line 9)', () => {
    const out = widen(seedLine('000', 9))
    expect(
      out.startsWith('**本报讯** （记者王伟 通讯员刘义昂）今年1月，江苏省滨海县总工会针对全县民营企业面临资金短缺、')
    ).toBe(true)
    expect(out).not.toMatch(/[\u4e00-\u9fff][,:;()]|[,:;()][\u4e00-\u9fff]/)
  })

  it.each([
    seedLine('000', 7), // 1.67亿元, 7600多万元 (already full width)
    '下发宣传手册10.5万余册,现场解答疑难问题600多条。',
    '共筹集5703.63万元帮扶资金,使80%以上独立建会企业达标。',
    '每个小分队分配2~3名工会社会化工作者,构建"1+6+N"职工服务体系。',
    '会议于14:30召开,共有1,500人参加。'
  ])('leaves number formats alone: %s', (line) => {
    const out = widen(line)
    for (const n of ['1.67', '10.5', '5703.63', '80%', '2~3', '1+6+N', '14:30', '1,500'])
      if (line.includes(n)) expect(out).toContain(n)
  })

  it('leaves punctuation in Latin text alone', () => {
    expect(widen('Hello, world: see http://example.com (page 2).')).toBe(
      'Hello, world: see http://example.com (page 2).'
    )
  })

  it.each([
    ['明确要深 人落实小额缴费工会组织工会经费全额返还政策。', '明确要深 人落实小额缴费工会组织工会经费全额返还政策。'],
    [
      '截至2021年11月,给22772家小微企业返还工会经费7779万余元;',
      '截至2021年11月，给22772家小微企业返还工会经费7779万余元；'
    ],
    [
      '在民营企业集中的工业园区及周边加油(气)站等地建设工会服务阵地',
      '在民营企业集中的工业园区及周边加油（气）站等地建设工会服务阵地'
    ],
    [
      '《大连市职工医疗互助活动实施细则(2022)》(下称《细则》)',
      '《大连市职工医疗互助活动实施细则（2022）》（下称《细则》）'
    ],
    ['超警戒(26.00)9.97米。', '超警戒（26.00）9.97米。'],
    ['思达)3月11日,吉林省辽源市总工会组织', '思达）3月11日，吉林省辽源市总工会组织'],
    ['乡镇(街道)(', '乡镇（街道）（'],
    ['你知道吗?真好!', '你知道吗？真好！']
  ])('widens %s', (line, expected) => {
    expect(widen(line)).toBe(expected)
  })

  it('pairs ASCII quotes by their neighbours, also when a quotation is broken across lines', () => {
    expect(widen('等到6月底,贾双就可以每月领取住房补贴了。"现在这种住宿安排,大家都很满意。"贾双说。')).toBe(
      '等到6月底，贾双就可以每月领取住房补贴了。“现在这种住宿安排，大家都很满意。”贾双说。'
    )
    expect(widen(seedLine('002', 143))).toBe(
      '主席接待日”制度的基础上，开通“主席信箱”，解决职工工作生活中的急难愁盼问题。'
    )
    expect(widen(seedLine('002', 167))).toBe('收到职工来信。高鑫波说：“要不是有了这个')
    expect(widen(seedLine('002', 171))).toBe('信箱，还真不知道职工有那么多诉求。”')
    expect(widen('临夏市总工会举行"职工\'微心愿\'工会来实现" 活动')).toBe(
      '临夏市总工会举行“职工‘微心愿’工会来实现” 活动'
    )
    expect(widen('参赛。"十四五"以来,劳动竞赛参赛单位上市新药20余种')).toBe(
      '参赛。“十四五”以来，劳动竞赛参赛单位上市新药20余种'
    )
  })

  it('keeps apostrophes inside Latin words', () => {
    expect(widen("他说 don't worry,我们会解决。")).toBe("他说 don't worry，我们会解决。")
  })

  it('narrows full-width digits and Latin letters, and a full-width per cent sign after them', () => {
    expect(widen('共有１２３名职工参加ＡＢＣ培训,增长２５％。')).toBe('共有123名职工参加ABC培训，增长25%。')
  })

  it('restores a dash cut to one mark at the end of a kicker line (seed 003 lines 1 and 147), not mid-line', () => {
    expect(widen(seedLine('003', 1))).toMatch(/让园区工会工作开展更顺畅——$/u)
    expect(widen(seedLine('003', 147))).toMatch(/实现职工成长和企业发展同频共振——$/u)
    expect(widen('帮助小微企业工会组织建起来、转起来、活起来—')).toBe('帮助小微企业工会组织建起来、转起来、活起来——')
    expect(widen(seedLine('004', 3))).toMatch(/活起来——$/u) // already two marks: kept as they are
    for (const line of ['开通京-津城际线路', 'Model A-', '第3-']) expect(widen(line)).toBe(line)
  })

  it('leaves already correct text untouched', () => {
    const line = seedLine('000', 7)
    expect(widen(line)).toBe(line)
  })
})
