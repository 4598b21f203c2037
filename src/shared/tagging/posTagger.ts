// The part-of-speech tagger the rules may consult, injected so shared code stays free of Node: the Node adapter wraps
// @node-rs/jieba (src/node/tagging), a browser build could wrap jieba-wasm. Tags follow jieba (ICTCLAS-style):
// nr person, ns place, nt organisation, nz other proper noun, x unknown word or symbol, v verb, p preposition …

/** One token: UTF-16 offsets into the tagged text (end exclusive), and its tag. */
export interface PosToken {
  start: number
  end: number
  pos: string
}

/** Segments and tags a text; tokens cover it in order without gaps. */
export interface PosTagger {
  tag(text: string): PosToken[]
}

/** Token boundaries of a tagged text as a set of UTF-16 offsets (0 and the text length included). */
export function tokenBoundaries(tokens: readonly PosToken[]): Set<number> {
  const set = new Set<number>([0])
  for (const t of tokens) {
    set.add(t.start)
    set.add(t.end)
  }
  return set
}

/** The token that covers UTF-16 offset `offset` (start <= offset < end), or null. */
export function tokenAt(tokens: readonly PosToken[], offset: number): PosToken | null {
  let lo = 0
  let hi = tokens.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const t = tokens[mid]
    if (offset < t.start) hi = mid - 1
    else if (offset >= t.end) lo = mid + 1
    else return t
  }
  return null
}
