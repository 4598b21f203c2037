import { describe, expect, it } from 'vitest'
import { maxWeightMatching } from '../../../src/shared/cleanup/assignment'

/** Best total weight over all matchings, by trying every column (or none) for each row. */
function bruteForce(weights: number[][], columns: number): number {
  const used = new Array<boolean>(columns).fill(false)
  const best = (r: number): number => {
    if (r === weights.length) return 0
    let top = best(r + 1)
    for (let c = 0; c < columns; c++) {
      if (used[c] || !(weights[r][c] > 0)) continue
      used[c] = true
      top = Math.max(top, weights[r][c] + best(r + 1))
      used[c] = false
    }
    return top
  }
  return best(0)
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('maxWeightMatching', () => {
  it('lets a strong pair give way when that serves two lines (8.65 + nothing < 8.53 + 8.53)', () => {
    // rows: line 51, line 81; columns: line 21, line 71
    const chosen = maxWeightMatching([Float64Array.from([8.65, 8.53]), Float64Array.from([8.53, 0])], 2)
    expect([...chosen]).toEqual([1, 0])
  })

  it('never pairs at weight zero or below and leaves rows without a column at -1', () => {
    const chosen = maxWeightMatching(
      [Float64Array.from([0, -1]), Float64Array.from([NaN, 2]), Float64Array.from([0, 1])],
      2
    )
    expect([...chosen]).toEqual([-1, 1, -1])
  })

  it('reaches the best total of an exhaustive search on random matrices, each column used once', () => {
    const next = random(20261202)
    for (let round = 0; round < 300; round++) {
      const rows = 1 + Math.floor(next() * 6)
      const columns = 1 + Math.floor(next() * 6)
      const weights = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => (next() < 0.35 ? 0 : Math.round((next() * 10 - 2) * 100) / 100))
      )
      const chosen = maxWeightMatching(
        weights.map((w) => Float64Array.from(w)),
        columns
      )
      const picked = [...chosen].filter((c) => c >= 0)
      expect(new Set(picked).size, `round ${round}`).toBe(picked.length)
      const total = [...chosen].reduce((sum, c, r) => sum + (c >= 0 ? weights[r][c] : 0), 0)
      expect(total, `round ${round}: ${JSON.stringify(weights)}`).toBeCloseTo(bruteForce(weights, columns), 6)
      chosen.forEach((c, r) => c >= 0 && expect(weights[r][c]).toBeGreaterThan(0))
    }
  })
})
