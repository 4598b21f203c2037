import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
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

  it('names the file and line of a malformed entry', () => {
    expect(() => [...parseJiebaDictionary('深入 4933 v\n日渐 many d\n', 'dict.txt')]).toThrow('dict.txt, line 2')
  })

  it('finds the dictionary shipped with @node-rs/jieba', () => {
    expect(jiebaDictionaryPath()).toMatch(/@node-rs[\\/]jieba[\\/]dict\.txt$/)
  })
})
