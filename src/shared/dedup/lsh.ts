// Locality-sensitive hashing over b-bit signatures: signatures that agree on every row of some band land in
// the same bucket and become candidate pairs. With 32 bands of 4 rows, a pair of Jaccard similarity s is a
// candidate with probability 1 - (1 - s^4)^32: 0.997 at s = 0.6, 0.67 at s = 0.4, 0.03 at s = 0.2.
import { SIGNATURE_SIZE } from './minhash'

export const LSH_BANDS = 32
export const LSH_ROWS = 4

/** Buckets larger than this (a passage repeated on very many pages) are linked as a star, not all pairs. */
export const MAX_BUCKET_PAIRS_SIZE = 64

function mixKey(k: number): number {
  k = Math.imul(k ^ (k >>> 16), 0x7feb352d)
  k = Math.imul(k ^ (k >>> 15), 0x846ca68b)
  return (k ^ (k >>> 16)) >>> 0
}

/**
 * Candidate pairs among the first `count` signatures of `sigs`, as [i, j] index pairs with i < j, each pair once,
 * sorted. A bucket of more than MAX_BUCKET_PAIRS_SIZE members pairs each member with the bucket's first one.
 */
export function candidatePairs(sigs: Uint8Array, count: number): Array<[number, number]> {
  if (LSH_BANDS * LSH_ROWS !== SIGNATURE_SIZE || LSH_ROWS !== 4)
    throw new RangeError('LSH bands × rows must cover the signature in 4-byte keys')
  const seen = new Set<number>()
  const pairs: Array<[number, number]> = []
  const add = (i: number, j: number) => {
    const key = i * count + j
    if (seen.has(key)) return
    seen.add(key)
    pairs.push([i, j])
  }
  let capacity = 1024
  while (capacity < count * 2) capacity *= 2
  const mask = capacity - 1
  const slotKey = new Uint32Array(capacity)
  const slotHead = new Int32Array(capacity)
  const slotSize = new Int32Array(capacity)
  const next = new Int32Array(count)
  const members: number[] = []
  for (let band = 0; band < LSH_BANDS; band++) {
    slotHead.fill(-1)
    slotSize.fill(0)
    const at = band * LSH_ROWS
    // Insert in reverse so every bucket lists its members in increasing index order.
    for (let i = count - 1; i >= 0; i--) {
      const p = i * SIGNATURE_SIZE + at
      const key = (sigs[p] | (sigs[p + 1] << 8) | (sigs[p + 2] << 16) | (sigs[p + 3] << 24)) >>> 0
      let slot = mixKey(key) & mask
      while (slotHead[slot] !== -1 && slotKey[slot] !== key) slot = (slot + 1) & mask
      slotKey[slot] = key
      next[i] = slotHead[slot]
      slotHead[slot] = i
      slotSize[slot]++
    }
    for (let slot = 0; slot < capacity; slot++) {
      if (slotSize[slot] < 2) continue
      members.length = 0
      for (let m = slotHead[slot]; m !== -1; m = next[m]) members.push(m)
      if (members.length > MAX_BUCKET_PAIRS_SIZE) {
        for (let x = 1; x < members.length; x++) add(members[0], members[x])
      } else {
        for (let x = 0; x < members.length; x++)
          for (let y = x + 1; y < members.length; y++) add(members[x], members[y])
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1])
}
