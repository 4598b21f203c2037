// "Tag every occurrence": where else a surface stands, for a preview the user confirms.
import type { EntitySpan } from '../model/page'

/** One proposed occurrence: UTF-16 offsets into the text, the label, and a few characters of context on each side. */
export interface Occurrence {
  start: number
  end: number
  label: string
  before: string
  after: string
}

/** Occurrences of `needle` in `text` (UTF-16 offsets) that overlap none of `existing`; throws RangeError on an empty needle. */
export function findOccurrences(
  text: string,
  needle: string,
  label: string,
  existing: readonly EntitySpan[] = [],
  context = 10
): Occurrence[] {
  if (needle.trim() === '') throw new RangeError('Nothing to search for: the selected text is empty')
  const spans = existing.filter((e) => e.status !== 'rejected')
  const out: Occurrence[] = []
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    const end = i + needle.length
    if (spans.some((e) => e.start < end && i < e.end)) continue
    out.push({
      start: i,
      end,
      label,
      before: text.slice(Math.max(0, i - context), i),
      after: text.slice(end, end + context)
    })
  }
  return out
}
