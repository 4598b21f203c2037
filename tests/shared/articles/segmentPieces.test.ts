// Lines that look like titles but are pieces of body text, page furniture and credits, from real seed lines as
// `auto` leaves them (safe cleanup only).
import { describe, expect, it } from 'vitest'
import { articlesOf } from '../../../src/shared/articles/articleView'
import { parseByline } from '../../../src/shared/articles/bylines'
import { segmentPage } from '../../../src/shared/articles/segmentPage'

const views = (lines: readonly string[]) => {
  const clean = lines.join('\n') + '\n'
  return articlesOf(clean, segmentPage(clean))
}
const summary = (lines: readonly string[]) =>
  views(lines).map((v) => ({
    type: v.type,
    kicker: v.kicker,
    headline: v.headline,
    byline: v.byline,
    body: v.paragraphs.map((p) => p.text)
  }))

// seeds/002 lines 3–29: the end of one article, then the shredded narrow column of the 燕山石化 article.
const SHREDDED = [
  '斗南国际花卉产业园区和云南省数字经济开发区均位于呈贡区，其中，花卉产业园区拥有全国唯一一家国家级花卉交易市场，经呈贡区“产改”领导小组',
  '燕山石化公司工会聚力',
  '“1+6+N”工作体系精准服务职工',
  '一箱箱清凉饮品送到了一线职工手中，也将',
  '“娘家人”的温暖传递到职工的心里。这是燕',
  '山石化公司工会开展“我为群众办实事”实践',
  '务职工工作的精准性和质量效率，构建形成',
  '“1+6+N”职工服务体系，即1个智慧服务平',
  '台、6个服务维度、N个服务阵地。为更好地',
  '满足职工的多样性需求，公司工会建立网上服务职工智慧平台，运用大数据动态掌握职',
  '工的生活状况和需求，持续推出职工关注度',
  '高、吸引力强的服务项目，打造了方便快捷、',
  '施安居工程、文体普惠、走访慰问、爱心帮扶、健康守护、维权关爱等6个维度的服务行动，',
  '成富燕新村二区1440套房屋的建设入住等工',
  '作，帮助广大职工安居乐业；在文体普惠方'
]

describe('shredded narrow-column lines stay in their article', () => {
  it('keeps the title block and takes every column line after it as body (seeds/002)', () => {
    const out = summary(SHREDDED)
    expect(out.map((a) => [a.kicker, a.headline])).toEqual([
      [null, null],
      ['燕山石化公司工会聚力', '“1+6+N”工作体系精准服务职工']
    ])
    expect(out[1].body).toEqual(SHREDDED.slice(3))
  })

  it('takes a lone long line between body lines for body, not a new headline (seeds/002 lines 145–169)', () => {
    const out = summary([
      '@工会主席，您有职工来信请查收',
      '本报记者 罗筱晓',
      '对此，华北分公司工会一方面多方了解在北京、长沙缴纳社保各自的利弊并向职工详细说明，一方面对职工意愿展开调研。',
      '华北分公司“主席信箱”开通3年来，持续',
      '收到职工来信。高鑫波说：“要不是有了这个',
      '主动为职工排忧解难',
      '信箱，还真不知道职工有那么多诉求。”'
    ])
    expect(out).toHaveLength(1)
    expect(out[0].body).toContain('华北分公司“主席信箱”开通3年来，持续')
    expect(
      views([
        '@工会主席，您有职工来信请查收',
        '本报记者 罗筱晓',
        '对此，华北分公司工会一方面多方了解。',
        '主动为职工排忧解难',
        '信箱，还真不知道职工有那么多诉求。”'
      ])[0]
        .paragraphs.filter((p) => p.role === 'heading')
        .map((p) => p.text)
    ).toEqual(['主动为职工排忧解难'])
  })

  it('keeps a column-width title that a dateline follows as a headline (seeds/003 lines 21–31)', () => {
    const out = summary([
      '工作生活难题，持续做强服务阵地，不断拓展',
      '服务功能，为职工搭建更多素质提升平台和',
      '贵州湄潭县总拓宽“党建带工建”覆盖面',
      '本报讯（通讯员肖林林 刘江冰）近年',
      '来，贵州省遵义市湄潭县总工会按照“职工在',
      '哪里，工会服务就延伸到哪里”的工作要求，',
      '全力拓宽“党建带工建”覆盖面，切实增强工'
    ])
    expect(out.map((a) => [a.headline, a.byline])).toEqual([
      [null, null],
      ['贵州湄潭县总拓宽“党建带工建”覆盖面', '本报讯（通讯员肖林林 刘江冰）']
    ])
    expect(out[1].body.at(-1)).toBe('全力拓宽“党建带工建”覆盖面，切实增强工')
  })

  it('never takes a line that closes a bracket it did not open for a title (seeds/003 lines 45–49)', () => {
    const out = summary([
      '据了解，湄潭县总在全县打造了16个工会驿站，开设“党建带工建”宣传专栏，加大对困难职工',
      '思达）3月11日，吉林省辽源市总工会组织',
      '开展走访慰问公交公司一线职工活动，并对获评辽源市优秀职工称号的6名职工进',
      '辽源市总走访慰问公交一线职工',
      '行表彰。'
    ])
    expect(out[0].body.at(-1)).toBe('思达）3月11日，吉林省辽源市总工会组织')
    expect(out.map((a) => a.headline)).toEqual([null, '辽源市总走访慰问公交一线职工'])
  })

  it('keeps a headline after a long paragraph that stops mid-sentence (seeds/002 lines 177–181)', () => {
    const out = summary([
      '今年以来，高鑫波已陆续前往五六个项目部开展“工会主席接待日”活动。除了当面会谈，职工还可以通过公司工会提前发放的问卷提出建议和意见，同时，工',
      '全国化学医药行业引领性劳动竞赛推进会召开',
      '本报讯（记者杨明清 通讯员郭一博 高凡）6月14日，由中国能源化学地质工会主办。'
    ])
    expect(out.map((a) => a.headline)).toEqual([null, '全国化学医药行业引领性劳动竞赛推进会召开'])
  })
})

