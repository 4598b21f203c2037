// Unigram word-segmentation costs (as jieba's DAG does): how well a Han string is explained by dictionary words.
// A line break that falls inside a word (保|障) makes both sides worse explained than the joined text; the gain
// of joining is the continuity rules' strongest lexical evidence.
import { isHanCode } from '../text/cjk'
import type { Lexicon } from './lexicon'

/** Longest tail/head of a line considered at a boundary, in UTF-16 units. */
export const BOUNDARY_WINDOW = 6

/** Cost (negative natural log probability) of an unknown single character as a token. */
function unknownCost(lexicon: Lexicon): number {
  return Math.log(lexicon.total) + 2
}

/** best[k] = cost of the best segmentation of text[0, k) (best[0] = 0); unknown characters are single tokens. */
export function prefixCosts(text: string, lexicon: Lexicon): Float64Array {
  const n = text.length
  const best = new Float64Array(n + 1).fill(Infinity)
  best[0] = 0
  const logTotal = Math.log(lexicon.total)
  const unknown = unknownCost(lexicon)
  for (let s = 0; s < n; s++) {
    const base = best[s]
    if (base + unknown < best[s + 1]) best[s + 1] = base + unknown
    lexicon.forEachWordAt(text, s, n, (end, f) => {
      const c = base + logTotal - Math.log(f)
      if (c < best[end]) best[end] = c
    })
  }
  return best
}

/** best[k] = cost of the best segmentation of text[k, end) (best[end] = 0). */
export function suffixCosts(text: string, lexicon: Lexicon): Float64Array {
  const n = text.length
  const best = new Float64Array(n + 1).fill(Infinity)
  best[n] = 0
  const logTotal = Math.log(lexicon.total)
  const unknown = unknownCost(lexicon)
  for (let s = n - 1; s >= 0; s--) {
    let b = unknown + best[s + 1]
    lexicon.forEachWordAt(text, s, n, (end, f) => {
      const c = logTotal - Math.log(f) + best[end]
      if (c < b) b = c
    })
    best[s] = b
  }
  return best
}

/** The trailing Han run of `text` (at most BOUNDARY_WINDOW units; a lone surrogate unit is not Han). */
export function hanTail(text: string): string {
  let k = text.length
  while (k > 0 && text.length - k < BOUNDARY_WINDOW && isHanCode(text.charCodeAt(k - 1))) k--
  return text.slice(k)
}

/** The leading Han run of `text` (at most BOUNDARY_WINDOW units). */
export function hanHead(text: string): string {
  let k = 0
  while (k < text.length && k < BOUNDARY_WINDOW && isHanCode(text.charCodeAt(k))) k++
  return text.slice(0, k)
}

/**
 * Segmentation costs at the edges of a piece of text, made once per line. The costs are computed on first use
 * (tailCostsOf / headCostsOf): a line meets many others, but only pairs across which a dictionary word may run
 * (pairFrequency > 0) read them, and a trie walk is a wait for memory per step.
 */
export interface EdgeCosts {
  tail: string
  head: string
  /** The lexicon the costs are computed with. */
  lexicon: Lexicon
  /** prefixCosts(tail) once computed, else null. */
  tailCosts: Float64Array | null
  /** suffixCosts(head) once computed, else null. */
  headCosts: Float64Array | null
  /** Filled in by boundaryGain: the lexicon's prefixState of tail[s, end) for each s (see tailStates). */
  tailStates?: { lexicon: Lexicon; states: Int32Array }
}

/** prefixCosts of the tail. */
export function tailCostsOf(e: EdgeCosts): Float64Array {
  return (e.tailCosts ??= prefixCosts(e.tail, e.lexicon))
}

/** suffixCosts of the head. */
export function headCostsOf(e: EdgeCosts): Float64Array {
  return (e.headCosts ??= suffixCosts(e.head, e.lexicon))
}

/** prefixState of tail[s, end) for each start s, computed once per line and lexicon (a line meets many others). */
function tailStates(a: EdgeCosts, lexicon: Lexicon): Int32Array {
  if (a.tailStates?.lexicon === lexicon) return a.tailStates.states
  const states = new Int32Array(a.tail.length)
  for (let s = 0; s < a.tail.length; s++) states[s] = lexicon.prefixState(a.tail, s, a.tail.length)
  a.tailStates = { lexicon, states }
  return states
}

/** Edge costs of `text` for boundaryGain. */
export function edgeCosts(text: string, lexicon: Lexicon): EdgeCosts {
  return { tail: hanTail(text), head: hanHead(text), lexicon, tailCosts: null, headCosts: null }
}

/** Words across the cut found by boundaryGain's walk: start in the tail, end in the head, frequency (reused). */
const crossing = { starts: [] as number[], ends: [] as number[], frequencies: [] as number[], count: 0, start: 0 }

/** boundaryGain's visitor (one function, not a closure per walk): records a word from crossing.start to `end`. */
function collectCrossing(end: number, frequency: number): void {
  crossing.starts[crossing.count] = crossing.start
  crossing.ends[crossing.count] = end
  crossing.frequencies[crossing.count++] = frequency
}

/**
 * How much better `a`'s tail + `b`'s head are explained when joined (a word spans the boundary) than apart,
 * in nats; 0 when no dictionary word crosses the boundary.
 */
export function boundaryGain(a: EdgeCosts, b: EdgeCosts, lexicon: Lexicon): number {
  const { tail } = a
  const { head } = b
  if (!tail || !head || lexicon.pairFrequency(tail.charCodeAt(tail.length - 1), head.charCodeAt(0)) === 0) return 0
  const cut = tail.length
  // Words across the cut: tail[s, cut) + head[0, end). The walk through tail[s, cut) is the same for every head.
  // They are collected first: most pairs have none, and then the lines' segmentation costs are not needed.
  const states = tailStates(a, lexicon)
  crossing.count = 0
  for (let s = Math.max(0, cut - lexicon.maxWordLength + 1); s < cut; s++) {
    if (states[s] < 0) continue
    crossing.start = s
    lexicon.forEachWordFrom(states[s], head, 0, head.length, collectCrossing)
  }
  if (crossing.count === 0) return 0
  const tailCosts = tailCostsOf(a)
  const headCosts = headCostsOf(b)
  const logTotal = Math.log(lexicon.total)
  const apart = tailCosts[cut] + headCosts[0]
  let joined = apart
  for (let k = 0; k < crossing.count; k++) {
    const c = tailCosts[crossing.starts[k]] + logTotal - Math.log(crossing.frequencies[k]) + headCosts[crossing.ends[k]]
    if (c < joined) joined = c
  }
  return apart - joined
}
