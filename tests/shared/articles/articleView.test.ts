import { describe, expect, it } from 'vitest'
import { articleAt, articlesOf } from '../../../src/shared/articles/articleView'
import {
  bodyOffsetOf,
  bodySpanOf,
  cleanOffsetOf,
  partOffsetOf,
  partsSpanOf
} from '../../../src/shared/articles/bodyOffsets'
import { segmentPage } from '../../../src/shared/articles/segmentPage'
import type { PageLayout } from '../../../src/shared/model/page'
import { SEED_PAGE, SEED_PAGE_BLANK } from './seedPage'

describe('articlesOf', () => {
  const views = articlesOf(SEED_PAGE, segmentPage(SEED_PAGE))
  const news = views[2]

  it('splits a dateline glued to the first paragraph into the byline; the body starts after it', () => {
    expect(news.byline).toBe('本报（记者王伟 通讯员唐璐 周永祥）')
    expect(news.paragraphs[0].text.startsWith('记者日前获悉，江苏省盐城市')).toBe(true)
    expect(news.bodyText.includes('本报（记者')).toBe(false)
    const roles = news.parts.map((p) => p.role)
    expect(roles).toEqual(['kicker', 'headline', 'byline', 'body', 'body'])
  })

  it('splits a photo credit off the end of the caption into the byline', () => {
    const photo = views[1]
    expect(photo.paragraphs.map((p) => p.role)).toEqual(['caption', 'caption'])
    expect(photo.paragraphs[1].text.endsWith('培训职工4000余人次。')).toBe(true)
    expect(photo.byline).toBe('本报通讯员 张锋 孟宪勋 摄')
  })

  it('joins paragraphs, headings included, into bodyText with one "\\n", blank lines or not', () => {
    const blank = articlesOf(SEED_PAGE_BLANK, segmentPage(SEED_PAGE_BLANK))
    expect(blank.map((v) => v.bodyText)).toEqual(views.map((v) => v.bodyText))
    expect(views[0].bodyText.split('\n')[2]).toBe('进驻工作薄弱区域')
  })

  it('maps every body character to the same character of bodyText and back', () => {
    for (const clean of [SEED_PAGE, SEED_PAGE_BLANK])
      for (const v of articlesOf(clean, segmentPage(clean)))
        for (const p of v.paragraphs)
          for (let o = p.start; o < p.end; o++) {
            const b = bodyOffsetOf(v, o)
            if (b === null) throw new Error(`offset ${o} of article ${v.id} has no body offset`)
            expect(v.bodyText[b]).toBe(clean[o])
            expect(cleanOffsetOf(v, b)).toBe(o)
          }
  })

  it('gives entity spans in the body bodyText offsets, and none for spans in the byline or headline', () => {
    const name = SEED_PAGE.indexOf('计俊')
    expect(bodySpanOf(news, name, name + 2)).toEqual({
      start: news.bodyText.indexOf('计俊'),
      end: news.bodyText.indexOf('计俊') + 2
    })
    const reporter = SEED_PAGE.indexOf('王伟')
    expect(bodySpanOf(news, reporter, reporter + 2)).toBeNull()
    expect(partOffsetOf(news, reporter)).toEqual({ part: 2, role: 'byline', offset: news.byline?.indexOf('王伟') })
    const headline = SEED_PAGE.indexOf('阜宁县总')
    expect(bodySpanOf(news, headline, headline + 4)).toBeNull()
  })

  it('gives spans in the offsets of the parts joined by "\\n" (the exporters’ lines), the dateline being its own part', () => {
    const joined = news.parts.map((p) => p.text).join('\n')
    for (const word of ['王伟', '计俊', '阜宁县总', '记者日前获悉']) {
      const at = SEED_PAGE.indexOf(word)
      const span = partsSpanOf(news, at, at + word.length)
      expect(span && joined.slice(span.start, span.end)).toBe(word)
    }
    const across = SEED_PAGE.indexOf('周永祥）记者')
    expect(partsSpanOf(news, across, across + 6)).toBeNull()
  })

  it('counts UTF-16 units on both sides, so a character outside the BMP keeps spans aligned', () => {
    const clean = '吉𠮷家的标题\n本报讯（记者王伟）吉𠮷家的王伟说，他来了。\n'
    const [v] = articlesOf(clean, segmentPage(clean))
    const at = clean.lastIndexOf('王伟')
    const span = bodySpanOf(v, at, at + 2)
    expect(span && v.bodyText.slice(span.start, span.end)).toBe('王伟')
    expect(span?.start).toBe(5)
  })

  it('finds the article that holds an offset, and none before the first article', () => {
    const layout: PageLayout = { articles: [{ id: 'a1', start: 4, type: 'news', tags: [], region: null }], roles: [] }
    const vs = articlesOf('前言\n\n正文第一段。\n', layout)
    expect(articleAt(vs, 0)).toBeNull()
    expect(articleAt(vs, 5)?.id).toBe('a1')
    expect(vs[0].bodyText).toBe('正文第一段。')
  })

  it('rejects a layout whose anchors are not at line starts', () => {
    const layout: PageLayout = { articles: [{ id: 'a1', start: 1, type: 'news', tags: [], region: null }], roles: [] }
    expect(() => articlesOf('标题\n正文', layout)).toThrow(RangeError)
  })
})
