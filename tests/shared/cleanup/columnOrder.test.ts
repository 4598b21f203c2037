import { describe, expect, it } from 'vitest'
import { applySuggestions } from '../../../src/shared/cleanup/apply'
import { cleanWith, seed, squeeze, suggest } from './helpers'

// Gold (eval/gold/002…gold.json notes): the 燕山石化 article is shredded into narrow column lines. Paragraph 4 in
// reading order is raw lines 75, 35, 37, 39, 41, 43, 67; paragraph 7 is 55, 57, 59, 61, 63.
const P4 =
  '据介绍,在安居工程方面,该公司相继完成富燕新村二区1440套房屋的建设入住等工作,帮助广大职工安居乐业;在文体普惠方面,公司每年年初开启普惠制工作,为全体职工提供电影票、全国旅游年票等活动项目;在爱心帮扶方面,公司完善爱心帮扶基金实施细则,实施降低帮扶门槛、扩大帮扶范围、扩宽帮扶重疾种类等"一降两扩"措施。'
const P7 =
  '此外,该公司工会推进职工之家、暖心驿站等阵地建设,并将各个阵地升级成为服务职工"微型综合体"。截至目前,建成18个职工之家,创立81家职工心灵驿站,建设30个职工创新工作室,服务触角遍及基层。'

describe('shredded columns', () => {
  const page = seed('002')

  it('proposes the gold line order of a shredded paragraph as one review suggestion', () => {
    const s = suggest(page).find((x) => x.kind === 'column-order' && x.meta?.lines === '75,35,37,39,41,43,67')
    expect(s).toBeDefined()
    expect(s!.safe).toBe(false)
    const clean = applySuggestions(page, [s!]).clean
    expect(clean.split('\n').some((l) => squeeze(l) === squeeze(P4))).toBe(true)
  })

  it('rebuilds paragraphs whose lines stand in order as plain joins', () => {
    const clean = cleanWith(page, ['column-order', 'split-paragraph', 'blank-lines'])
    expect(clean.split('\n').some((l) => squeeze(l) === squeeze(P7))).toBe(true)
  })

  it('puts a paragraph back together from 18-character lines printed middle-first, by words broken across lines', () => {
    // Real text (seed 004 line 19) cut into lines of 18 characters; lines 2–4 printed first, then lines 1, 5, 6, 7.
    const text = seed('004').split('\n')[18]
    const cut: string[] = []
    for (let i = 0; i < text.length; i += 18) cut.push(text.slice(i, i + 18))
    const raw = ['仁怀市总工会调研', cut[1], cut[2], cut[3], '其他文章的标题', cut[0], ...cut.slice(4)].join('\n\n')
    const clean = cleanWith(raw, ['column-order', 'split-paragraph', 'blank-lines'])
    expect(clean.split('\n').some((l) => squeeze(l) === squeeze(text))).toBe(true)
  })
})
