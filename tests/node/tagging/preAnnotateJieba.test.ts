import { describe, expect, it } from 'vitest'
import { createJiebaTagger } from '../../../src/node/tagging/jiebaTagger'
import { segmentPage } from '../../../src/shared/articles/segmentPage'
import { preAnnotate } from '../../../src/shared/tagging/preAnnotate'

const tagger = createJiebaTagger()
const annotate = (lines: string[]) => {
  const clean = lines.join('\n') + '\n'
  const out: Record<string, string[]> = {}
  for (const s of preAnnotate(clean, segmentPage(clean), { tagger }))
    (out[s.label] ??= []).push(clean.slice(s.start, s.end))
  return out
}

describe('pre-annotation with the jieba tagger, on real seed lines', () => {
  it('delimits organisations by their own words and place, not by the verb before them', () => {
    // seeds/002 lines 15, 65, 87, 131.
    const found = annotate([
      '点亮职工美好生活',
      '近日，随着送清凉专车进入燕山石化炼油厂厂区，一箱箱清凉饮品送到了一线职工手中。',
      '近日，中建五局安装公司华北分公司（以下简称华北分公司）职工贾双正在公司附近看房。',
      '6月13日，贵州省黔西市雨朵镇雨化小学开展手工技艺体验活动。',
      '为减轻当事人诉累，大坝法庭随即将案件委托青铜峡市总工会进行调解。'
    ])
    expect(found.ORG).toEqual([
      '燕山石化炼油厂',
      '中建五局安装公司华北分公司',
      '华北分公司',
      '贵州省黔西市雨朵镇雨化小学',
      '大坝法庭',
      '青铜峡市总工会'
    ])
    expect(found.PER).toEqual(['贾双'])
  })

  it('leaves generic bodies out: 公司工会, 基层工会, a dictionary word such as 商务局', () => {
    const found = annotate([
      '标题',
      '为更好地满足职工的多样性需求，公司工会建立网上服务职工智慧平台，推荐基层工会主席担任服务站站长。',
      '依托乡镇（街道）、经开区、商务局等主管单位和行业主管部门，主动上门。'
    ])
    expect(found.ORG).toBeUndefined()
  })

  it('tags chained places once and places found elsewhere on the page where they stand alone', () => {
    const found = annotate([
      '北江洪峰过境广东英德城区',
      '本报广州6月23日电（记者叶小钟）记者今天从广东省清远市英德市了解到，近日英德及上游地区遭遇长时间持续降雨。'
    ])
    expect(found.LOC).toEqual(['广东英德城区', '广州', '广东省清远市英德市', '英德'])
  })

  it('keeps the title out of a name and tags a whole list of organisations when one is known', () => {
    const found = annotate([
      '标题',
      '国药集团、上海医药、云南白药、江苏恒瑞等4家全球排名前50的创新医药企业全部参赛。推进会上，山东省、江苏省、国药集团以及其他参赛单位的劳动竞赛成果进行了集中展示。',
      '昆明市总工会党组副书记、常务副主席赵健吾提出，服务站要常进企业。'
    ])
    expect(found.ORG).toEqual(['国药集团', '上海医药', '云南白药', '江苏恒瑞', '国药集团', '昆明市总工会'])
    expect(found.LOC).toEqual(['山东省', '江苏省'])
    expect(found.PER).toEqual(['赵健吾'])
  })
})
