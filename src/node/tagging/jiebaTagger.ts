// The PosTagger of shared/tagging, backed by @node-rs/jieba (dictionary + HMM for unknown words) with a user
// dictionary, so that names the library has learned (杨朝晖 nr, 滨海县总工会 nt) are segmented whole.
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'
import type { PosTagger, PosToken } from '../../shared/tagging/posTagger'

/** A user dictionary word: its text, jieba tag (nr, ns, nt, nz …) and optional frequency (higher wins segmentation). */
export interface UserWord {
  word: string
  pos: string
  freq?: number
}

/** A jieba-backed tagger; `addWords` extends its dictionary for all later calls. */
export interface JiebaTagger extends PosTagger {
  addWords(words: readonly UserWord[]): void
}

let base: Uint8Array | null = null

function userDictLines(words: readonly UserWord[]): string {
  return words
    .map((w) => {
      if (!/^\S+$/u.test(w.word) || !/^[a-z]+$/u.test(w.pos))
        throw new RangeError(
          `User word "${w.word}" (${w.pos}) must be one word without spaces and a lowercase jieba tag`
        )
      return `${w.word} ${Math.max(1, Math.round(w.freq ?? 100000))} ${w.pos}`
    })
    .join('\n')
}

/** Creates a tagger with jieba's default dictionary plus `words`. Offsets are UTF-16, tokens cover the text in order. */
export function createJiebaTagger(words: readonly UserWord[] = []): JiebaTagger {
  base ??= dict
  const jieba = Jieba.withDict(base)
  if (words.length > 0) jieba.loadDict(Buffer.from(userDictLines(words), 'utf8'))
  return {
    tag(text: string): PosToken[] {
      const tokens: PosToken[] = []
      let pos = 0
      for (const t of jieba.tag(text, true)) {
        // jieba returns the words of the text in order; find each one so offsets stay exact even if it drops characters.
        const at = text.startsWith(t.word, pos) ? pos : text.indexOf(t.word, pos)
        if (at < 0) continue
        if (at > pos) tokens.push({ start: pos, end: at, pos: 'x' })
        tokens.push({ start: at, end: at + t.word.length, pos: t.tag })
        pos = at + t.word.length
      }
      if (pos < text.length) tokens.push({ start: pos, end: text.length, pos: 'x' })
      return tokens
    },
    addWords(more: readonly UserWord[]): void {
      if (more.length > 0) jieba.loadDict(Buffer.from(userDictLines(more), 'utf8'))
    }
  }
}
