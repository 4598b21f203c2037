// The rest of an article that the OCR read after another article's column (seeds/002 lines 3–105, shortened).
import { describe, expect, it } from 'vitest'
import { articlesOf } from '../../../src/shared/articles/articleView'
import { readingGroups } from '../../../src/shared/articles/readingOrder'
import { segmentPage } from '../../../src/shared/articles/segmentPage'
import { continuedTitle, quotedTerms } from '../../../src/shared/articles/topics'

const PAGE = [
  '昆明呈贡区建立“驻站指导+服务+N”工作模式，助推“产改”向产业链覆盖',
  '“联链”服务站聚焦打通“产改”难点堵点',
  '本报讯（记者赵黎浩）近日，云南省昆明市呈贡区产业工人队伍建设改革“联链”服务站在斗南国际花卉产业园区揭牌。',
  '斗南国际花卉产业园区和云南省数字经济开发区均位于呈贡区，为助推“产改”向特色园区挺进、向产业链覆盖，经呈贡区“产改”领导小组',
  '燕山石化公司工会聚力',
  '“1+6+N”工作体系精准服务职工',
  '一箱箱清凉饮品送到了一线职工手中，也将',
  '“娘家人”的温暖传递到职工的心里。这是燕',
  '活动，不断提升职工生活品质的一项举措。',
  '点亮职工美好生活',
  '协调，决定由工会联合多部门在花卉产业园区建立“联链”服务站。',
  '“联链”服务站配备“一站两员”，推荐基层工会主席担任服务站站长、选拔重点企业工会工作者成为驻站员。',
  '宁夏工会帮企业减负、为职工建家',
  '8项措施助推民营经济高质量发展',
  '本报讯（记者马学礼 通讯员陈伟红）日前，宁夏回族自治区总工会出台文件。'
]

const segment = (lines: readonly string[]) => {
  const clean = lines.join('\n') + '\n'
  const views = articlesOf(clean, segmentPage(clean))
  return { clean, views }
}

describe('topics', () => {
  it('takes the quoted names of a title as its terms', () => {
    expect(quotedTerms(PAGE[0] + PAGE[1])).toEqual(['驻站指导+服务+N', '产改', '联链'])
    expect(quotedTerms('“老板这么看重，更要多提！”')).toEqual([])
  })

  it('finds the title every paragraph names, unless the paragraphs own its terms', () => {
    const titles = [['联链', '产改'], ['1+6+N']]
    expect(continuedTitle([PAGE[10], PAGE[11]], titles)).toBe(0)
    expect(continuedTitle([PAGE[10], PAGE[8]], titles)).toBeNull()
    expect(continuedTitle([PAGE[10]], titles, ['联链', '产改'])).toBeNull()
  })
})

describe('continuations', () => {
  it('splits the 联链 paragraphs off the 燕山石化 article and exports them after the article they continue', () => {
    const { clean, views } = segment(PAGE)
    expect(views.map((v) => [v.headline, v.paragraphs.length])).toEqual([
      ['“联链”服务站聚焦打通“产改”难点堵点', 2],
      ['点亮职工美好生活', 3],
      [null, 2],
      ['8项措施助推民营经济高质量发展', 1]
    ])
    expect(views[2].paragraphs[0].text).toBe(PAGE[10])
    expect(readingGroups(views, clean)).toEqual([[0, 2], [1], [3]])
  })

  it('leaves them in place when the first article ends its last sentence (nothing of it is missing)', () => {
    const closed = PAGE.map((l, i) => (i === 3 ? l + '协调。' : l))
    const { clean, views } = segment(closed)
    expect(views.map((v) => v.headline)).toEqual([
      '“联链”服务站聚焦打通“产改”难点堵点',
      '“1+6+N”工作体系精准服务职工',
      '8项措施助推民营经济高质量发展'
    ])
    expect(readingGroups(views, clean)).toEqual([[0], [1], [2]])
  })

  it('leaves them in place when the article they stand in names the same terms before', () => {
    const shared = PAGE.map((l, i) => (i === 7 ? '“娘家人”的温暖传递到职工的心里，“联链”服务站也参与其中。' : l))
    const { views } = segment(shared)
    expect(views).toHaveLength(3)
    expect(views[1].paragraphs.at(-1)?.text).toBe(PAGE[11])
  })

  it('splits them off once an editor has joined the broken sentence, because its end came from below (provenance)', () => {
    // The split-paragraph suggestion moved 协调，… (line 10) up after 领导小组 (line 3); lines 11 on stay put.
    const raw = PAGE.join('\n') + '\n'
    const rawStart = (i: number) => PAGE.slice(0, i).reduce((n, l) => n + l.length + 1, 0)
    const order: number[][] = [[0], [1], [2], [3, 10], [4], [5], [6], [7], [8], [9], [11], [12], [13], [14]]
    const prov: number[] = []
    const lines = order.map((pieces) => {
      for (const i of pieces) for (let k = 0; k < PAGE[i].length; k++) prov.push(rawStart(i) + k)
      prov.push(-1)
      return pieces.map((i) => PAGE[i]).join('')
    })
    const clean = lines.join('\n') + '\n'
    const hints = { raw, prov }
    const views = articlesOf(clean, segmentPage(clean, hints))
    expect(views.map((v) => [v.kicker, v.headline, v.paragraphs.length])).toEqual([
      ['昆明呈贡区建立“驻站指导+服务+N”工作模式，助推“产改”向产业链覆盖', '“联链”服务站聚焦打通“产改”难点堵点', 2],
      ['燕山石化公司工会聚力“1+6+N”工作体系精准服务职工', '点亮职工美好生活', 3],
      [null, null, 1],
      ['宁夏工会帮企业减负、为职工建家', '8项措施助推民营经济高质量发展', 1]
    ])
    expect(views[2].paragraphs[0].text).toBe(PAGE[11])
    expect(readingGroups(views, clean, hints)).toEqual([[0, 2], [1], [3]])
    // Without the provenance nothing shows that the 联链 article went on: the paragraph stays where it stands.
    expect(articlesOf(clean, segmentPage(clean)).map((v) => v.headline)).toEqual([
      '“联链”服务站聚焦打通“产改”难点堵点',
      '“1+6+N”工作体系精准服务职工',
      '8项措施助推民营经济高质量发展'
    ])
  })
})
