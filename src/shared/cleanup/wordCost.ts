// Unigram word-segmentation costs (as jieba's DAG does): how well a Han string is explained by dictionary words.
// A line break that falls inside a word (保|障) makes both sides worse explained than the joined text; the gain
// of joining is the continuity rules' strongest lexical evidence.
import { isHan } from '../text/cjk'
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

/** The trailing Han run of `text` (at most BOUNDARY_WINDOW units). */
export function hanTail(text: string): string {
  let k = text.length
  while (k > 0 && text.length - k < BOUNDARY_WINDOW && isHan(text[k - 1])) k--
  return text.slice(k)
}

/** The leading Han run of `text` (at most BOUNDARY_WINDOW units). */
export function hanHead(text: string): string {
  let k = 0
  while (k < text.length && k < BOUNDARY_WINDOW && isHan(text[k])) k++
  return text.slice(0, k)
}

/** Segmentation costs at the edges of a piece of text, computed once per line. */
export interface EdgeCosts {
  tail: string
  head: string
  tailCosts: Float64Array
  headCosts: Float64Array
  /** Filled in by boundaryGain: the lexicon's prefixState of tail[s, end) for each s (see tailStates). */
  tailStates?: { lexicon: Lexicon; states: Int32Array }
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
  const tail = hanTail(text)
  const head = hanHead(text)
  return { tail, head, tailCosts: prefixCosts(tail, lexicon), headCosts: suffixCosts(head, lexicon) }
}

/**
 * How much better `a`'s tail + `b`'s head are explained when joined (a word spans the boundary) than apart,
 * in nats; 0 when no dictionary word crosses the boundary.
 */
export function boundaryGain(a: EdgeCosts, b: EdgeCosts, lexicon: Lexicon): number {
  const { tail, tailCosts } = a
  const { head, headCosts } = b
  if (!tail || !head || lexicon.pairFrequency(tail.charCodeAt(tail.length - 1), head.charCodeAt(0)) === 0) return 0
  const cut = tail.length
  const logTotal = Math.log(lexicon.total)
  const apart = tailCosts[cut] + headCosts[0]
  let joined = apart
  // Words across the cut: tail[s, cut) + head[0, end). The walk through tail[s, cut) is the same for every head.
  const states = tailStates(a, lexicon)
  for (let s = Math.max(0, cut - lexicon.maxWordLength + 1); s < cut; s++) {
    if (states[s] < 0) continue
    const base = tailCosts[s]
    lexicon.forEachWordFrom(states[s], head, 0, head.length, (end, f) => {
      const c = base + logTotal - Math.log(f) + headCosts[end]
      if (c < joined) joined = c
    })
  }
  return apart - joined
}
