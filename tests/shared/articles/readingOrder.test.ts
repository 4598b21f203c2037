// Reading order for export: the text after a 阅读提示 box rejoins the article the box interrupted (seeds/004 and 002).
import { describe, expect, it } from 'vitest'
import { articlesOf } from '../../../src/shared/articles/articleView'
import { readingGroups } from '../../../src/shared/articles/readingOrder'
import { segmentPage } from '../../../src/shared/articles/segmentPage'
import { encodeProvenance } from '../../../src/shared/cleanup/provenance'
import { pageExportArticles } from '../../../src/shared/export/from-page'
import type { PageFile } from '../../../src/shared/model/page'

// seeds/004 lines 113–123: the box sits between the byline and the body of its article.
const BOXED = [
  '山东高密市总唱好素质提升、全员创新、共同富裕“三部曲”，实现职工、企业、社会多赢——',
  '3粒“种子”赋能“产改”',
  '本报记者 田国奎 本报通讯员 冯际刚',
  '阅读提示',
  '如何深入推进“产改”？山东省高密市总工会注重发挥典型的示范带动作用。',
  '“今年我申报的项目是‘巾被自动化缝纫流程改造及工艺创新’。”近日，尝到甜头的山东孚日集团女工卢欣欣谈到“种子孵化工程”，眉飞色舞。',
  '记者日前从潍坊市高密市总工会生产保护部了解到，以往上报的职工创新成果较少。'
]

function page(clean: string): PageFile {
  return {
    schema: 1,
    id: 'p1',
    source: '004_test.txt',
    sha256: '',
    encoding: 'utf-8',
    importedAt: '',
    updatedAt: '',
    revision: 1,
    status: 'auto-cleaned',
    raw: clean,
    clean,
    provenance: encodeProvenance(Int32Array.from(clean, (_, i) => i)),
    decisions: {},
    humanEdited: false,
    layout: null,
    entities: [],
    orphans: []
  }
}

describe('readingGroups', () => {
  it('joins the untitled text after a 阅读提示 box to the article before it and puts the box after', () => {
    const clean = BOXED.join('\n') + '\n'
    const views = articlesOf(clean, segmentPage(clean))
    expect(views.map((v) => v.type)).toEqual(['feature', 'sidebar', 'other'])
    expect(readingGroups(views)).toEqual([[0, 2], [1]])
  })

  it('leaves pages without a box, and a box followed by a titled article, as they are', () => {
    const clean = [
      ...BOXED.slice(0, 5),
      '全国化学医药行业引领性劳动竞赛推进会召开',
      '本报讯（记者杨明清）6月14日，推进会召开。'
    ].join('\n')
    const views = articlesOf(clean, segmentPage(clean))
    expect(readingGroups(views)).toEqual([[0], [1], [2]])
    const plain = BOXED.slice(0, 3).concat(BOXED.slice(5)).join('\n')
    expect(readingGroups(articlesOf(plain, segmentPage(plain)))).toEqual([[0]])
  })

  it('exports the joined article once, with its entity spans shifted into the joined lines', () => {
    const clean = BOXED.join('\n') + '\n'
    const at = clean.indexOf('卢欣欣')
    const p = page(clean)
    p.entities = [{ id: 'e1', start: at, end: at + 3, label: 'PER', status: 'accepted', origin: 'human' }]
    const { articles, unplaced } = pageExportArticles(p, 0)
    expect(unplaced).toBe(0)
    expect(articles.map((a) => [a.id, a.type, a.lines.filter((l) => l.role === 'body').length])).toEqual([
      ['p1-a01', 'feature', 2],
      ['p1-a02', 'sidebar', 1]
    ])
    const joined = articles[0].lines.map((l) => l.text).join('\n')
    const e = articles[0].entities[0]
    expect(joined.slice(e.start, e.end)).toBe('卢欣欣')
  })
})
