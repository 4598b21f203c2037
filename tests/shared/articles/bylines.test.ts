import { describe, expect, it } from 'vitest'
import {
  datelineCredit,
  datelinePrefixLength,
  isBylineLine,
  parseByline,
  photoCreditStart
} from '../../../src/shared/articles/bylines'

const names = (text: string) => parseByline(text)?.names.map((n) => text.slice(n.start, n.end)) ?? null

describe('bylines', () => {
  it.each([
    ['本报记者 李丰', ['李丰'], false],
    ['本报记者 田国奎 本报通讯员 冯际刚', ['田国奎', '冯际刚'], false],
    ['□本报通讯员 季永健', ['季永健'], false],
    ['本报特约记者 王君东', ['王君东'], false],
    ['本报记者杨明清 通讯员张鸿成 梁虹', ['杨明清', '张鸿成', '梁虹'], false],
    ['本报通讯员 张锋 孟宪勋 摄', ['张锋', '孟宪勋'], true],
    ['本报通讯员侯进勇摄', ['侯进勇'], true],
    ['本报记者 吴铎思 本报通讯员 王举南 刘廷福 摄', ['吴铎思', '王举南', '刘廷福'], true]
  ])('parses the byline %s', (text, expected, photo) => {
    expect(names(text)).toEqual(expected)
    expect(parseByline(text)?.photo).toBe(photo)
  })

  it('marks a run of glued names as ambiguous', () => {
    const parsed = parseByline('本报通讯员 张锋孟宪勋 摄')
    expect(parsed?.names.map((n) => n.ambiguous)).toEqual([true])
  })

  it.each(['记者了解到，“联链”服务站将以“产改”示范企业为主阵地', '本报讯', '阅读提示', '近日，记者获悉'])(
    'does not take %s for a byline',
    (text) => {
      expect(isBylineLine(text)).toBe(false)
    }
  )

  it.each([
    [
      '本报讯（记者王伟 通讯员刘义昂）今年1月，江苏省滨海县总工会',
      '本报讯（记者王伟 通讯员刘义昂）',
      '记者王伟 通讯员刘义昂'
    ],
    ['本报（记者毛浓曦）近日，记者了解到', '本报（记者毛浓曦）', '记者毛浓曦'],
    [
      '本报广州6月23日电（记者叶小钟 通讯员廖宇红 实习生谢迅）记者今天从',
      '本报广州6月23日电（记者叶小钟 通讯员廖宇红 实习生谢迅）',
      '记者叶小钟 通讯员廖宇红 实习生谢迅'
    ],
    ['本报讯 (记者马学礼 通讯员陈伟红)日前,宁夏', '本报讯 (记者马学礼 通讯员陈伟红)', '记者马学礼 通讯员陈伟红'],
    ['新华社北京6月23日电 记者从', '新华社北京6月23日电', null]
  ])('finds the dateline that opens %s', (text, prefix, credit) => {
    const len = datelinePrefixLength(text)
    expect(text.slice(0, len)).toBe(prefix)
    const c = datelineCredit(text)
    expect(c ? text.slice(c.start, c.end) : null).toBe(credit)
  })

  it('finds no dateline in body text that mentions the paper', () => {
    expect(datelinePrefixLength('记者日前从潍坊市高密市总工会生产保护部了解到')).toBe(0)
    expect(datelinePrefixLength('本报记者 李丰')).toBe(0)
  })

  it('finds a photo credit at the end of a caption, with or without the space the OCR left', () => {
    const spaced = '彩绘剪裁等手工技能，感受传统手工魅力。 本报通讯员 侯进勇 摄'
    expect(spaced.slice(photoCreditStart(spaced))).toBe('本报通讯员 侯进勇 摄')
    const glued = '感受传统手工魅力。本报通讯员侯进勇摄'
    expect(glued.slice(photoCreditStart(glued))).toBe('本报通讯员侯进勇摄')
    expect(photoCreditStart('本报记者 王伟伟 摄')).toBe(0)
  })

  it('returns on a credit with two roles and a wrap space inside a name (it once looped forever)', () => {
    const line = '记者黄洪涛通讯员张锋孟宪 勋摄'
    const at = photoCreditStart(line)
    expect(at).toBeLessThan(line.length)
  })

  it('does not take a reporter named mid-sentence for a photo credit', () => {
    expect(photoCreditStart('这一活动每月至少要举办一次，本报记者现场拍摄')).toBe(-1)
    expect(photoCreditStart('为首批加入的本报记者 王摄')).toBe(-1)
  })
})