describe('jump lines and photo credits', () => {
  it('leaves （上接第1版） out of the text and starts the continued article there (seeds/001 lines 80–86)', () => {
    const out = summary([
      '创新机制 夯实基础 强化保障',
      '成都工会激发基层活力',
      '本报讯（记者高柱 李娜）“这种活动好，增加了企业间的沟通交流。”',
      '此外，为营造良好的工作环境，成都工会加大了工作保障力度。',
      '（上接第1版）',
      '在河北廊坊，市职工服务中心与一些商厦、购物广场、超市等企业，通过合作方式建立起实体“工会爱心超市”。'
    ])
    expect(out.map((a) => [a.headline, a.body.length])).toEqual([
      ['成都工会激发基层活力', 2],
      [null, 1]
    ])
    expect(out.flatMap((a) => a.body).join('')).not.toContain('上接')
  })

  it('takes a dateline whose credit a column line cut off for a whole byline (seeds/003 line 15)', () => {
    const out = summary([
      '提升园区工会工作水平',
      '本报讯（记者彭冰 柳姗姗 通讯员曲',
      '活动中，辽源市总为500余名公交一线职工共计发放慰问物资。'
    ])
    expect(out.at(-1)?.byline).toBe('本报讯（记者彭冰 柳姗姗 通讯员曲')
    expect(out.flatMap((a) => a.body)).toEqual(['活动中，辽源市总为500余名公交一线职工共计发放慰问物资。'])
  })

  it('reads 万善朝 摄（新华社发） as a photo credit without a role word', () => {
    expect(parseByline('万善朝 摄（新华社发）')).toEqual({
      names: [{ start: 0, end: 3, ambiguous: false }],
      photo: true
    })
    expect(parseByline('万善朝 摄')?.photo).toBe(true)
    expect(parseByline('多部门联动为农民工清讨欠薪')).toBeNull()
    expect(parseByline('手工技艺走进乡村校园')).toBeNull()
  })

  it('makes the paragraph above a credit that follows a dated article a photo caption (seeds/001 lines 100–108)', () => {
    const out = summary([
      '昆明宜良县农业局开展农业科技下乡活动',
      '本报讯（记者黄瑜）昆明宜良县农业局为贯彻党的十八届三中全会、四中全会精神，促进高原特色农业发展。',
      '2014年12月21日，县农业局组织县、乡、镇、村四级农业技术推广体系7名专家及8名农技指导员深入示范基地。',
      '1月19日，在安徽省淮北市杜集区，该区一置业有限公司工作人员现场为17名农民工发放拖欠工资31.3万元。',
      '万善朝 摄（新华社发）'
    ])
    expect(out.map((a) => [a.type, a.headline, a.byline, a.body.length])).toEqual([
      ['news', '昆明宜良县农业局开展农业科技下乡活动', '本报讯（记者黄瑜）', 2],
      ['photo', null, '万善朝 摄（新华社发）', 1]
    ])
  })
})
