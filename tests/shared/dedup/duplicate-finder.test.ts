import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DuplicateFinder, findDuplicates, type DuplicateMatch } from '../../../src/shared/dedup'
import { SEEDS_DIR } from '../../helpers/temp-dir'

const seeds = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'))

/** Paragraph lines of a seed page (at least `min` characters). */
function paragraphs(page: string, min = 40): string[] {
  return page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= min)
}

// Real seed paragraphs (004: curly quotes, no wrap spaces; 003: wrap spaces, ASCII punctuation).
const KEPT = paragraphs(seeds[4])[0] // 6月10日,记者来到贵州省遵义市仁怀市味来酒业公司…
const OTHER = paragraphs(seeds[4])[1] // 从对成立工会有疑虑…
const COLUMN = paragraphs(seeds[3])[1] // 2019年11月,锦州市总工会在锦州沟帮 子经济开发区…

/** The same paragraph as another OCR run prints it: wrap spaces, full-width commas, 入→人 style confusions. */
function reprinted(text: string, confusions: Array<[string, string]> = []): string {
  let out = [...text].map((ch, i) => (i > 0 && i % 15 === 0 ? ` ${ch}` : ch)).join('')
  out = out.replace(/,/g, '，').replace(/[“”]/g, '"')
  for (const [from, to] of confusions) out = out.replace(from, to)
  return out
}

function slices(texts: string[], m: DuplicateMatch): [string, string] {
  return [texts[m.docA].slice(m.rangeA.from, m.rangeA.to), texts[m.docB].slice(m.rangeB.from, m.rangeB.to)]
}

describe('findDuplicates', () => {
  it('finds no repeated passage between the five seed pages', () => {
    expect(findDuplicates(seeds)).toEqual([])
  })

  it('finds the passage seed page 000 repeats within itself only when asked for same-page repeats', () => {
    const matches = findDuplicates(seeds, { includeSameDocument: true })
    expect(matches.length).toBeGreaterThan(0)
    for (const m of matches) {
      expect(m.docA).toBe(m.docB)
      const [a, b] = slices(seeds, m)
      expect(a).toBe(b)
      expect(m).toMatchObject({ exact: true, similarity: 1 })
    }
    expect(slices(seeds, matches[0])[0]).toMatch(/^据了解,5月初,内蒙古区总工会向各盟市/)
  })

  it('pairs a paragraph reprinted on another page with wrap spaces and other punctuation width as exact', () => {
    const a = `标题一行\n\n${KEPT}\n\n${OTHER}\n`
    const b = `另一个版面\n\n${paragraphs(seeds[1])[0]}\n\n${reprinted(KEPT)}\n`
    const texts = [a, b]
    const [m, ...rest] = findDuplicates(texts)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ docA: 0, docB: 1, exact: true, similarity: 1 })
    const [sa, sb] = slices(texts, m)
    expect(sa).toBe(KEPT)
    expect(sb).toBe(reprinted(KEPT))
  })

  it('pairs a reprint with OCR character confusions as a near repeat with its similarity', () => {
    const variant = reprinted(COLUMN, [
      ['企业', '企亚'],
      ['建起', '建赵'],
      ['试点', '试占']
    ])
    const texts = [`${paragraphs(seeds[3])[0]}\n${COLUMN}\n`, `${OTHER}\n\n${variant}\n\n${paragraphs(seeds[2])[3]}`]
    const matches = findDuplicates(texts)
    expect(matches).toHaveLength(1)
    const [m] = matches
    expect(m.exact).toBe(false)
    expect(m.similarity).toBeGreaterThan(0.6)
    expect(m.similarity).toBeLessThan(1)
    expect(slices(texts, m)).toEqual([COLUMN, variant])
  })

  it('does not flag stock phrases, bylines and headlines that recur on every page', () => {
    const texts = [0, 1, 2].map((i) =>
      [
        '新闻特写',
        '本报讯 (记者王伟 通讯员刘义昂)',
        '滨海县总工会',
        `本报讯 (记者王伟)近日,江苏省滨海县总工会召开会议。${paragraphs(seeds[i + 1])[2]}`,
        paragraphs(seeds[i + 1])[3]
      ].join('\n\n')
    )
    expect(findDuplicates(texts)).toEqual([])
  })

  it('does not pair different paragraphs that share common words (总工会, 职工, 帮扶)', () => {
    // Distinct paragraphs (seed 000 repeats one of its own, which is a real repeat).
    const withUnion = [...new Set(seeds.flatMap((s) => paragraphs(s)))].filter(
      (p) => p.includes('总工会') && p.includes('职工')
    )
    expect(withUnion.length).toBeGreaterThan(10)
    expect(findDuplicates(withUnion)).toEqual([])
  })

  it('reports a passage repeated on three pages as two pairs with its first occurrence', () => {
    const texts = [`${KEPT}\n`, `${OTHER}\n${reprinted(KEPT)}\n`, `${reprinted(KEPT)}\n`]
    const matches = findDuplicates(texts)
    expect(matches.map((m) => [m.docA, m.docB, m.exact])).toEqual([
      [0, 1, true],
      [0, 2, true]
    ])
  })

  it('respects the similarity threshold', () => {
    const variant = COLUMN.slice(0, Math.floor(COLUMN.length * 0.6)) + OTHER.slice(0, 40)
    const texts = [COLUMN, variant]
    const loose = findDuplicates(texts, { threshold: 0.3 })
    expect(loose).toHaveLength(1)
    expect(findDuplicates(texts, { threshold: 0.9 })).toEqual([])
  })

  it('ignores lines shorter than minUnits', () => {
    const short = '锦州市总工会在锦州沟帮子经济开发区试点'
    expect(findDuplicates([short, short])).toEqual([])
    expect(findDuplicates([short, short], { minUnits: 10 })).toHaveLength(1)
  })

  it('gives the same pairs, in the same order, on every run', () => {
    const texts = [...seeds, `${reprinted(KEPT)}\n${reprinted(COLUMN, [['企业', '企亚']])}`, `${COLUMN}\n${KEPT}`]
    const first = findDuplicates(texts, { includeSameDocument: true })
    expect(findDuplicates(texts, { includeSameDocument: true })).toEqual(first)
    const sorted = [...first].sort(
      (x, y) => x.docA - y.docA || x.rangeA.from - y.rangeA.from || x.docB - y.docB || x.rangeB.from - y.rangeB.from
    )
    expect(first).toEqual(sorted)
    expect(first.filter((m) => m.docA !== m.docB).length).toBeGreaterThanOrEqual(4)
  })

  it('refuses documents added out of order and use after finish', () => {
    const finder = new DuplicateFinder()
    finder.add(3, KEPT)
    expect(() => finder.add(2, OTHER)).toThrow(RangeError)
    finder.finish()
    expect(() => finder.add(4, OTHER)).toThrow(RangeError)
    expect(() => new DuplicateFinder({ threshold: 0 })).toThrow(RangeError)
  })
})
