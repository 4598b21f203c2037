// Loads jieba's dictionary (`word freq pos` per line, 349k lines) into the engine's Lexicon, once, on first use.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Lexicon } from '../../shared/cleanup/lexicon'
import { createLexicon, LexiconBuilder } from '../../shared/cleanup/lexicon'

/** Path of the dictionary shipped with @node-rs/jieba. */
export function jiebaDictionaryPath(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt')
}

/** Parses dictionary text (`word freq [pos]` lines) into [word, frequency] entries; throws on a malformed line. */
export function* parseJiebaDictionary(text: string, file = 'dictionary'): Generator<[string, number]> {
  let lineNo = 0
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    lineNo++
    const line = text.slice(start, end).trim()
    start = end + 1
    if (!line) continue
    const sp = line.indexOf(' ')
    const word = sp < 0 ? line : line.slice(0, sp)
    const rest = sp < 0 ? '' : line.slice(sp + 1)
    const sp2 = rest.indexOf(' ')
    const freq = rest ? Number(sp2 < 0 ? rest : rest.slice(0, sp2)) : 1
    if (!Number.isFinite(freq) || freq < 0)
      throw new RangeError(`${file}, line ${lineNo}: expected "word frequency [tag]", got "${line.slice(0, 40)}"`)
    yield [word, freq]
  }
}

/**
 * Reads and parses a jieba-format dictionary file into a Lexicon. Words go from the file's UTF-8 bytes straight
 * into the lexicon (no string per line, no decoding of the whole file); a file that is not valid UTF-8 is read as
 * text instead (invalid bytes become U+FFFD), with the same result as parseJiebaDictionary.
 */
export function loadJiebaLexicon(path = jiebaDictionaryPath()): Lexicon {
  const bytes = readFileSync(path)
  const builder = new LexiconBuilder()
  if (addDictionaryBytes(bytes, builder, path)) return builder.build()
  return createLexicon(parseJiebaDictionary(bytes.toString('utf8'), path))
}

/** True for a UTF-16 unit String.prototype.trim removes (white space and line terminators). */
function isTrimSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** Number(text) of units[from, to): plain digit runs are read directly, anything else through Number. */
function parseCount(units: Uint16Array, from: number, to: number): number {
  if (to - from < 1 || to - from > 15) return Number(String.fromCharCode(...units.subarray(from, to)))
  let n = 0
  for (let i = from; i < to; i++) {
    const d = units[i] - 0x30
    if (d < 0 || d > 9) return Number(String.fromCharCode(...units.subarray(from, to)))
    n = n * 10 + d
  }
  return n
}

/**
 * parseJiebaDictionary over UTF-8 bytes, adding each entry to `builder`: each line is decoded into a reused
 * buffer of UTF-16 units. Returns false, having added part of the file, at the first byte sequence that is not
 * valid UTF-8 (the caller then starts over from text).
 */
function addDictionaryBytes(bytes: Buffer, builder: LexiconBuilder, file: string): boolean {
  let units = new Uint16Array(256)
  let lineNo = 0
  let start = 0
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start)
    if (end < 0) end = bytes.length
    lineNo++
    // A line of k bytes has at most k UTF-16 units.
    if (units.length < end - start) units = new Uint16Array(2 * (end - start))
    let m = 0
    for (let i = start; i < end;) {
      const b = bytes[i]
      if (b < 0x80) {
        units[m++] = b
        i++
        continue
      }
      const cp = decodeUtf8(bytes, i, end)
      if (cp < 0) return false
      if (cp >= 0x10000) {
        units[m++] = 0xd800 + ((cp - 0x10000) >> 10)
        units[m++] = 0xdc00 + ((cp - 0x10000) & 0x3ff)
      } else units[m++] = cp
      i += cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
    }
    start = end + 1
    let s = 0
    let e = m
    while (s < e && isTrimSpace(units[s])) s++
    while (e > s && isTrimSpace(units[e - 1])) e--
    if (s === e) continue
    let sp = s
    while (sp < e && units[sp] !== 0x20) sp++
    let frequency = 1
    if (sp < e) {
      let sp2 = sp + 1
      while (sp2 < e && units[sp2] !== 0x20) sp2++
      frequency = parseCount(units, sp + 1, sp2)
      if (!Number.isFinite(frequency) || frequency < 0) {
        const shown = String.fromCharCode(...units.subarray(s, Math.min(e, s + 40)))
        throw new RangeError(`${file}, line ${lineNo}: expected "word frequency [tag]", got "${shown}"`)
      }
    }
    builder.addUnits(units, s, sp, frequency)
  }
  return true
}

/** Code point of the multi-byte UTF-8 sequence at bytes[i] (before `end`), or -1 when it is not valid UTF-8. */
function decodeUtf8(bytes: Buffer, i: number, end: number): number {
  // No closures here: tsx (keepNames) would wrap each one in a defineProperty call, per character.
  const b = bytes[i]
  const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0
  if (n === 0 || i + n >= end) return -1
  let cp = b & (n === 1 ? 0x1f : n === 2 ? 0x0f : 0x07)
  for (let k = 1; k <= n; k++) {
    const c = bytes[i + k]
    if ((c & 0xc0) !== 0x80) return -1
    cp = (cp << 6) | (c & 0x3f)
  }
  // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not valid UTF-8.
  if (n === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) return -1
  if (n === 3 && (cp < 0x10000 || cp > 0x10ffff)) return -1
  return cp
}

let shared: Lexicon | null = null

/** The process-wide Lexicon from jieba's bundled dictionary, loaded lazily on the first call. */
export function jiebaLexicon(): Lexicon {
  return (shared ??= loadJiebaLexicon())
}
