// OCR character confusions between look-alike characters (人/入, 己/已/巳, 未/末, 土/士, 戍/戌/戊, 新/渐 …), fixed
// only where the dictionary makes the other character certain: with the swap, a word of two or more characters
// covers the position (深入, 日渐, 入会); without it, no word covers it or only one far rarer (自已 vs 自己); and
// the swap breaks no word the neighbours already form (三人会同 keeps 会同, so 入会 is not proposed). Review,
// never safe: precision matters far more than recall. A pair the library's own pages use often (入职, which
// jieba lacks) is taken as right. Also O/o or l/I between digits (2O19 → 2019).
import { isHanCode } from '../text/cjk'
import type { Lexicon } from './lexicon'
import type { CharNgramStats } from './ngrams'
import type { PageLine, RawPage } from './rawPage'
import { isSpace } from './rawPage'
import type { Suggestion } from './suggestion'
import { makeSuggestion } from './suggestion'

/** Groups of characters OCR confuses; each may be read as any other in its group. */
export const CONFUSABLE_GROUPS = [
  '人入',
  '己已巳',
  '未末',
  '土士',
  '戍戌戊',
  '日曰',
  '新渐',
  '侯候',
  '拨拔',
  '微徽',
  '冶治',
  '汩汨',
  '折析',
  '免兔',
  '兵乒',
  '茶荼',
  '贝见'
]

/** The other characters of each confusable character's group, by UTF-16 code (all are BMP characters). */
const ALTERNATIVES = new Map<number, string[]>()
for (const g of CONFUSABLE_GROUPS)
  for (const c of g)
    ALTERNATIVES.set(
      c.charCodeAt(0),
      [...g].filter((x) => x !== c)
    )
/** 1 for the UTF-16 code of a confusable character (a table lookup per character: most are not). */
const CONFUSABLE = new Uint8Array(65536)
for (const g of CONFUSABLE_GROUPS) for (const c of g) CONFUSABLE[c.charCodeAt(0)] = 1

/** Words must reach this frequency to justify a fix. */
const MIN_WORD_FREQUENCY = 50
/** Above this frequency a word covering the original character counts as evidence the text is right. */
const ORIGINAL_WORD_FREQUENCY = 10
/** A same-span word that is this many times rarer than the fixed one is a dictionary slip (自已 vs 自己). */
const MIN_RATIO = 300

