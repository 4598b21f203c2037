import { describe, expect, it } from 'vitest'
import { cleanWith, seedLine, suggest } from './helpers'

describe('markdown markers', () => {
  it('removes "# " and "## " heading marks and remembers the level', () => {
    const raw = `${seedLine('000', 5)}\n\n${seedLine('000', 13)}`
    expect(cleanWith(raw, ['markdown'])).toBe('滨海县总组建947个民企“挺进班”\n\n内蒙古推广职工医疗互助保障')
    const levels = suggest(raw)
      .filter((s) => s.kind === 'markdown')
      .map((s) => s.meta?.level)
    expect(levels).toEqual([1, 2])
  })

  it('removes ** bold markers around a dateline and keeps everything else', () => {
    const line = seedLine('000', 9)
    expect(line.startsWith('**本报讯** (记者王伟')).toBe(true)
    expect(cleanWith(line, ['markdown'])).toBe(line.replace(/\*\*/g, ''))
  })

  it('is safe', () => {
    expect(
      suggest(seedLine('000', 17))
        .filter((s) => s.kind === 'markdown')
        .every((s) => s.safe)
    ).toBe(true)
  })

  it.each([seedLine('000', 3), seedLine('002', 13), seedLine('004', 117), '#1 产品: C# 与 F#'])(
    'leaves a line without markers unchanged: %s',
    (line) => {
      expect(cleanWith(line, ['markdown'])).toBe(line)
    }
  )
})
