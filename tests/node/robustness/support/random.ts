// A small seeded pseudo-random generator (mulberry32) so randomized tests can be replayed: every test logs
// its seed, and JIAODUI_SEED=<seed> runs the same sequence again.

export class Random {
  private state: number

  constructor(readonly seed: number) {
    this.state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Random.pick: no items')
    return items[this.int(0, items.length - 1)]
  }
}

/** The seed from JIAODUI_SEED, or a fresh one. */
export function seedFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.JIAODUI_SEED
  if (given !== undefined && given !== '') {
    const n = Number(given)
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff)
      throw new RangeError(`JIAODUI_SEED must be an integer from 0 to 4294967295, not ${given}`)
    return n
  }
  return Math.floor(Math.random() * 0xffffffff)
}
