// "Where did this sentence come from?": the sentence around a cursor on one side, as ranges on the other
// side, read off the provenance (clean → raw) or its inverse (raw → clean).

const SENTENCE_END = '。！？!?；'
const CLOSERS = '”’」』）)'

/** The sentence (or line part) around `pos`: from after the previous sentence end or line break to the next. */
export function sentenceAround(text: string, pos: number): { from: number; to: number } {
  let from = pos
  while (from > 0) {
    const ch = text[from - 1]
    if (ch === '\n') break
    if (SENTENCE_END.includes(ch) && from < pos) break
    if (CLOSERS.includes(ch) && from - 2 >= 0 && SENTENCE_END.includes(text[from - 2]) && from < pos) break
    from--
  }
  let to = pos
  while (to < text.length && text[to] !== '\n') {
    const ch = text[to]
    to++
    if (SENTENCE_END.includes(ch)) {
      while (to < text.length && CLOSERS.includes(text[to])) to++
      break
    }
  }
  while (from < to && /\s/.test(text[from])) from++
  return { from, to: Math.max(from, to) }
}

/** Sorted offsets merged into ranges of consecutive offsets. */
export function toRanges(offsets: number[]): Array<{ from: number; to: number }> {
  offsets.sort((a, b) => a - b)
  const out: Array<{ from: number; to: number }> = []
  for (const o of offsets) {
    const last = out[out.length - 1]
    if (last && o <= last.to) last.to = Math.max(last.to, o + 1)
    else out.push({ from: o, to: o + 1 })
  }
  return out
}

/** Raw ranges the clean range [from, to) came from. */
export function rawRangesOf(prov: ArrayLike<number>, from: number, to: number): Array<{ from: number; to: number }> {
  const offsets: number[] = []
  for (let i = from; i < to; i++) if (prov[i] >= 0) offsets.push(prov[i])
  return toRanges(offsets)
}

/** Clean ranges holding the raw range [from, to) (`inverse` maps raw → clean, -1 when removed). */
export function cleanRangesOf(inverse: ArrayLike<number>, from: number, to: number): Array<{ from: number; to: number }> {
  const offsets: number[] = []
  for (let r = from; r < to; r++) if (inverse[r] >= 0) offsets.push(inverse[r])
  return toRanges(offsets)
}

/** First raw offset at or after clean offset `pos` (looking a little ahead, then back); -1 when none. */
export function rawOffsetNear(prov: ArrayLike<number>, pos: number): number {
  for (let i = pos; i < Math.min(prov.length, pos + 400); i++) if (prov[i] >= 0) return prov[i]
  for (let i = Math.min(pos, prov.length) - 1; i >= Math.max(0, pos - 400); i--) if (prov[i] >= 0) return prov[i]
  return -1
}
