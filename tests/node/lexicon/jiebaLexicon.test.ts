import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createLexicon } from '../../../src/shared/cleanup/lexicon'
import {
  jiebaDictionaryPath,
  jiebaLexicon,
  loadJiebaLexicon,
  parseJiebaDictionary
} from '../../../src/node/lexicon/jiebaLexicon'

describe('jieba lexicon', () => {
  it('loads the bundled dictionary once, with its frequencies', () => {
    const lex = jiebaLexicon()
    expect(jiebaLexicon()).toBe(lex)
    expect(lex.frequency('深入')).toBe(4933)
    expect(lex.frequency('日渐')).toBe(661)
    expect(lex.frequency('深人')).toBe(0)
    expect(lex.maxWordLength).toBeGreaterThan(10)
    expect(lex.total).toBeGreaterThan(1e7)
  })

  it('answers lookups inside a longer text without slicing, and walks the words starting at a position', () => {
    const lex = jiebaLexicon()
    const text = '职工医疗互助保障行动'
    expect(lex.frequencyAt(text, 6, 8)).toBe(lex.frequency('保障'))
    const ends: number[] = []
    lex.forEachWordAt(text, 0, text.length, (end) => ends.push(end))
    expect(ends).toContain(2) // 职工
    expect(lex.pairFrequency('保'.charCodeAt(0), '障'.charCodeAt(0))).toBeGreaterThanOrEqual(lex.frequency('保障'))
    expect(lex.pairFrequency('障'.charCodeAt(0), '行'.charCodeAt(0))).toBe(0)
  })

  it('reads a user dictionary file in the same format, adding repeated words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiaodui-lexicon-'))
    const file = join(dir, 'user.txt')
    writeFileSync(file, '杨朝晖 5 nr\n滨海县总工会 3 nt\n杨朝晖 2\n入职\n')
    const lex = loadJiebaLexicon(file)
    expect(lex.frequency('杨朝晖')).toBe(7)
    expect(lex.frequency('滨海县总工会')).toBe(3)
    expect(lex.frequency('入职')).toBe(1)
  })

  it('reads the file as the text parser reads it: BOM, CRLF, full-width spaces, non-UTF-8 bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiaodui-lexicon-'))
    const cases: Array<string | Buffer> = [
      '\ufeff深入 5 v\r\n\r\n\u3000日渐 6\u3000\n𠮷野家 7\n深入 2',
      Buffer.concat([
        Buffer.from('深入 5\n'),
        Buffer.from([0xe6, 0xb7, 0x41, 0x20, 0x33, 0x0a]),
        Buffer.from('日渐 6\n')
      ])
    ]
    for (const [k, content] of cases.entries()) {
      const file = join(dir, `case${k}.txt`)
      writeFileSync(file, content)
      const fast = loadJiebaLexicon(file)
      const text = readFileSync(file, 'utf8')
      const slow = createLexicon(parseJiebaDictionary(text, file))
      for (const [word] of parseJiebaDictionary(text)) expect(fast.frequency(word)).toBe(slow.frequency(word))
      expect([fast.total, fast.maxWordLength]).toEqual([slow.total, slow.maxWordLength])
    }
  })

  it('names the file and line of a malformed entry', () => {
    expect(() => [...parseJiebaDictionary('深入 4933 v\n日渐 many d\n', 'dict.txt')]).toThrow('dict.txt, line 2')
    const file = join(mkdtempSync(join(tmpdir(), 'jiaodui-lexicon-')), 'bad.txt')
    writeFileSync(file, '深入 4933 v\n日渐 many d\n')
    expect(() => loadJiebaLexicon(file)).toThrow(`${file}, line 2: expected "word frequency [tag]", got "日渐 many d"`)
  })

  it('finds the dictionary shipped with @node-rs/jieba', () => {
    expect(jiebaDictionaryPath()).toMatch(/@node-rs[\\/]jieba[\\/]dict\.txt$/)
  })
})