/** Units hanStream leaves out: spaces (isSpace) and markdown marks. */
const NOT_STREAMED = /[ \t\r\u3000\u00a0*#]/g

/** Text of a line with spaces and markdown removed (one pass of a regular expression, no per-unit strings). */
function hanStream(line: PageLine): string {
  return line.text.replace(NOT_STREAMED, '')
}

/** Raw offset of unit `i` of the line's hanStream text (rare: only for a suggestion). */
function streamOffset(line: PageLine, i: number): number {
  let kept = -1
  for (let k = 0; k < line.text.length; k++) {
    const ch = line.text[k]
    if (isSpace(ch) || ch === '*' || ch === '#') continue
    if (++kept === i) return line.from + k
  }
  throw new RangeError(`unit ${i} is past the streamed text of raw line ${line.index + 1}`)
}

/**
 * Trie states of coveringWord at one position i: states[s] = prefixState of the original text[i - at + s, i)
 * (-2: not walked yet). The walk up to i is the same for the original character and each alternative.
 */
const prefixStates = new Int32Array(4)

/**
 * Best frequency of a word (2–4 units) covering position `i` of `text` (with text[i] read as `ch`); `states`:
 * prefixStates, reset for this position. Reads text[i - 3, i + 4) with ch at i, without building that string.
 */
function coveringWord(
  text: string,
  i: number,
  ch: string,
  lexicon: Lexicon,
  states: Int32Array
): { frequency: number; from: number; to: number } {
  // Coordinates relative to `offset`, the first unit read: the swapped character stands at `at`.
  const offset = Math.max(0, i - 3)
  const at = i - offset
  const length = Math.min(text.length, i + 4) - offset
  const chCode = ch.charCodeAt(0)
  const rest = ch + text.slice(i + 1, i + 4) // the units from `at` on
  let best = { frequency: 0, from: i, to: i + 1 }
  for (let s = Math.max(0, at - 3); s <= at; s++) {
    const from = Math.max(at + 1, s + 2)
    // Han words only: the walk from s stops at the first other character (one walk per start, not per end).
    let end = s
    while (end < Math.min(length, s + 4) && isHanCode(end === at ? chCode : text.charCodeAt(offset + end))) end++
    if (end < from) continue
    if (states[s] === -2) states[s] = lexicon.prefixState(text, offset + s, i)
    if (states[s] < 0) continue
    lexicon.forEachWordFrom(states[s], rest, 0, end - at, (e, f) => {
      if (at + e >= from && f > best.frequency) best = { frequency: f, from: s + offset, to: at + e + offset }
    })
  }
  return best
}

/** True when text[from, to) overlaps, without containing, a common word the original text forms. */
function breaksWord(text: string, from: number, to: number, i: number, lexicon: Lexicon): boolean {
  for (let s = Math.max(0, from - 3); s < to; s++)
    for (let e = s + 2; e <= Math.min(text.length, s + 4); e++) {
      if (e <= from || s >= to || (s >= from && e <= to)) continue
      if (s <= i && e > i) continue
      if (lexicon.frequencyAt(text, s, e) >= MIN_WORD_FREQUENCY) return true
    }
  return false
}

/** Corpus count from which a pair of characters is taken as established usage (入职 in 新入职职工, unknown to jieba). */
const CORPUS_ATTESTED = 3

/** True when the library corpus uses the original character with one of its neighbours often enough. */
function attested(text: string, i: number, ngrams?: CharNgramStats): boolean {
  if (!ngrams) return false
  return (
    (i > 0 && ngrams.bigram(text.slice(i - 1, i + 1)) >= CORPUS_ATTESTED) ||
    (i + 1 < text.length && ngrams.bigram(text.slice(i, i + 2)) >= CORPUS_ATTESTED)
  )
}

/** Suggestions fixing look-alike characters where the dictionary is certain (raw offsets). */
export function fixConfusedCharacters(page: RawPage, lexicon: Lexicon, ngrams?: CharNgramStats): Suggestion[] {
  const out: Suggestion[] = []
  for (const line of page.lines) {
    if (line.kind === 'byline') continue
    const text = hanStream(line)
    for (let i = 0; i < text.length; i++) {
      if (CONFUSABLE[text.charCodeAt(i)] === 0) continue
      const alts = ALTERNATIVES.get(text.charCodeAt(i))
      if (!alts || attested(text, i, ngrams)) continue
      // Any word of two or more characters through position i holds the alternative next to a neighbour.
      const prev = i > 0 ? text.charCodeAt(i - 1) : -1
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1
      // Bit k: alts[k] is possible (a bit set per alternative, not an array per confusable character of the page).
      let possible = 0
      for (let k = 0; k < alts.length; k++) {
        const a = alts[k].charCodeAt(0)
        if ((prev >= 0 && lexicon.pairFrequency(prev, a) > 0) || (next >= 0 && lexicon.pairFrequency(a, next) > 0))
          possible |= 1 << k
      }
      if (possible === 0) continue
      prefixStates.fill(-2)
      const original = coveringWord(text, i, text[i], lexicon, prefixStates)
      for (let k = 0; k < alts.length; k++) {
        if ((possible & (1 << k)) === 0) continue
        const alt = alts[k]
        const fixed = coveringWord(text, i, alt, lexicon, prefixStates)
        if (fixed.frequency < MIN_WORD_FREQUENCY || fixed.to - fixed.from < 2) continue
        const sameSpan = original.from === fixed.from && original.to === fixed.to
        if (
          original.frequency >= ORIGINAL_WORD_FREQUENCY &&
          !(sameSpan && fixed.frequency >= MIN_RATIO * original.frequency)
        )
          continue
        if (breaksWord(text, fixed.from, fixed.to, i, lexicon)) continue
        const before = text.slice(fixed.from, fixed.to)
        const after = before.slice(0, i - fixed.from) + alt + before.slice(i - fixed.from + 1)
        const at = streamOffset(line, i)
        out.push(
          makeSuggestion({
            kind: 'ocr-char',
            safe: false,
            confidence: original.frequency === 0 ? 0.8 : 0.6,
            explanation: `OCR look-alike: "${before}" is not a word, "${after}" is; read "${text[i]}" as "${alt}"`,
            edits: [{ from: at, to: at + 1, insert: alt }],
            meta: { word: after }
          })
        )
        break
      }
    }
    digitLookAlikes(line, out)
  }
  return out
}

/** A Latin O/o/l/I between two digits somewhere in a line (most lines have none: skip them at once). */
const DIGIT_LOOK_ALIKE = /[0-9][OolI][0-9]/

/** Latin O/o/l/I between digits → 0/1 (2O19 → 2019, 1l0 → 110). */
function digitLookAlikes(line: PageLine, out: Suggestion[]): void {
  if (!DIGIT_LOOK_ALIKE.test(line.text)) return
  const re = /(?<=[0-9])[OolI](?=[0-9])/g
  for (const m of line.text.matchAll(re)) {
    const at = line.from + (m.index ?? 0)
    const digit = m[0] === 'O' || m[0] === 'o' ? '0' : '1'
    out.push(
      makeSuggestion({
        kind: 'ocr-char',
        safe: false,
        confidence: 0.7,
        explanation: `OCR look-alike: letter "${m[0]}" inside a number; read it as "${digit}"`,
        edits: [{ from: at, to: at + 1, insert: digit }]
      })
    )
  }
}
