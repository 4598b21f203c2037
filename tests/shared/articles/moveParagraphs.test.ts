import { describe, expect, it } from 'vitest'
import { articlesOf } from '../../../src/shared/articles/articleView'
import { checkLayout } from '../../../src/shared/articles/checkLayout'
import { moveParagraphsToArticle, moveParagraphToArticle } from '../../../src/shared/articles/moveParagraphs'
import { segmentPage } from '../../../src/shared/articles/segmentPage'
import type { EntitySpan } from '../../../src/shared/model/page'
import { mapEntities } from '../../../src/shared/tagging/mapEntities'
import { applyChanges } from '../../../src/shared/text/changes'
import { lineStart, SEED_LINES, SEED_PAGE, SEED_PAGE_BLANK } from './seedPage'

describe('moving paragraphs between articles', () => {
  const layout = segmentPage(SEED_PAGE)

  it('moves a paragraph to the end of another article and returns changes that produce the new text', () => {
    const from = lineStart(SEED_PAGE, 13) // 阜宁县人大常委会副主任… (news article 3)
    const result = moveParagraphToArticle(SEED_PAGE, layout, from, layout.articles[0].id)
    expect(applyChanges(SEED_PAGE, result.changes)).toBe(result.text)
    checkLayout(result.text, result.layout)
    const views = articlesOf(result.text, result.layout)
    expect(views[0].paragraphs.at(-1)?.text).toBe(SEED_LINES[13])
    expect(views[2].paragraphs.map((p) => p.text).includes(SEED_LINES[13])).toBe(false)
    expect(views.map((v) => v.headline)).toEqual(articlesOf(SEED_PAGE, layout).map((v) => v.headline))
  })

  it('keeps the role of a moved heading and the page’s blank-line spacing', () => {
    const blankLayout = segmentPage(SEED_PAGE_BLANK)
    const from = SEED_PAGE_BLANK.indexOf('进驻工作薄弱区域')
    const result = moveParagraphToArticle(SEED_PAGE_BLANK, blankLayout, from, blankLayout.articles[2].id)
    const views = articlesOf(result.text, result.layout)
    expect(views[2].paragraphs.at(-1)).toMatchObject({ text: '进驻工作薄弱区域', role: 'heading' })
    expect(result.text.includes('\n\n\n')).toBe(false)
    expect(result.text.includes('落实落地。\n\n阜宁县')).toBe(true)
  })

  it('moves the body left after a sidebar back to its article; the emptied article disappears', () => {
    const clean = [
      '3粒“种子”赋能“产改”',
      '本报记者 田国奎 本报通讯员 冯际刚',
      '阅读提示',
      '如何深入推进“产改”？山东省高密市总工会注重发挥典型的示范带动作用。',
      '“今年我申报的项目是‘巾被自动化缝纫流程改造及工艺创新’。”近日，尝到甜头的山东孚日集团女工卢欣欣谈到“种子孵化工程”。',
      '记者日前从潍坊市高密市总工会生产保护部了解到，以往上报的职工创新成果较少。'
    ].join('\n')
    const start = segmentPage(clean)
    const from = clean.indexOf('“今年')
    const result = moveParagraphsToArticle(clean, start, from, clean.length, start.articles[0].id)
    const views = articlesOf(result.text, result.layout)
    expect(views.map((v) => [v.type, v.headline, v.paragraphs.length])).toEqual([
      ['feature', '3粒“种子”赋能“产改”', 2],
      ['sidebar', '阅读提示', 1]
    ])
  })

  it('carries entity spans along with the moved text instead of orphaning them', () => {
    const from = lineStart(SEED_PAGE, 13)
    const nameAt = SEED_PAGE.indexOf('计俊')
    const span: EntitySpan = {
      id: 'e1',
      start: nameAt,
      end: nameAt + 2,
      label: 'PER',
      status: 'accepted',
      origin: 'human'
    }
    const result = moveParagraphToArticle(SEED_PAGE, layout, from, layout.articles[0].id)
    const mapped = mapEntities([span], result.changes, SEED_PAGE, result.text, { moves: result.moves, at: 'now' })
    expect(mapped.orphans).toEqual([])
    const [moved] = mapped.entities
    expect(result.text.slice(moved.start, moved.end)).toBe('计俊')
    const withoutMoves = mapEntities([span], result.changes, SEED_PAGE, result.text, { at: 'now' })
    expect(withoutMoves.orphans.map((o) => o.text)).toEqual(['计俊'])
  })

  it('refuses to move a paragraph after itself or from mid-line', () => {
    const last = lineStart(SEED_PAGE, 6) // last paragraph of article 1
    expect(() => moveParagraphToArticle(SEED_PAGE, layout, last, layout.articles[0].id)).toThrow(RangeError)
    expect(() => moveParagraphToArticle(SEED_PAGE, layout, last + 1, layout.articles[1].id)).toThrow(RangeError)
  })
})
