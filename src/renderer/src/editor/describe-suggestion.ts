// Before/after snippets of a suggestion for the panel, made visible: spaces as ␣, line breaks as ↵.
import { isRangePiece, type Suggestion } from '../../../shared/cleanup/suggestion'

export interface SuggestionSnippet {
  context: string
  before: string
  after: string
  contextAfter: string
  /** For moves: what is moved and where it goes. */
  move?: { text: string; target: string | null }
}

const visible = (s: string) => s.replace(/ /g, '␣').replace(/\u3000/g, '□').replace(/\n/g, '↵')

function clip(s: string, max: number, fromEnd = false): string {
  const chars = [...s]
  if (chars.length <= max) return s
  return fromEnd ? '…' + chars.slice(-max).join('') : chars.slice(0, max).join('') + '…'
}

/** 1-based raw line number of offset `pos`. */
export function lineNumberAt(raw: string, pos: number): number {
  let n = 1
  for (let i = raw.indexOf('\n'); i >= 0 && i < pos; i = raw.indexOf('\n', i + 1)) n++
  return n
}

export function describeSuggestion(s: Suggestion, raw: string): SuggestionSnippet {
  const move = s.moves?.[0]
  if (move) {
    const text = move.pieces.map((p) => (isRangePiece(p) ? raw.slice(p.from, p.to) : p.text)).join('')
    let target: string | null = null
    if (move.to) {
      const at = 'after' in move.to ? move.to.after + 1 : move.to.before
      target = `line ${lineNumberAt(raw, at)}: ${visible(clip(raw.slice(Math.max(0, at - 12), at), 12, true))}▍`
    }
    return { context: '', before: '', after: '', contextAfter: '', move: { text: visible(clip(text, 60)), target } }
  }
  const first = s.edits[0]
  const last = s.edits[s.edits.length - 1]
  if (!first) return { context: '', before: '', after: '', contextAfter: '' }
  const single = s.edits.length === 1
  const before = single ? raw.slice(first.from, first.to) : raw.slice(first.from, last.to)
  let after = first.insert
  if (!single) {
    after = ''
    let pos = first.from
    for (const e of s.edits) {
      after += raw.slice(pos, e.from) + e.insert
      pos = e.to
    }
  }
  return {
    context: visible(clip(raw.slice(Math.max(0, first.from - 10), first.from), 10, true)),
    before: visible(clip(before, 40)),
    after: visible(clip(after, 40)),
    contextAfter: visible(clip(raw.slice(last.to, last.to + 10), 10))
  }
}
