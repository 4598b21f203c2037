import { describe, expect, it } from 'vitest'
import { createJiebaTagger } from '../../../src/node/tagging/jiebaTagger'

describe('jieba tagger', () => {
  const tagger = createJiebaTagger()

  it('returns tokens that cover the text in order with UTF-16 offsets, spaces and astral characters included', () => {
    for (const text of [
      '滨海县总工会主席杨朝晖介绍，本报讯（记者王伟 通讯员刘义昂）',
      '吉𠮷家的王伟说',
      '  两端 有空格 '
    ]) {
      const tokens = tagger.tag(text)
      expect(tokens.map((t) => text.slice(t.start, t.end)).join('')).toBe(text)
      for (let i = 1; i < tokens.length; i++) expect(tokens[i].start).toBe(tokens[i - 1].end)
    }
  })

  it('segments names and organisations whole once they are in the user dictionary', () => {
    const text = '滨海县总工会主席杨朝晖介绍'
    const words = (t: ReturnType<typeof createJiebaTagger>) =>
      t.tag(text).map((x) => `${text.slice(x.start, x.end)}/${x.pos}`)
    expect(words(tagger)).not.toContain('杨朝晖/nr')
    const custom = createJiebaTagger([{ word: '杨朝晖', pos: 'nr' }])
    expect(words(custom)).toContain('杨朝晖/nr')
    custom.addWords([{ word: '滨海县总工会', pos: 'nt' }])
    expect(words(custom)).toContain('滨海县总工会/nt')
  })

  it('refuses a user word with spaces or a bad tag', () => {
    expect(() => createJiebaTagger([{ word: '杨 朝晖', pos: 'nr' }])).toThrow(RangeError)
    expect(() => createJiebaTagger([{ word: '杨朝晖', pos: 'NR' }])).toThrow(RangeError)
  })
})
