import { describe, expect, it } from 'vitest'
import { cleanWith, seedLine, suggest } from './helpers'

describe('paragraph separators', () => {
  it('leaves one line feed between paragraphs and none at the top or bottom of the page', () => {
    const raw = `\n\n${seedLine('000', 3)}\n\n# 滨海县总组建947个民企\n  \n\n${seedLine('000', 7)}\n\n\n`
    expect(cleanWith(raw, ['blank-lines'])).toBe(
      `${seedLine('000', 3)}\n# 滨海县总组建947个民企\n${seedLine('000', 7)}`
    )
  })

  it('keeps the first line feed of a separator out of its edits, so joins and moves own it', () => {
    const raw = 'A,\n\n\nB。'
    const edits = suggest(raw)
      .filter((s) => s.kind === 'blank-lines')
      .flatMap((s) => s.edits)
    expect(edits).toEqual([{ from: 3, to: 5, insert: '' }])
  })
})

describe('single line breaks', () => {
  const sentence = seedLine('004', 21) // one long paragraph of seed 004
  const cut = sentence.indexOf('经过反复探讨')

  it('joins a line wrapped by a single line feed inside a sentence on a blank-line page', () => {
    const raw = `${seedLine('004', 19)}\n\n${sentence.slice(0, cut)}\n${sentence.slice(cut)}\n\n${seedLine('004', 23)}`
    const clean = cleanWith(raw, ['line-break', 'blank-lines'])
    expect(clean.split('\n')).toEqual([seedLine('004', 19), sentence, seedLine('004', 23)])
    expect(suggest(raw).find((s) => s.kind === 'line-break')?.safe).toBe(true)
  })

  it('keeps two bylines on their own lines (seed 001 lines 37–38)', () => {
    const raw = `${seedLine('001', 35)}\n\n${seedLine('001', 37)}\n${seedLine('001', 38)}\n\n${seedLine('001', 40)}`
    expect(cleanWith(raw, ['line-break'])).toBe(raw)
  })

  it('does not join after a sentence end, or on pages that separate paragraphs by single line feeds', () => {
    const lines = [seedLine('004', 9), seedLine('004', 11), sentence.slice(0, cut), sentence.slice(cut)]
    expect(cleanWith(lines.join('\n'), ['line-break'])).toBe(lines.join('\n'))
  })
})
