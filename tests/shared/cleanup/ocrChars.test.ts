import { describe, expect, it } from 'vitest'
import { cleanWith, seed, seedLine, suggest } from './helpers'

const ocr = (raw: string, withNgrams = false) => suggest(raw, withNgrams).filter((s) => s.kind === 'ocr-char')

describe('OCR character confusions', () => {
  it('fixes 深人落实 → 深入落实 across a wrap space (seed 002 line 115), for review', () => {
    const found = ocr(seedLine('002', 115))
    expect(found).toHaveLength(1)
    expect(found[0].safe).toBe(false)
    expect(found[0].edits[0].insert).toBe('入')
    expect(cleanWith(seedLine('002', 115), ['ocr-char', 'wrap-space'])).toContain('明确要深入落实小额缴费')
  })

  it('fixes 日新火爆 → 日渐火爆 (seed 004 line 31)', () => {
    expect(cleanWith(seedLine('004', 31), ['ocr-char'])).toContain('随着直播带货日渐火爆')
  })

  it('fixes 人会 → 入会 in 建会人会 and a number with a letter O', () => {
    expect(cleanWith('指导园区工会及企业规范开展建会人会及各项工作。', ['ocr-char'])).toContain('建会入会')
    expect(cleanWith('截至2O19年底,共建成工会驿站889家。', ['ocr-char'])).toContain('2019年')
  })

  it('leaves common correct words alone: 人民, 个人, 入会, 建会入会, 工人, 收入, 深入, 自己, 已经', () => {
    const text = '全体人民群众积极参与,个人申请入会,推进建会入会,工人收入提高,深入开展活动,自己已经报名。'
    expect(ocr(text)).toEqual([])
  })

  it('proposes nothing on seeds 000, 001 and 004 except the gold fix', () => {
    expect(ocr(seed('000'))).toEqual([])
    expect(ocr(seed('001'))).toEqual([])
    expect(ocr(seed('004')).map((s) => s.meta?.word)).toEqual(['日渐'])
  })

  it('trusts a pair the library uses often even when the dictionary lacks it (新入职 on seed 003)', () => {
    expect(ocr(seed('003')).some((s) => s.meta?.word === '新人')).toBe(true)
    expect(ocr(seed('003'), true).some((s) => s.meta?.word === '新人')).toBe(false)
    expect(ocr(seed('003'), true).filter((s) => s.meta?.word === '入会')).toHaveLength(2)
  })
})
