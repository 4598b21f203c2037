// Provenance: for every UTF-16 unit of the clean text, the raw UTF-16 offset it came from, or -1 for inserted
// text. In memory an Int32Array; stored (PageFile.provenance) as run-length triples [cleanStart, rawStart, length].
import type { TextChange } from '../text/changes'
import { checkChanges } from '../text/changes'

/** Provenance of a clean text that is still equal to the raw text of `length` UTF-16 units. */
export function identityProvenance(length: number): Int32Array {
  const prov = new Int32Array(length)
  for (let i = 0; i < length; i++) prov[i] = i
  return prov
}

/** Run-length triples [cleanStart, rawStart, length, ...] (rawStart -1 for inserted runs) of `prov`. */
export function encodeProvenance(prov: ArrayLike<number>): number[] {
  const out: number[] = []
  let i = 0
  while (i < prov.length) {
    const start = i
    const r = prov[i]
    i++
    if (r < 0) while (i < prov.length && prov[i] < 0) i++
    else while (i < prov.length && prov[i] === r + (i - start)) i++
    out.push(start, r < 0 ? -1 : r, i - start)
  }
  return out
}

/**
 * Expands stored triples into one raw offset per clean UTF-16 unit. Throws RangeError naming the first bad run
 * when the runs do not tile [0, cleanLength) in order, or point outside a raw text of `rawLength` units.
 */
export function decodeProvenance(triples: readonly number[], cleanLength: number, rawLength?: number): Int32Array {
  if (triples.length % 3 !== 0)
    throw new RangeError(`Provenance has ${triples.length} numbers; expected [cleanStart, rawStart, length] triples`)
  const prov = new Int32Array(cleanLength)
  let expected = 0
  for (let i = 0; i < triples.length; i += 3) {
    const run = i / 3
    const cleanStart = triples[i]
    const rawStart = triples[i + 1]
    const length = triples[i + 2]
    if (![cleanStart, rawStart, length].every(Number.isInteger))
      throw new RangeError(`Provenance run ${run} has a non-integer value: [${cleanStart}, ${rawStart}, ${length}]`)
    if (cleanStart !== expected)
      throw new RangeError(`Provenance run ${run} starts at clean offset ${cleanStart}, expected ${expected}`)
    if (length <= 0) throw new RangeError(`Provenance run ${run} has length ${length}; runs must not be empty`)
    if (rawStart < -1) throw new RangeError(`Provenance run ${run} has raw start ${rawStart}; use -1 for inserted text`)
    if (cleanStart + length > cleanLength)
      throw new RangeError(
        `Provenance run ${run} ends at ${cleanStart + length}, beyond the clean text (${cleanLength})`
      )
    if (rawStart >= 0 && rawLength !== undefined && rawStart + length > rawLength)
      throw new RangeError(
        `Provenance run ${run} points to raw ${rawStart}-${rawStart + length}, beyond the raw text (${rawLength})`
      )
    for (let k = 0; k < length; k++) prov[cleanStart + k] = rawStart < 0 ? -1 : rawStart + k
    expected = cleanStart + length
  }
  if (expected !== cleanLength)
    throw new RangeError(`Provenance covers ${expected} clean units, but the clean text has ${cleanLength}`)
  return prov
}

/**
 * Provenance after applying `changes` (sorted, offsets into the text `prov` describes): kept units keep theirs,
 * inserted units take the change's `insertProv` when given, else -1.
 */
export function mapProvenance(prov: Int32Array, changes: readonly TextChange[]): Int32Array {
  checkChanges(changes, prov.length)
  let length = prov.length
  for (const c of changes) length += c.insert.length - (c.to - c.from)
  const out = new Int32Array(length)
  let pos = 0
  let at = 0
  for (const c of changes) {
    out.set(prov.subarray(pos, c.from), at)
    at += c.from - pos
    for (let k = 0; k < c.insert.length; k++) out[at + k] = c.insertProv ? c.insertProv[k] : -1
    at += c.insert.length
    pos = c.to
  }
  out.set(prov.subarray(pos), at)
  return out
}

/** Inverse of `prov`: for each raw offset in [0, rawLength), the clean offset holding it, or -1 when absent. */
export function rawToClean(prov: ArrayLike<number>, rawLength: number): Int32Array {
  const inv = new Int32Array(rawLength).fill(-1)
  for (let i = 0; i < prov.length; i++) {
    const r = prov[i]
    if (r >= 0 && r < rawLength) inv[r] = i
  }
  return inv
}

/** A raw line: 0-based index, UTF-16 offsets (end excludes the line feed) and its text. */
export interface RawLineRef {
  line: number
  start: number
  end: number
  text: string
}

/**
 * The raw line that the clean line holding `cleanOffset` came from: the origin of the first unit with a raw
 * origin at or after `cleanOffset` on that clean line, else before it; null when the clean line has none.
 * Lets a segmenter see what cleanup removed, such as `# ` heading marks.
 */
export function rawLineOf(
  raw: string,
  doc: { clean: string; prov: ArrayLike<number> },
  cleanOffset: number
): RawLineRef | null {
  const { clean, prov } = doc
  const lineStart = cleanOffset === 0 ? 0 : clean.lastIndexOf('\n', cleanOffset - 1) + 1
  const nl = clean.indexOf('\n', cleanOffset)
  const lineEnd = nl < 0 ? clean.length : nl
  let r = -1
  for (let i = cleanOffset; i < lineEnd && r < 0; i++) r = prov[i]
  for (let i = cleanOffset - 1; i >= lineStart && r < 0; i--) r = prov[i]
  if (r < 0 || r >= raw.length) return null
  const start = r === 0 ? 0 : raw.lastIndexOf('\n', r - 1) + 1
  const rawNl = raw.indexOf('\n', r)
  const end = rawNl < 0 ? raw.length : rawNl
  let line = 0
  for (let k = raw.indexOf('\n'); k >= 0 && k < start; k = raw.indexOf('\n', k + 1)) line++
  return { line, start, end, text: raw.slice(start, end) }
}
