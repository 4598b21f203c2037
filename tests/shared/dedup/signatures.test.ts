import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  candidatePairs,
  estimateSimilarity,
  foldForMatch,
  MAX_BUCKET_PAIRS_SIZE,
  MinHasher,
  passagesOf,
  SIGNATURE_SIZE
} from '../../../src/shared/dedup'
import { SEEDS_DIR } from '../../helpers/temp-dir'

const seedText = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'))
  .join('\n')

function units(text: string): Uint16Array {
  return Uint16Array.from(text, (_, i) => text.charCodeAt(i))
}

function signatures(texts: string[], seed?: number): Uint8Array {
  const hasher = new MinHasher(seed)
  const sigs = new Uint8Array(texts.length * SIGNATURE_SIZE)
  texts.forEach((t, i) => hasher.signatureInto(units(t), t.length, sigs, i * SIGNATURE_SIZE))
  return sigs
}

function jaccard(a: string, b: string): number {
  const grams = (s: string) => new Set(Array.from({ length: s.length - 3 }, (_, i) => s.slice(i, i + 4)))
  const A = grams(a)
  const B = grams(b)
  let common = 0
  for (const g of A) if (B.has(g)) common++
  return common / (A.size + B.size - common)
}

describe('foldForMatch', () => {
  it('drops wrap spaces and markdown marks and folds punctuation width and quote style', () => {
    expect(foldForMatch('**本报讯** (记者赵黎浩)近日,云南省昆明 市呈贡区"联链"服务 站')).toBe(
      foldForMatch('本报讯（记者赵黎浩）近日，云南省昆明市呈贡区“联链”服务站')
    )
    expect(foldForMatch('昆明 市:１２３ＡＢ;好!')).toBe('昆明市：123AB；好！')
  })

  it('keeps what tells passages apart: characters, digits, 。、 and decimal points', () => {
    expect(foldForMatch('增效1.67亿元。节能、降本')).toBe('增效1.67亿元。节能、降本')
    expect(foldForMatch('入会')).not.toBe(foldForMatch('人会'))
  })

  it('leaves astral characters (𠮷) whole', () => {
    expect(foldForMatch('吉 𠮷家')).toBe('吉𠮷家')
  })
})

describe('passagesOf', () => {
  it('returns trimmed lines long enough to be passages, as raw offsets', () => {
    const raw =
      '标题\n\n  本报讯 (记者王伟)今年1月,江苏省滨海县总工会针对全县民营企业面临的困难组建“挺进班”。  \n短行\n'
    const [p, ...rest] = passagesOf(raw)
    expect(rest).toEqual([])
    expect(raw.slice(p.from, p.to)).toBe(
      '本报讯 (记者王伟)今年1月,江苏省滨海县总工会针对全县民营企业面临的困难组建“挺进班”。'
    )
  })

  it('measures length after folding, so wrap spaces do not make a short line long', () => {
    const line = '锦 州 市 总 工 会 在 锦 州 沟 帮 子 经 济 开 发 区 试 点'
    expect(line.length).toBeGreaterThan(30)
    expect(passagesOf(line)).toEqual([])
    expect(passagesOf(line, 10)).toEqual([{ from: 0, to: line.length }])
  })
})

describe('MinHash signatures', () => {
  it('are equal for equal text and depend on the seed', () => {
    const text = foldForMatch(seedText.slice(0, 300))
    const [a, b] = [signatures([text, text]), signatures([text], 99)]
    expect(estimateSimilarity(a, 0, 1)).toBe(1)
    expect(Array.from(a.subarray(0, SIGNATURE_SIZE))).not.toEqual(Array.from(b))
  })

  it('estimate the 4-gram Jaccard similarity of seed passages within a few points', () => {
    // Deterministic pseudo-random edits of real seed sentences (replayable: LCG seeded with 7).
    let state = 7
    const rnd = (n: number) => (state = (state * 1103515245 + 12345) & 0x7fffffff) % n
    const source = foldForMatch(seedText)
    const errors: number[] = []
    for (let round = 0; round < 300; round++) {
      const length = 40 + rnd(200)
      const start = rnd(source.length - length)
      const a = source.slice(start, start + length)
      const chars = [...a]
      for (let e = rnd(Math.ceil(length / 10)); e > 0; e--) chars[rnd(chars.length)] = '囗'
      const b = chars.join('')
      errors.push(estimateSimilarity(signatures([a, b]), 0, 1) - jaccard(a, b))
    }
    const meanAbs = errors.reduce((s, e) => s + Math.abs(e), 0) / errors.length
    const bias = errors.reduce((s, e) => s + e, 0) / errors.length
    expect(meanAbs).toBeLessThan(0.05)
    expect(Math.abs(bias)).toBeLessThan(0.02)
    expect(Math.max(...errors.map(Math.abs))).toBeLessThan(0.2)
  })

  it('refuses text shorter than one shingle', () => {
    expect(() => new MinHasher().signatureInto(units('abc'), 3, new Uint8Array(SIGNATURE_SIZE), 0)).toThrow(RangeError)
  })
})

describe('candidatePairs', () => {
  it('pairs equal signatures and leaves unrelated ones alone', () => {
    const lines = seedText
      .split('\n')
      .filter((l) => l.length > 80)
      .slice(0, 40)
      .map(foldForMatch)
    const sigs = signatures([...lines, lines[3], lines[17]])
    expect(candidatePairs(sigs, lines.length + 2)).toEqual([
      [3, lines.length],
      [17, lines.length + 1]
    ])
  })

  it('links a very large bucket as a star instead of every pair', () => {
    const text = foldForMatch(seedText.slice(0, 200))
    const count = MAX_BUCKET_PAIRS_SIZE * 2
    const pairs = candidatePairs(signatures(Array(count).fill(text)), count)
    expect(pairs).toHaveLength(count - 1)
    expect(pairs.every(([i]) => i === 0)).toBe(true)
  })
})
