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

  it('keeps a line that fills the column after a sentence end in its paragraph (近10年来… is not indented)', () => {
    // Gold P5 = raw lines 65, 45, 47, 69. Line 45 ends 。 at the full column width; line 47's first printed line is
    // full width too, so it continues the paragraph although it opens with 近10年来.
    const s = suggest(page).find((x) => x.kind === 'column-order' && x.meta?.lines === '65,45,47,69')
    expect(s).toBeDefined()
    expect(applySuggestions(page, [s!]).clean).toContain('持续开展"情暖万家行"活动,同时,坚持日常走访')
  })

  it('weighs competing continuations together: 服|务 goes to the paragraph start below, not back up the column', () => {
    // Lines 81 (近年来,…不断提升服) and 51 (…共提供绿色就医服) both end inside 服务, and lines 21 (务职工工作…) and 71
    // (务195人次。) both complete it: gold pairs 81→21 and 51→71. Line 51 itself continues a sentence (金,搭建…),
    // so its text runs on down the page rather than back up to line 21.
    const order = suggest(page)
      .filter((x) => x.kind === 'column-order')
      .map((x) => String(x.meta?.lines))
    expect(order.some((l) => l.startsWith('81,21,23,25,27,29,31'))).toBe(true)
    expect(order.some((l) => l.endsWith('49,51,71'))).toBe(true)
  })

  it('continues a 、 list with an item of the same length: 方便快捷、|精准高效, not 方便快捷、|活动,', () => {
    // Gold P2 = raw lines 81, 21, …, 31, 77. Line 83 (活动,不断提升…) is as free and starts with a short clause,
    // but after 、 the next item of a list of four-character items is four characters long.
    const order = suggest(page)
      .filter((x) => x.kind === 'column-order')
      .map((x) => String(x.meta?.lines))
    expect(order).toContain('81,21,23,25,27,29,31,77')
  })

  it('does not guess: a line whose free continuations score alike in the block is left unlinked', () => {
    // Line 33 (…6个维度的服务行动,) could go on in 79 (与职工共建…, gold), 49 (地处郊区、…), 77 or 83: nothing but an
    // elimination between near-equal scores would choose, so no suggestion moves a line after line 33.
    const all = suggest(page)
    const rebuilt = all.filter((x) => x.kind === 'column-order').map((x) => String(x.meta?.lines))
    expect(rebuilt.filter((l) => /(^|,)33,/.test(l))).toEqual([])
    const joined = all.filter((x) => x.kind === 'split-paragraph' && x.explanation.includes('服务行动,"'))
    expect(joined).toEqual([])
  })

  it('puts a two-line paragraph where its middle line stands: the first line 73 goes up before line 33', () => {
    const s = suggest(page).find((x) => x.kind === 'split-paragraph' && x.meta?.continuationLine === 33 && x.rank === 1)
    expect(s?.explanation).toContain('move line 73 up before line 33')
    const clean = applySuggestions(page, [s!]).clean
    const lines = clean.split('\n').map(squeeze)
    const at = lines.findIndex((l) => l.startsWith(squeeze('与此同时,该公司面向全体职工启动实施安居工程')))
    // Before it now: the 近年来 paragraph's last middle line (…打造了方便快捷、), as in the gold reading order.
    expect(at).toBeGreaterThan(0)
    expect(lines.slice(0, at).some((l) => l.endsWith(squeeze('打造了方便快捷、')))).toBe(true)
    expect(lines.slice(at).some((l) => l.endsWith(squeeze('打造了方便快捷、')))).toBe(false)
  })

  it('rebuilds paragraphs whose lines stand in order as plain joins', () => {
    const clean = cleanWith(page, ['column-order', 'split-paragraph', 'blank-lines'])
    expect(clean.split('\n').some((l) => squeeze(l) === squeeze(P7))).toBe(true)
  })

  it('does not take a short body line before a title and a dateline for part of the title block (…平台和)', () => {
    // Seed 003 lines 17–27: a 辽源 paragraph whose last line ends with 和 right above the next article's title.
    const s = suggest(seed('003')).filter((x) => x.kind === 'column-order')
    expect(s.some((x) => String(x.meta?.lines).startsWith('17,19,21,23,25,27,'))).toBe(true)
    // The bracket of line 15 (本报讯 (记者彭冰 柳姗姗 通讯员曲) closes in line 45 (思达)3月11日…), not line 17.
    const clean = cleanWith(seed('003'), ['column-order', 'split-paragraph', 'blank-lines'])
    expect(squeeze(clean)).toContain('通讯员曲思达)3月11日')
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
