import { describe, expect, it } from 'vitest'
import { applySuggestions } from '../../../src/shared/cleanup/apply'
import { resolveConflicts } from '../../../src/shared/cleanup/conflicts'
import { isRangePiece, SUGGESTION_KINDS, suggestionId } from '../../../src/shared/cleanup/suggestion'
import { seed, suggest } from './helpers'

const PAGES = ['000', '001', '002', '003', '004']

describe('engine', () => {
  it.each(PAGES)('is deterministic on seed %s: same suggestions and ids on a second run', (p) => {
    expect(JSON.stringify(suggest(seed(p)))).toBe(JSON.stringify(suggest(seed(p))))
  })

  it.each(PAGES)('returns well-formed, conflict-free suggestions on seed %s', (p) => {
    const raw = seed(p)
    const all = suggest(raw)
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length)
    expect(resolveConflicts(all)).toHaveLength(all.length)
    for (const s of all) {
      expect(SUGGESTION_KINDS).toContain(s.kind)
      expect(s.id).toBe(suggestionId(s))
      expect(s.confidence).toBeGreaterThanOrEqual(0)
      expect(s.confidence).toBeLessThanOrEqual(1)
      expect(s.explanation.length).toBeGreaterThan(5)
      let last = 0
      for (const e of s.edits) {
        expect(e.from).toBeGreaterThanOrEqual(last)
        expect(e.to).toBeLessThanOrEqual(raw.length)
        last = e.to
      }
      for (const m of s.moves ?? [])
        for (const piece of m.pieces) if (isRangePiece(piece)) expect(piece.to).toBeGreaterThan(piece.from)
      if (s.safe) expect(s.group).toBeUndefined()
      if (s.kind === 'ocr-char' || s.kind === 'split-paragraph' || s.kind === 'column-order' || s.kind === 'interleave')
        expect(s.safe).toBe(false)
    }
    const groups = new Map<string, number[]>()
    for (const s of all) if (s.group) groups.set(s.group, [...(groups.get(s.group) ?? []), s.rank ?? 0])
    for (const ranks of groups.values()) expect(ranks.sort()).toEqual(ranks.map((_, i) => i + 1))
  })

  it.each(PAGES)(
    'meets the safe-only targets on seed %s: no wrap spaces in body text, half-width punctuation, markers or repeated paragraphs',
    (p) => {
      const raw = seed(p)
      const clean = applySuggestions(
        raw,
        suggest(raw).filter((s) => s.safe)
      ).clean
      const lines = clean.split('\n')
      expect(clean).not.toMatch(/^#+\s|\*\*/m)
      expect(clean).not.toMatch(/[\u4e00-\u9fff][,;:()]|[,;:()][\u4e00-\u9fff]/)
      expect(clean).not.toMatch(/\n\s*\n/)
      // A space between Chinese characters survives only in titles (no clause punctuation) and bylines/credits.
      for (const l of lines)
        if (/[\u4e00-\u9fff，。“”（）、] +[\u4e00-\u9fff“”（）]/.test(l))
          expect(/[，。；：？！]/.test(l.replace(/（[^）]*）/g, '')) && !/(记者|通讯员|摄)/.test(l), l).toBe(false)
      const long = lines.filter((l) => l.length >= 15)
      expect(new Set(long).size).toBe(long.length)
    }
  )
})
