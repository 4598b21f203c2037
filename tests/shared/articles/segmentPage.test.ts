import { describe, expect, it } from 'vitest'
import { articlesOf } from '../../../src/shared/articles/articleView'
import { segmentPage } from '../../../src/shared/articles/segmentPage'
import { SEED_PAGE, SEED_PAGE_BLANK } from './seedPage'

const summary = (clean: string, hints?: Parameters<typeof segmentPage>[1]) =>
  articlesOf(clean, segmentPage(clean, hints)).map((v) => ({
    type: v.type,
    kicker: v.kicker,
    headline: v.headline,
    subheads: v.subheads,
    byline: v.byline,
    headings: v.paragraphs.filter((p) => p.role === 'heading').map((p) => p.text),
    paragraphs: v.paragraphs.length
  }))

describe('segmentPage on real seed lines', () => {
  const views = summary(SEED_PAGE)

  it('finds every article with kicker, headline, subhead and byline in their fields', () => {
    expect(views.map((v) => [v.type, v.kicker, v.headline, v.subheads, v.byline])).toEqual([
      [
        'feature',
        '贵州仁怀市总成立专门工作团队，帮助小微企业工会组织建起来、转起来、活起来——',
        '“建会小分队”来了',
        [],
        '本报记者 李丰'
      ],
      ['photo', null, '职工线上点单 工会线下配单', [], '本报通讯员 张锋 孟宪勋 摄'],
      ['news', '量化目标任务 明确部门责任', '江苏阜宁县总实施“六个100”行动', [], '本报（记者王伟 通讯员唐璐 周永祥）'],
      [
        'news',
        null,
        '北江洪峰过境广东英德城区',
        ['市总组织干部职工积极参与抗洪，保障群众生命安全'],
        '本报广州6月23日电（记者叶小钟 通讯员廖宇红 实习生谢迅）'
      ],
      ['sidebar', null, '阅读提示', [], null]
    ])
  })

  it('keeps a short line between body paragraphs as a section heading of the same article', () => {
    expect(views[0].headings).toEqual(['进驻工作薄弱区域'])
    expect(views[0].paragraphs).toBe(4)
  })

  it('takes a short title followed by captions ending in a 摄 credit for a photo title, not a heading', () => {
    expect(views[1].paragraphs).toBe(2)
    expect(views[1].headings).toEqual([])
  })

  it('gives the same articles when blank lines separate the paragraphs', () => {
    expect(summary(SEED_PAGE_BLANK)).toEqual(views)
  })

  it('puts a raw markdown heading in the headline with the line below as its subhead', () => {
    // seeds/000: "## 内蒙古推广职工医疗互助保障" / "已有20余万名职工参与" / "**本报讯** (记者李玉波 通讯员杨章虎)…"
    const raw =
      '## 内蒙古推广职工医疗互助保障\n\n已有20余万名职工参与\n\n**本报讯** (记者李玉波 通讯员杨章虎)记者近日从内蒙古自治区总工会获悉\n'
    const clean =
      '内蒙古推广职工医疗互助保障\n已有20余万名职工参与\n本报讯（记者李玉波 通讯员杨章虎）记者近日从内蒙古自治区总工会获悉\n'
    const prov = new Int32Array(clean.length).fill(-1)
    const cleanLines = clean.split('\n')
    const rawLines = raw.split('\n').filter((l) => l !== '')
    let c = 0
    cleanLines.forEach((line, i) => {
      if (i < rawLines.length) prov.fill(raw.indexOf(rawLines[i]), c, c + line.length)
      c += line.length + 1
    })
    expect(summary(clean)[0]).toMatchObject({ kicker: '内蒙古推广职工医疗互助保障', headline: '已有20余万名职工参与' })
    expect(summary(clean, { raw, prov })[0]).toMatchObject({
      kicker: null,
      headline: '内蒙古推广职工医疗互助保障',
      subheads: ['已有20余万名职工参与']
    })
  })

  it('starts a new article at a dateline that follows body text (the title was lost)', () => {
    // seeds/000 line 47 then line 51: no title between the two.
    const clean =
      '今年，烟台市总将工会阵地建设列入重要议事日程，整合工会内外资源。\n本报讯（记者卢翔）近日，江西省新余市总工会出台《关于进一步完善“三师一室”工作机制的意见》。\n'
    expect(summary(clean).map((v) => [v.type, v.byline])).toEqual([
      ['other', null],
      ['other', '本报讯（记者卢翔）']
    ])
  })

  it('ends a sidebar after its paragraph: the rest continues as an untitled article', () => {
    // seeds/004 lines 113–123: the 阅读提示 box sits between the byline and the body of its article.
    const clean = [
      '山东高密市总唱好素质提升、全员创新、共同富裕“三部曲”，实现职工、企业、社会多赢——',
      '3粒“种子”赋能“产改”',
      '本报记者 田国奎 本报通讯员 冯际刚',
      '阅读提示',
      '如何深入推进“产改”？山东省高密市总工会注重发挥典型的示范带动作用。',
      '“今年我申报的项目是‘巾被自动化缝纫流程改造及工艺创新’。”近日，尝到甜头的山东孚日集团女工卢欣欣谈到“种子孵化工程”，眉飞色舞。'
    ].join('\n')
    expect(summary(clean).map((v) => [v.type, v.headline, v.paragraphs])).toEqual([
      ['feature', '3粒“种子”赋能“产改”', 0],
      ['sidebar', '阅读提示', 1],
      ['other', null, 1]
    ])
  })

  it('takes a heading-like line that ends its article for the main title the OCR displaced', () => {
    // seeds/002 lines 11–13, 15–17 and 83–85: 点亮职工美好生活 comes after the story's last line, so it introduces
    // nothing; it is the headline, and the two title lines above become one kicker.
    const story = [
      '燕山石化公司工会聚力',
      '“1+6+N”工作体系精准服务职工',
      '一箱箱清凉饮品送到了一线职工手中，也将“娘家人”的温暖传递到职工的心里。',
      '这是燕山石化公司工会开展“我为群众办实事”实践活动，不断提升职工生活品质的一项举措。'
    ]
    const displaced = summary([...story, '点亮职工美好生活', ''].join('\n'))
    expect(displaced).toEqual([
      {
        type: 'news',
        kicker: '燕山石化公司工会聚力“1+6+N”工作体系精准服务职工',
        headline: '点亮职工美好生活',
        subheads: [],
        byline: null,
        headings: [],
        paragraphs: 2
      }
    ])
    // The same line with a paragraph under it is a section heading, and a jump line after it keeps it one too.
    const inside = summary([...story.slice(0, 3), '点亮职工美好生活', story[3], ''].join('\n'))
    expect(inside[0]).toMatchObject({ headline: '“1+6+N”工作体系精准服务职工', headings: ['点亮职工美好生活'] })
    const jumped = summary([...story, '点亮职工美好生活', '（下转第2版）', ''].join('\n'))
    expect(jumped[0]).toMatchObject({ headline: '“1+6+N”工作体系精准服务职工', headings: ['点亮职工美好生活'] })
    // A staff credit at the end of the page is page furniture, not a displaced title.
    const credited = summary([...story, '责任编辑：张三', ''].join('\n'))
    expect(credited[0]).toMatchObject({ headline: '“1+6+N”工作体系精准服务职工', headings: [] })
  })

  it('takes a byline with no body under it for the signature of the piece above (seed 001 lines 84–102)', () => {
    const clean = [
      '（上接第1版）',
      '河北省总调研中发现，随着帮扶专项资金的增加，各地工会的帮扶内容却没有大的变化。',
      '公铁联手温暖学生回家路',
      '近日，针对到来的节前学生流高峰，青岛火车站联合青岛公交集团推出“温暖学生回家路”主题活动。',
      '本报记者杨明清 通讯员张鸿成 梁虹',
      '昆明宜良县农业局开展农业科技下乡活动',
      '本报讯（记者黄瑜）昆明宜良县农业局为贯彻党的十八届三中全会精神，深入“三农”。',
      ''
    ].join('\n')
    expect(summary(clean).map((v) => [v.headline, v.byline, v.headings, v.paragraphs])).toEqual([
      [null, null, [], 1],
      ['公铁联手温暖学生回家路', '本报记者杨明清 通讯员张鸿成 梁虹', [], 1],
      ['昆明宜良县农业局开展农业科技下乡活动', '本报讯（记者黄瑜）', [], 1]
    ])
    // Without a heading above, the signature is the article's own; with body text under it, it opens an article.
    const own = summary(['公铁联手温暖学生回家路', clean.split('\n')[3], clean.split('\n')[4], ''].join('\n'))
    expect(own.map((v) => [v.headline, v.byline, v.paragraphs])).toEqual([
      ['公铁联手温暖学生回家路', '本报记者杨明清 通讯员张鸿成 梁虹', 1]
    ])
    const opening = summary([...clean.split('\n').slice(1, 5), '近日，青岛公交集团加开定制专线。', ''].join('\n'))
    expect(opening.at(-1)).toMatchObject({ byline: '本报记者杨明清 通讯员张鸿成 梁虹', paragraphs: 1 })
    expect(opening[0].headings).toEqual(['公铁联手温暖学生回家路'])
  })

  it('gives a dated piece without a title the title block that interrupts its text (seed 001 lines 54–62)', () => {
    const lines = [
      '本报（记者邢生祥）“要主动认识适应新常态，转变观念，努力在新常态下推动工会工作创新发展。”这是青海省委常委的话。',
      '苏宁指出，当前工会工作面临的新形势新任务很多，我们要充分发挥工会职能，坚定信心想方设法服务企业发展，组织开展职工技能竞赛，要把扩大工会工作覆盖面作为发展主力军的切入点，紧紧围绕“工建服务党建”的',
      '青海省委常委、省总工会主席苏宁提出\n在新常态下推动工会工作创新发展', // split in two by the title-split rule
      '思路，坚持因地制宜、因企制宜，以非公有制企业和农民工为重点，切实加大工会组建力度。',
      '苏宁强调，要直面问题、务求实效，切实加强服务职工工作。'
    ]
    const merged = summary(lines.join('\n') + '\n')
    expect(merged).toHaveLength(1)
    expect(merged[0]).toMatchObject({
      kicker: '青海省委常委、省总工会主席苏宁提出',
      headline: '在新常态下推动工会工作创新发展',
      byline: '本报（记者邢生祥）',
      paragraphs: 4
    })
    // When the text before the title ends its sentence and the text after it opens one, they are two articles.
    const closed = [
      lines[0],
      lines[1].replace(/的$/u, '。'),
      lines[2],
      '坚持因地制宜，以非公有制企业和农民工为重点。',
      lines[4]
    ]
    expect(summary(closed.join('\n') + '\n').map((v) => v.headline)).toEqual([null, '在新常态下推动工会工作创新发展'])
    const opener = [...lines.slice(0, 3), '今年，青海工会将以非公有制企业和农民工为重点。', lines[4]]
    expect(summary(opener.join('\n') + '\n').map((v) => v.headline)).toEqual([null, '在新常态下推动工会工作创新发展'])
    // After an editor joined the broken sentence, the provenance shows the text running on past the title.
    const joined = [lines[0], lines[1] + lines[3], lines[2], lines[4]]
    const raw = lines.join('\n')
    const rawAt = (i: number) => lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0)
    const prov: number[] = []
    for (const [k, pieces] of [[0], [1, 3], [2], [4]].entries()) {
      for (const i of pieces) for (let c = 0; c < lines[i].length; c++) prov.push(rawAt(i) + c)
      if (k < 3) prov.push(-1)
    }
    const text = joined.join('\n')
    expect(summary(text, { raw, prov })).toHaveLength(1)
    expect(summary(text).map((v) => v.headline)).toEqual([null, '在新常态下推动工会工作创新发展'])
  })

  it('marks a column banner such as 新闻特写 as a subhead and the article as a feature', () => {
    // seeds/001 lines 33–40.
    const clean =
      '新闻特写\n“老板这么看重，更要多提！”\n□本报通讯员 季永健\n本报特约记者 王君东\n“感谢你们的好建议，一人奖一个红包……”1月10日，江苏南通依帝经贸有限公司召开职工代表大会。\n'
    expect(summary(clean)).toEqual([
      {
        type: 'feature',
        kicker: null,
        headline: '“老板这么看重，更要多提！”',
        subheads: ['新闻特写'],
        byline: '□本报通讯员 季永健 本报特约记者 王君东',
        headings: [],
        paragraphs: 1
      }
    ])
  })
})
