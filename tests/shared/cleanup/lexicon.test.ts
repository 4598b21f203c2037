import { describe, expect, it } from 'vitest'
import { BigramIndex, topicSimilarity } from '../../../src/shared/cleanup/bigramIndex'
import { hanBigrams } from '../../../src/shared/cleanup/continuity'
import { createLexicon } from '../../../src/shared/cleanup/lexicon'

/** Deterministic pseudo-random words over a few Han characters (so they share prefixes and pairs). */
function words(n: number, seed = 1): Array<[string, number]> {
  const chars = '人民工会职保障中国入日新渐𠮷'
  let x = seed
  const next = (k: number) => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8) % k
  return Array.from({ length: n }, () => {
    let w = ''
    for (let len = 1 + next(5); w.length < len;) w += [...chars][next(14)]
    return [w, next(3) === 0 ? 0.5 + next(100) : next(1000)] as [string, number]
  })
}

/** What a lexicon answers about `probes`: frequencies, word walks, prefix walks and pair sums. */
function answers(lexicon: ReturnType<typeof createLexicon>, probes: string[]): string {
  const out: unknown[] = [lexicon.total, lexicon.maxWordLength]
  for (const p of probes) {
    out.push(lexicon.frequency(p))
    lexicon.forEachWordAt(p, 0, p.length, (end, f) => out.push(end, f))
    const state = lexicon.prefixState(p, 0, 1)
    lexicon.forEachWordFrom(state, p, 1, p.length, (end, f) => out.push('from', end, f))
    for (let i = 0; i + 1 < p.length; i++) out.push(lexicon.pairFrequency(p.charCodeAt(i), p.charCodeAt(i + 1)))
  }
  return JSON.stringify(out)
}

describe('lexicon', () => {
  it('answers the same whether its words come sorted (the fast path) or in any order', () => {
    const entries = words(3000)
    const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    const probes = words(400, 9).map(([w]) => w + '的人民')
    expect(answers(createLexicon(sorted), probes)).toBe(answers(createLexicon(entries), probes))
  })

  it('adds up repeated words and the pairs of every word holding them, in the order given', () => {
    const lex = createLexicon([
      ['保障', 0.1],
      ['保障', 0.2],
      ['社会保障', 3],
      ['保', 5]
    ])
    expect(lex.frequency('保障')).toBe(0.1 + 0.2)
    expect(lex.pairFrequency('保'.charCodeAt(0), '障'.charCodeAt(0))).toBe(0.1 + 0.2 + 3)
    expect(lex.pairFrequency('障'.charCodeAt(0), '保'.charCodeAt(0))).toBe(0)
    expect(lex.frequency('保')).toBe(5)
    expect(lex.frequency('社会')).toBe(0)
  })

  it('continues a walk from a prefix state into other text, as a walk over the joined text would', () => {
    const lex = createLexicon([
      ['职工', 10],
      ['职工医疗', 5],
      ['职工医疗互助', 2]
    ])
    const ends: number[] = []
    lex.forEachWordFrom(lex.prefixState('本报职工', 2, 4), '医疗互助保障', 0, 6, (end) => ends.push(end))
    expect(ends).toEqual([2, 4])
    expect(lex.prefixState('保障', 0, 2)).toBe(-1)
  })
})

describe('BigramIndex', () => {
  it('gives the topic similarity of one line with every line, as pairwise topicSimilarity does', () => {
    const lines = ['职工医疗互助保障', '互助保障行动', '', '保障职工权益，职工医疗', 'abc 人民 日报']
    const sets = lines.map(hanBigrams)
    const index = new BigramIndex(sets)
    const shared = new Int32Array(lines.length)
    for (const a of sets) {
      index.sharedCounts(a, shared)
      sets.forEach((b, k) => expect(index.similarity(a, k, shared)).toBe(topicSimilarity(a, b)))
    }
  })
})
