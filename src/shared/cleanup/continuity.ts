// Sentence continuity between two raw lines: how likely line B continues line A directly (A ends mid-sentence,
// B starts mid-sentence). Shared by split-paragraph, column-order and interleave. Evidence, each a few points:
//   A's end   : clause punctuation (，、；), an open quote/bracket or a function word (的, 和, 将) > another word
//               character > sentence end (closed)
//   B's start : punctuation or a closing quote/bracket (certain continuation), a bound character (等, 的) or,
//               after a word character, a one- or two-character first clause (方|面，公司…); a typical paragraph
//               opener (此外，据介绍，近日, 2020年, 在…方面) counts against
//   list      : after 、, a first item as long as A's last one (方便快捷、|精准高效) counts for, a much shorter
//               or longer one against
//   boundary  : a dictionary word across it explains the text better than the words on each side (保|障 →
//               保障; wordCost.ts), and the corpus bigram count when library statistics are given
//   balance   : A opens a quote or bracket that B closes first
//   topic     : shared Han bigrams of the two lines (the caller adds position: B right after A)
import { isHan } from '../text/cjk'
import type { BigramSet } from './bigramIndex'
import { BigramSet as Bigrams, topicSimilarity } from './bigramIndex'
import type { Lexicon } from './lexicon'
import type { Direction } from './quotePairs'
import { quoteDirections } from './quotePairs'
import type { CharNgramStats } from './ngrams'
import type { EdgeCosts } from './wordCost'
import { boundaryGain, edgeCosts } from './wordCost'

