import { describe, expect, it } from 'vitest'
import { articlesOf } from '../../../src/shared/articles/articleView'
import { checkLayout } from '../../../src/shared/articles/checkLayout'
import { splitLines } from '../../../src/shared/articles/lines'
import { mapLayout } from '../../../src/shared/articles/mapLayout'
import { segmentPage } from '../../../src/shared/articles/segmentPage'
import { applyChanges, type TextChange } from '../../../src/shared/text/changes'
import { SEED_PAGE, SEED_PAGE_BLANK } from './seedPage'

// Two news articles from seeds/004 (lines 49–51 and 75–79), cleaned.
const PAGE = [
  '量化目标任务 明确部门责任',
  '江苏阜宁县总实施“六个100”行动',
  '本报（记者王伟）记者日前获悉，江苏省盐城市阜宁县总工会今年将以实施“六个100”行动为抓手。',
  '北江洪峰过境广东英德城区',
  '市总组织干部职工积极参与抗洪，保障群众生命安全',
  '本报广州6月23日电（记者叶小钟）记者今天从广东省清远市英德市了解到。',
  ''
].join('\n')
const LAYOUT = segmentPage(PAGE)
const at = (s: string) => PAGE.indexOf(s)

function edit(changes: TextChange[]) {
  const text = applyChanges(PAGE, changes)
  const layout = mapLayout(LAYOUT, changes, PAGE, text)
  checkLayout(text, layout)
  return { text, layout, views: articlesOf(text, layout) }
}

describe('mapLayout', () => {
  it('starts from two articles with kicker, headline, subhead and bylines', () => {
    const views = articlesOf(PAGE, LAYOUT)
    expect(views.map((v) => [v.kicker, v.headline, v.subheads])).toEqual([
      ['量化目标任务 明确部门责任', '江苏阜宁县总实施“六个100”行动', []],
      [null, '北江洪峰过境广东英德城区', ['市总组织干部职工积极参与抗洪，保障群众生命安全']]
    ])
  })

  it('keeps the role of a line when text is typed at its start', () => {
    const { views } = edit([{ from: at('江苏阜宁'), to: at('江苏阜宁'), insert: '新' }])
    expect(views[0].headline).toBe('新江苏阜宁县总实施“六个100”行动')
  })

  it('moves role and article start down with their text when Enter is pressed at the line start', () => {
    const { views, layout } = edit([
      { from: at('江苏阜宁'), to: at('江苏阜宁'), insert: '\n' },
      { from: at('北江'), to: at('北江'), insert: '\n' }
    ])
    expect(views[0].headline).toBe('江苏阜宁县总实施“六个100”行动')
    expect(views[1].headline).toBe('北江洪峰过境广东英德城区')
    expect(layout.articles[1].start).toBe(at('北江') + 2)
  })

  it('drops the role of a line joined to the line above and re-snaps the article to its next line', () => {
    const { views } = edit([{ from: at('北江') - 1, to: at('北江'), insert: '' }])
    expect(views[0].paragraphs.at(-1)?.text.endsWith('为抓手。北江洪峰过境广东英德城区')).toBe(true)
    expect(views[1].headline).toBeNull()
    expect(views[1].subheads).toEqual(['市总组织干部职工积极参与抗洪，保障群众生命安全'])
  })

  it('drops the role of a deleted line; an article that lost its first line starts at the next one', () => {
    const { views } = edit([{ from: at('北江'), to: at('市总组织'), insert: '' }])
    expect(views).toHaveLength(2)
    expect(views[1].headline).toBeNull()
    expect(views[1].parts[0].text).toBe('市总组织干部职工积极参与抗洪，保障群众生命安全')
  })

  it('keeps the role when a line’s whole text is replaced', () => {
    const from = at('江苏阜宁')
    const { views } = edit([
      { from, to: from + '江苏阜宁县总实施“六个100”行动'.length, insert: '阜宁县总工会实施行动' }
    ])
    expect(views[0].headline).toBe('阜宁县总工会实施行动')
  })

  it('keeps the roles of a line whose text above was deleted entirely (no join: it starts the text now)', () => {
    const { views } = edit([{ from: 0, to: at('北江'), insert: '' }])
    expect(views.map((v) => [v.headline, v.subheads])).toEqual([
      ['北江洪峰过境广东英德城区', ['市总组织干部职工积极参与抗洪，保障群众生命安全']]
    ])
  })

  it('drops an article whose text was deleted entirely', () => {
    const { views } = edit([{ from: at('北江'), to: PAGE.length - 1, insert: '' }])
    expect(views.map((v) => v.headline)).toEqual(['江苏阜宁县总实施“六个100”行动'])
  })

  it('keeps anchors valid and untouched lines in their roles under random edits (replayable seed)', () => {
    for (const page of [SEED_PAGE, SEED_PAGE_BLANK]) {
      const layout = segmentPage(page)
      const roleText = new Map(layout.roles.map((r) => [r.at, page.slice(r.at, page.indexOf('\n', r.at))]))
      for (let round = 0; round < 300; round++) {
        let seed = 1000 + round
        const rnd = (n: number) => {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff
          return seed % n
        }
        const changes: TextChange[] = []
        let pos = 0
        while (changes.length < 4) {
          const from = pos + rnd(Math.max(1, Math.floor(page.length / 3)))
          if (from > page.length) break
          const to = Math.min(page.length, from + rnd(12))
          changes.push({ from, to, insert: ['', '\n', '字', '。\n字', '\n\n'][rnd(5)] })
          pos = to + 1
        }
        const text = applyChanges(page, changes)
        const mapped = mapLayout(layout, changes, page, text)
        const msg = `round ${round} changes ${JSON.stringify(changes)}`
        expect(() => checkLayout(text, mapped), msg).not.toThrow()
        // A role line whose text and both breaks were not touched keeps its role on the same text.
        for (const [from, line] of roleText) {
          const touched = changes.some((c) => c.from <= from + line.length && c.to >= from - 1)
          if (touched) continue
          const kept = mapped.roles.find((r) => text.slice(r.at, text.indexOf('\n', r.at)) === line)
          expect(kept, msg).toBeDefined()
        }
        expect(mapped.articles.length, msg).toBeLessThanOrEqual(layout.articles.length)
        for (const a of mapped.articles)
          expect(
            splitLines(text).some((l) => l.start === a.start),
            msg
          ).toBe(true)
      }
    }
  })
})
