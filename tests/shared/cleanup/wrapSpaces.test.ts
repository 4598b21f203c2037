import { describe, expect, it } from 'vitest'
import { cleanWith, seedLine } from './helpers'

const wrap = (line: string) => cleanWith(line, ['wrap-space'])

describe('line-wrap spaces', () => {
  it('removes the wraps of a narrow-column paragraph (seed 002 line 7)', () => {
    expect(wrap(seedLine('002', 7))).toBe(
      '本报讯(记者赵黎浩)近日,云南省昆明市呈贡区产业工人队伍建设改革"联链"服务站在斗南国际花卉产业园区揭牌,标志着呈贡区"上下发力、连片推进、联动发展、链式服务"的"产改"新模式迈出坚实步伐。'
    )
  })

  it.each([
    ['近日,云南省昆明 市呈贡区产业工人队伍建设改革', '近日,云南省昆明市呈贡区产业工人队伍建设改革'],
    [
      '华北分公司经营范围涉及华北、东北7 省市,在施工项目维持在20个左右。',
      '华北分公司经营范围涉及华北、东北7省市,在施工项目维持在20个左右。'
    ],
    ['为新就业形态劳动者赠送 1200份"健康大礼包"等。', '为新就业形态劳动者赠送1200份"健康大礼包"等。'],
    [
      '为职工提供"紧急就医" "疾病转诊""名医视频"等就医绿 色通道服务。',
      '为职工提供"紧急就医""疾病转诊""名医视频"等就医绿色通道服务。'
    ],
    [
      '淮北市总工会采取“职工线上点单 工会线下配单”方式,开办职工夜校兴趣班。',
      '淮北市总工会采取“职工线上点单工会线下配单”方式,开办职工夜校兴趣班。'
    ],
    ['  近年来,黔西市关工委持续深入辖区内各中小学开展活动。  ', '近年来,黔西市关工委持续深入辖区内各中小学开展活动。']
  ])('removes the space in %s', (line, expected) => {
    expect(wrap(line)).toBe(expected)
  })

  it.each([
    seedLine('004', 7), // 本报记者 李丰
    seedLine('003', 5), // 本报记者 刘旭 本报通讯员 胡沙沙
    seedLine('001', 37), // □本报通讯员 季永健
    seedLine('001', 98), // 本报记者杨明清 通讯员张鸿成 梁虹
    seedLine('003', 145), // 本报记者 吴铎思 本报通讯员 王举南 刘廷福 摄
    seedLine('004', 43), // 职工线上点单 工会线下配单 (title)
    seedLine('001', 5), // 帮扶精准化 服务普惠化
    seedLine('001', 74), // 创新机制 夯实基础 强化保障 成都工会激发基层活力
    seedLine('004', 87), // 病种增加 比例提高 “一卡通办” 大连职工医疗互助活动升级
    '参加 World Skills 大赛的选手 Zhang Wei 获得金牌,得分98分。'
  ])('keeps the spaces of %s', (line) => {
    expect(wrap(line)).toBe(line)
  })

  it('keeps the spaces between names inside a dateline byline and removes the ones around it', () => {
    expect(wrap(seedLine('003', 15))).toBe('本报讯(记者彭冰 柳姗姗 通讯员曲')
    expect(
      wrap(seedLine('002', 181)).startsWith('本报讯(记者杨明清 通讯员郭一博 高凡)6月14日,由中国能源化学地质工会主办')
    ).toBe(true)
    expect(wrap('**本报讯** (记者王伟 通讯员刘义昂)今年1月,江苏省滨海县总工会')).toBe(
      '**本报讯**(记者王伟 通讯员刘义昂)今年1月,江苏省滨海县总工会'
    )
  })

  it('leaves the space before a trailing photo credit to the photo-credit rule, which breaks the line there', () => {
    const caption = seedLine('004', 47)
    expect(wrap(caption).endsWith('培训职工4000余人次。 本报通讯员 张锋 孟宪勋 摄')).toBe(true)
    expect(
      cleanWith(caption, ['wrap-space', 'photo-credit']).endsWith('培训职工4000余人次。\n本报通讯员 张锋 孟宪勋 摄')
    ).toBe(true)
    expect(
      cleanWith(seedLine('001', 106), ['wrap-space', 'photo-credit']).endsWith(
        '协助农民工清讨欠薪。\n万善朝 摄(新华社发)'
      )
    ).toBe(true)
    expect(
      cleanWith(seedLine('003', 119), ['wrap-space', 'photo-credit']).endsWith('一展\n本报通讯员 邱海鹰 唐艺娟 摄')
    ).toBe(true)
  })
})