const SENTENCE_CLOSE = '。！？!?…'
const CLOSERS = '”’"）)」』》'
const CONTINUATION_START = '，,。、；;：:？?！!）)”’」』》'
/** Points per nat of segmentation gain across the boundary. */
const GAIN_WEIGHT = 0.5
/** Function words that cannot end a sentence: a line ending with one continues. */
const OPEN_END = '的和与及或并把被将对向从在为以'
/** Characters that attach to what precedes them and (almost) never start a paragraph. */
const BOUND_START = '等的了着之及'
const WEAK_BOUND_START = '和与并或而'
/** Points for (or against) a 、 list whose items on the two lines are of one length. */
const PARALLEL_POINTS = 0.5
/** A first clause of one or two characters (`协调，决定…`, `面，公司…`) rarely starts a paragraph. */
const SHORT_FIRST_CLAUSE = /^[\u4e00-\u9fff]{1,2}[，,、；;]/u
/** Connectives that open a sentence when a comma follows them. */
const STRONG_OPENER =
  /^(?:(?:此外|同时|与此同时|据介绍|据了解|据悉|近年来|近日|日前|目前|另外|因此|为此|对此|随后|如今|此前|其中|今年以来|去年|今年)[，,]|[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?[，,]|记者(?:了解到|获悉|从|日前|近日|在|看到))/u
const OPENER =
  /^(?:据|近日|日前|近年|今年|去年|此外|为此|随后|目前|截至|截止|另外|此前|如今|当天|当日|会上|与此同时|对此|因此|[0-9０-９一二三四五六七八九十]{1,4}[年月日]|在[^，,。]{1,16}(?:方面|上|中)[，,]|为[了使]|本报|新华社|记者)/u

/** A line's text prepared for continuity scoring (markdown marks and spaces removed). */
export interface TextPiece {
  text: string
  /** Han character bigrams, for topic similarity. */
  bigrams: BigramSet
  /** Word-segmentation costs of its first and last Han characters. */
  edges: EdgeCosts
  /** endOpenness of the text. */
  open: number
  /** Marks left open at its end. */
  opens: { quote: boolean; bracket: boolean }
  /** Mark closed before any is opened. */
  closes: { quote: boolean; bracket: boolean }
  /** Start evidence that does not depend on A: 2 for punctuation first, else 0. */
  startsInside: number
  /** -2 strong opener, -1 opener, +0.5 short first clause, else 0. */
  startShape: number
  /** First and last UTF-16 unit of the text ('' when empty) and whether each is Han: read for every pair. */
  first: string
  last: string
  firstHan: boolean
  lastHan: boolean
  /** Bound-start points after a word character: 1.5 for 等的了着之…, 0.5 for 和与并或而, else 0. */
  boundStart: number
}

/** The text a TextPiece is about: coreText without spaces and tabs. */
function pieceText(text: string): string {
  return coreText(text).replace(/[ \t\u3000]+/g, '')
}

/** Strips markdown marks and surrounding spaces from a line's text. */
export function coreText(text: string): string {
  return text
    .replace(/^#{1,6}[ \t\u3000]+/u, '')
    .replace(/\*\*/g, '')
    .trim()
}

/** Han bigrams of `text` (BMP Han only), for topic similarity. */
export function hanBigrams(text: string): BigramSet {
  return Bigrams.of(text)
}

/** Builds a TextPiece from a raw line's text. */
export function textPiece(text: string, lexicon: Lexicon): TextPiece {
  const core = pieceText(text)
  const first = core[0] ?? ''
  const closes = closesFirst(core)
  const opens = openAtEnd(core)
  const last = core[core.length - 1] ?? ''
  return {
    text: core,
    bigrams: hanBigrams(core),
    edges: edgeCosts(core, lexicon),
    open: endOpenness(core, opens.quote),
    opens,
    closes,
    startsInside: CONTINUATION_START.includes(first) && !(first === '"' && !closes.quote) ? 2 : 0,
    startShape: STRONG_OPENER.test(core) ? -2 : OPENER.test(core) ? -1 : SHORT_FIRST_CLAUSE.test(core) ? 0.5 : 0,
    first,
    last,
    firstHan: isHan(first),
    lastHan: isHan(last),
    // ''.includes('') is true: an empty text counts as a bound start, as it always did.
    boundStart: BOUND_START.includes(first) ? 1.5 : WEAK_BOUND_START.includes(first) ? 0.5 : 0
  }
}

/** How open the end of `text` is: 0 closed (sentence end, colon, dash), 1 a word character, 2 clause punctuation, an open quote or a function word. */
export function endOpenness(text: string, quoteOpen = false): number {
  const c = text[text.length - 1] ?? ''
  if (!c) return 0
  if (SENTENCE_CLOSE.includes(c) || c === '：' || c === ':' || c === '—' || c === '-') return 0
  if (CLOSERS.includes(c)) {
    if (SENTENCE_CLOSE.includes(text[text.length - 2] ?? '')) return 0
    return c === '"' && (quoteOpen || openAtEnd(text).quote) ? 2 : 0.5
  }
  if ('，,、；;（(“‘《'.includes(c) || OPEN_END.includes(c)) return 2
  return 1
}

/** Directions of the ASCII double quotes of `text`, in order. */
function asciiQuotes(text: string): Direction[] {
  const positions: number[] = []
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) positions.push(i)
  return positions.length ? quoteDirections(text, positions, '"') : []
}

/** Which marks `text` leaves open at its end. */
export function openAtEnd(text: string): { quote: boolean; bracket: boolean } {
  let curly = 0
  let paren = 0
  let ascii = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x201c) curly++
    else if (c === 0x201d) curly = Math.max(0, curly - 1)
    else if (c === 0x28 || c === 0xff08) paren++
    else if ((c === 0x29 || c === 0xff09) && paren > 0) paren--
    else if (c === 0x22) ascii = true
  }
  const quotes = ascii ? asciiQuotes(text) : []
  return { quote: curly > 0 || quotes[quotes.length - 1] === 'open', bracket: paren > 0 }
}

/** Which mark `text` closes before opening any: a quotation, a bracket, or neither (it continues a quote). */
export function closesFirst(text: string): { quote: boolean; bracket: boolean } {
  const ascii = text.includes('"') ? asciiQuotes(text) : []
  // Codes, not text[i]: a one-character string of a Chinese character is a new allocation.
  for (let i = 0; i < text.length && i < 80; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x201d) return { quote: true, bracket: false } // ”
    if (c === 0x29 || c === 0xff09) return { quote: false, bracket: true } // ) ）
    if (c === 0x22) return { quote: ascii[0] === 'close', bracket: false } // "
    if (c === 0x201c || c === 0x28 || c === 0xff08) break // “ ( （
  }
  return { quote: false, bracket: false }
}

/** The parts of a continuity score, for explanations and tuning. */
export interface ContinuityEvidence {
  open: number
  start: number
  shape: number
  gain: number
  pair: number
  balance: number
  /** Points of a 、 list continued with an item of the same (or a very different) length; part of `shape`. */
  list: number
  topic: number
  /** The part of the total that depends on both pieces (not just "A is open", "B looks like a continuation"). */
  specific: number
  total: number
}

