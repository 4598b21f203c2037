// A small, fast, stable string hash for ids that must be equal across runs and machines.

/** UTF-16 codes of the hex digits. */
const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0))

/**
 * Incremental 53-bit cyrb53 over UTF-16 units: feeding the parts of a string, in order, gives the same hash as
 * hashString of the whole, without building it (suggestion ids hash hundreds of small keys per page).
 */
export class StringHash {
  private h1 = 0
  private h2 = 0

  constructor(seed = 0) {
    this.reset(seed)
  }

  /** Starts over, as a new StringHash(seed) would (one hash object can serve many keys in turn). */
  reset(seed = 0): this {
    this.h1 = 0xdeadbeef ^ seed
    this.h2 = 0x41c6ce57 ^ seed
    return this
  }

  /** Adds one UTF-16 unit. */
  unit(c: number): this {
    this.h1 = Math.imul(this.h1 ^ c, 2654435761)
    this.h2 = Math.imul(this.h2 ^ c, 1597334677)
    return this
  }

  /** Adds the UTF-16 units of `text`. */
  text(text: string): this {
    let h1 = this.h1
    let h2 = this.h2
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      h1 = Math.imul(h1 ^ c, 2654435761)
      h2 = Math.imul(h2 ^ c, 1597334677)
    }
    this.h1 = h1
    this.h2 = h2
    return this
  }

  /** Adds `n` written as String(n) writes it. */
  number(n: number): this {
    if (!(n >= 0 && n < 0x80000000 && n === (n | 0))) return this.text(String(n))
    let p = 1
    while (p * 10 <= n) p *= 10
    for (; p >= 1; p = (p / 10) | 0) this.unit(48 + (((n / p) | 0) % 10))
    return this
  }

  /** The hash as 14 lowercase hex digits. */
  hex(): string {
    let h1 = this.h1
    let h2 = this.h2
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
    // 21 high bits (6 hex digits) then 32 low bits (8): what (2^32 * hi + lo).toString(16).padStart(14, '0') gives.
    const hi = h2 & 2097151
    const lo = h1 >>> 0
    return String.fromCharCode(
      HEX[(hi >>> 20) & 15],
      HEX[(hi >>> 16) & 15],
      HEX[(hi >>> 12) & 15],
      HEX[(hi >>> 8) & 15],
      HEX[(hi >>> 4) & 15],
      HEX[hi & 15],
      HEX[(lo >>> 28) & 15],
      HEX[(lo >>> 24) & 15],
      HEX[(lo >>> 20) & 15],
      HEX[(lo >>> 16) & 15],
      HEX[(lo >>> 12) & 15],
      HEX[(lo >>> 8) & 15],
      HEX[(lo >>> 4) & 15],
      HEX[lo & 15]
    )
  }
}

/** 53-bit cyrb53 hash of the UTF-16 units of `text`, as 14 lowercase hex digits. */
export function hashString(text: string, seed = 0): string {
  return new StringHash(seed).text(text).hex()
}
