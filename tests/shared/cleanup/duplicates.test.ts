import { describe, expect, it } from 'vitest'
import { cleanWith, seed, seedLine, squeeze, suggest } from './helpers'

const count = (text: string, passage: string) => squeeze(text).split(squeeze(passage)).length - 1

describe('duplicated passages', () => {
  const page = seed('000')
  const dups = suggest(page).filter((s) => s.kind === 'duplicate')
  const lineOf = (offset: number) => page.slice(0, offset).split('\n').length

  it('drops the out-of-place copy of a repeated paragraph, safely (seed 000 lines 19 and 41)', () => {
    const drop = dups.find((s) => s.moves?.[0].pieces.some((p) => 'from' in p && lineOf(p.from) === 41))
    expect(drop?.safe).toBe(true)
    expect(lineOf(drop!.twin!.from)).toBe(19)
    expect(dups.some((s) => s.moves?.[0].pieces.some((p) => 'from' in p && lineOf(p.from) === 19))).toBe(false)
  })

  it('drops the repeated run of lines 61 (tail), 63 and 65, keeping the first copy', () => {
    const lines = dups.map((s) => {
      const p = s.moves![0].pieces[0]
      return 'from' in p ? lineOf(p.from) : -1
    })
    expect(lines.sort((a, b) => a - b)).toEqual([41, 61, 63, 65])
    const tail = dups.find((s) => lineOf((s.moves![0].pieces[0] as { from: number }).from) === 61)!
    expect(tail.safe).toBe(false)
    expect(
      page.slice((tail.moves![0].pieces[0] as { from: number }).from, (tail.moves![0].pieces[0] as { to: number }).to)
    ).toContain('各团队成员不少于2人。鼓励有条件的企事业单位建立独立服务职工的“三师”团队。')
  })

  it('leaves each passage once when the duplicate suggestions are applied', () => {
    const clean = cleanWith(page, ['duplicate'])
    expect(count(clean, seedLine('000', 19))).toBe(1)
    expect(count(clean, seedLine('000', 55))).toBe(1)
    expect(count(clean, '鼓励有条件的企事业单位建立独立服务职工的“三师”团队。')).toBe(1)
    expect(count(clean, '点坐班接访与进企业面对面服务相结合的方式')).toBe(1)
  })

  it.each(['002', '004', '001'])(
    'finds none on seed %s, whose repeats are natural (slogans, headline phrases, names)',
    (p) => {
      expect(suggest(seed(p)).filter((s) => s.kind === 'duplicate')).toEqual([])
    }
  )

  it('proposes a near repeat with an OCR difference for review', () => {
    const original = seedLine('004', 21)
    const copy = original.replace('反复探讨', '反夏探讨')
    const raw = `${original}\n\n${seedLine('004', 23)}\n\n${copy}`
    const near = suggest(raw).filter((s) => s.kind === 'duplicate')
    expect(near).toHaveLength(1)
    expect(near[0].safe).toBe(false)
    expect(near[0].meta?.mismatches).toBe(1)
    expect(squeeze(cleanWith(raw, ['duplicate']))).toBe(squeeze(`${original}${seedLine('004', 23)}`))
  })
})