/** Largest possible topic term, so callers can skip computing it when it cannot matter. */
export const MAX_TOPIC_POINTS = 2

/**
 * Evidence that `b` continues `a` directly, without the position term (see the file comment). With `needed`, the
 * topic term is only computed when the other terms reach `needed - MAX_TOPIC_POINTS` (it is 0 otherwise);
 * `similarity`, when given, is topicSimilarity(a.bigrams, b.bigrams) computed by the caller (BigramIndex).
 */
export function continuityEvidence(
  a: TextPiece,
  b: TextPiece,
  lexicon: Lexicon,
  ngrams?: CharNgramStats,
  needed = -Infinity,
  similarity?: number
): ContinuityEvidence {
  return continuityInto(emptyEvidence(), a, b, lexicon, ngrams, needed, similarity)
}

/** A ContinuityEvidence of zeros, for continuityInto. */
export function emptyEvidence(): ContinuityEvidence {
  return { open: 0, start: 0, shape: 0, gain: 0, pair: 0, balance: 0, list: 0, topic: 0, specific: 0, total: 0 }
}

/**
 * continuityEvidence written into `out` (returned): pair scoring reuses one object for the many pairs it rejects
 * instead of allocating one per pair.
 */
export function continuityInto(
  out: ContinuityEvidence,
  a: TextPiece,
  b: TextPiece,
  lexicon: Lexicon,
  ngrams: CharNgramStats | undefined,
  needed: number,
  similarity: number | undefined
): ContinuityEvidence {
  const { last, lastHan: wordEnd } = a
  const { first } = b
  let shape = b.startShape
  let bound = 0
  if (last === '、' && first === '等') shape = -2
  // A clause of one or two characters is the end of a clause begun on A's line, not a clause after a comma.
  else if (shape > 0 && !wordEnd) shape = 0
  else if (shape === 0 && wordEnd && b.boundStart > 0) bound = b.boundStart
  else if (shape === 0 && !wordEnd && (first === '“' || first === '"')) shape = -0.4
  const list = last === '、' && shape === 0 ? parallelItems(a.text, b.text) : 0
  bound += list
  const gain = boundaryGain(a.edges, b.edges, lexicon)
  let pair = 0
  if (ngrams && wordEnd && b.firstHan) {
    const expected = (ngrams.unigram(last) * ngrams.unigram(first)) / Math.max(1, ngrams.total)
    const seen = ngrams.bigram(last + first)
    pair = seen > 0 ? Math.max(0, Math.min(1, Math.log10((seen + 1) / (expected + 1)) / 2)) : 0
  }
  const balance = (a.opens.quote && b.closes.quote) || (a.opens.bracket && b.closes.bracket) ? 2 : 0
  const partial = a.open + b.startsInside + shape + bound + GAIN_WEIGHT * gain + pair + balance
  const topic =
    partial + MAX_TOPIC_POINTS >= needed ? MAX_TOPIC_POINTS * (similarity ?? topicSimilarity(a.bigrams, b.bigrams)) : 0
  out.open = a.open
  out.start = b.startsInside
  out.shape = shape + bound
  out.gain = gain
  out.pair = pair
  out.balance = balance
  out.list = list
  out.topic = topic
  out.specific = bound + GAIN_WEIGHT * gain + pair + balance + topic
  out.total = partial + topic
  return out
}

/** Characters that end an enumeration item (function words and punctuation). */
const ITEM_EDGE = /[^\u4e00-\u9fff]|[了的和与及在对为是将把被从向等]/u

/**
 * Items of a 、 list are mostly of one length (方便快捷、精准高效): when A ends with an item of two to four
 * characters and B starts with an item of the same length, PARALLEL_POINTS; with a very different length, minus.
 */
function parallelItems(a: string, b: string): number {
  let from = a.length - 1
  while (from > 0 && !ITEM_EDGE.test(a[from - 1])) from--
  const left = a.length - 1 - from
  let right = 0
  while (right < b.length && !ITEM_EDGE.test(b[right])) right++
  if (left < 2 || left > 4 || right === 0) return 0
  if (right === left) return PARALLEL_POINTS
  return Math.abs(right - left) >= 2 ? -PARALLEL_POINTS : 0
}
