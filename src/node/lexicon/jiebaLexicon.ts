// Loads jieba's dictionary (`word freq pos` per line, 349k lines) into the engine's Lexicon, once, on first use.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Lexicon } from '../../shared/cleanup/lexicon'
import { createLexicon } from '../../shared/cleanup/lexicon'

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

/** Reads and parses a jieba-format dictionary file into a Lexicon. */
export function loadJiebaLexicon(path = jiebaDictionaryPath()): Lexicon {
  return createLexicon(parseJiebaDictionary(readFileSync(path, 'utf8'), path))
}

let shared: Lexicon | null = null

/** The process-wide Lexicon from jieba's bundled dictionary, loaded lazily on the first call. */
export function jiebaLexicon(): Lexicon {
  return (shared ??= loadJiebaLexicon())
}
