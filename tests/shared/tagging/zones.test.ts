// Named zones as LOC (seeds/002 line 9, seeds/003 lines 7–9), with the jieba tagger the app uses.
import { describe, expect, it } from 'vitest'
import { createJiebaTagger } from '../../../src/node/tagging/jiebaTagger'
import { annotate } from './annotatePage'

const tagger = createJiebaTagger()
const loc = (line: string) => annotate(`标题\n${line}\n`, { tagger }).LOC ?? []

describe('named zones', () => {
  it('tags a zone named by its place or a place word (seeds/002 line 9)', () => {
    expect(
      loc(
        '斗南国际花卉产业园区和云南省数字经济开发区均位于呈贡区，其中，花卉产业园区拥有全国唯一一家国家级花卉交易市场。'
      )
    ).toEqual(expect.arrayContaining(['斗南国际花卉产业园区', '云南省数字经济开发区']))
  })

  it('tags the tail of a named zone that names it again in the same article (seeds/002 line 9)', () => {
    const found = loc(
      '斗南国际花卉产业园区和云南省数字经济开发区均位于呈贡区，其中，花卉产业园区拥有全国唯一一家国家级花卉交易市场，数字经济开发区则是云南省唯一以大数据为特色的园区。'
    )
    expect(found).toEqual(expect.arrayContaining(['花卉产业园区', '数字经济开发区']))
    // A tail shorter than six characters is too generic (经济开发区, 产业园区).
    expect(loc('云南省数字经济开发区吸引企业入驻，全省经济开发区都在学习。')).not.toContain('经济开发区')
  })

  it('leaves zones without a place name untagged', () => {
    expect(loc('花卉产业园区拥有全国唯一一家国家级花卉交易市场。')).toEqual([])
    expect(loc('锦州庞河5个省级工业园区的办公楼上一行醒目的大字。').filter((s) => s.includes('园区'))).toEqual([])
  })

  it('leaves a zone that names an organisation to the ORG rule (seeds/003 line 7)', () => {
    const found = annotate('标题\n锦州七里河经济开发区管委会副主任说，指导站建在锦州沟帮子经济开发区。\n', { tagger })
    expect(found.ORG).toEqual(['锦州七里河经济开发区管委会'])
    expect(found.LOC).toEqual(['锦州沟帮子经济开发区'])
  })
})
