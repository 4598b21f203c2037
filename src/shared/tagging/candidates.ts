// Entity candidates proposed by the rules, and how overlapping ones are resolved.
import type { LineRole } from '../model/page'
import type { PosToken } from './posTagger'

/** A proposed entity: UTF-16 offsets into the clean text, the rule that found it, and its priority in overlaps. */
export interface Candidate {
  start: number
  end: number
  label: string
  rule: string
  priority: number
}

/** A piece of clean text the rules read: one article part (headline, byline, paragraph …) with its tokens if tagged. */
export interface Segment {
  text: string
  /** UTF-16 offset of `text` in the clean text. */
  offset: number
  role: LineRole
  /** POS tokens of `text` (offsets into `text`), or null without a tagger. */
  tokens: PosToken[] | null
}

/** Non-overlapping candidates: higher priority first, then longer, then earlier; result sorted by start. */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const order = [...candidates].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start
  )
  const kept: Candidate[] = []
  for (const c of order) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c)
  return kept.sort((a, b) => a.start - b.start || a.end - b.end)
}
