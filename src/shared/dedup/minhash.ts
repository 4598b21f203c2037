// MinHash signatures of character 4-grams by one-permutation hashing with optimal densification (Shrivastava,
// ICML 2017): each shingle is hashed once, the hash picks one of SIGNATURE_SIZE bins and each bin keeps its
// minimum; an empty bin borrows the value of a bin chosen by a fixed probe sequence. Two signatures then agree
// in each position with probability equal to the Jaccard similarity of the shingle sets, as with 128
// independent hash functions, at about 1/100 of the cost. Only the low 8 bits of each value are kept
// ("b-bit MinHash"), so a signature is 128 bytes and a million passages fit in 128 MB.

/** Values per signature (bins). */
export const SIGNATURE_SIZE = 128
/** Characters per shingle. Chinese words are 1–4 characters: 4-grams make unrelated text share few shingles. */
export const SHINGLE_UNITS = 4

const BIN_SHIFT = 25 // 32 - log2(SIGNATURE_SIZE): the top 7 bits of a shingle hash choose its bin
const VALUE_MASK = (1 << BIN_SHIFT) - 1
const EMPTY = 0x7fffffff

/** murmur3's 32-bit finalizer. */
function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** Computes b-bit MinHash signatures; one instance reuses its scratch space, so use it from one thread. */
export class MinHasher {
  private readonly bins = new Int32Array(SIGNATURE_SIZE)
  private readonly seed: number

  constructor(seed = 0x5eed) {
    this.seed = fmix32(seed) | 0
  }

  /**
   * Writes the signature of `units[0, length)` (folded text, at least SHINGLE_UNITS long) into
   * `out[offset, offset + SIGNATURE_SIZE)`.
   */
  signatureInto(units: Uint16Array, length: number, out: Uint8Array, offset: number): void {
    if (length < SHINGLE_UNITS) throw new RangeError(`a signature needs at least ${SHINGLE_UNITS} units, got ${length}`)
    const bins = this.bins
    bins.fill(EMPTY)
    const seed = this.seed
    for (let i = 0; i + SHINGLE_UNITS <= length; i++) {
      const hi = (units[i] << 16) | units[i + 1]
      const lo = (units[i + 2] << 16) | units[i + 3]
      const h = fmix32(Math.imul(hi ^ seed, 0x9e3779b1) ^ lo)
      const bin = h >>> BIN_SHIFT
      const value = h & VALUE_MASK
      if (value < bins[bin]) bins[bin] = value
    }
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      let value = bins[k]
      // Optimal densification: probe bins in an order fixed by (k, attempt) until one is filled.
      for (let attempt = 1; value === EMPTY; attempt++)
        value = bins[fmix32(Math.imul(k + 1, 0x9e3779b1) ^ attempt ^ seed) >>> BIN_SHIFT]
      out[offset + k] = value & 0xff
    }
  }
}

/**
 * Estimated Jaccard similarity (0..1) of the shingle sets behind signatures `a` and `b` of `sigs`: the share of
 * equal bytes, corrected for the 1-in-256 chance that different values have equal low bytes.
 */
export function estimateSimilarity(sigs: Uint8Array, a: number, b: number): number {
  const pa = a * SIGNATURE_SIZE
  const pb = b * SIGNATURE_SIZE
  let equal = 0
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (sigs[pa + k] === sigs[pb + k]) equal++
  const share = equal / SIGNATURE_SIZE
  return Math.max(0, (share - 1 / 256) / (1 - 1 / 256))
}
