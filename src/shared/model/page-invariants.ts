// Checks that go beyond the schema: offsets must fit the text they point into.
import type { PageFile } from './page'

/** Returns a message for the first broken invariant of `page`, or null when it is consistent. */
export function pageInvariantError(page: PageFile): string | null {
  const { clean, raw, provenance } = page
  if (provenance.length % 3 !== 0) return 'provenance must be [cleanStart, rawStart, length] triples'
  let expected = 0
  for (let i = 0; i < provenance.length; i += 3) {
    const [cleanStart, rawStart, length] = [provenance[i], provenance[i + 1], provenance[i + 2]]
    if (cleanStart !== expected) return `provenance run ${i / 3} starts at ${cleanStart}, expected ${expected}`
    if (length <= 0) return `provenance run ${i / 3} has length ${length}`
    if (rawStart !== -1 && (rawStart < 0 || rawStart + length > raw.length)) return `provenance run ${i / 3} points outside the raw text`
    expected += length
  }
  if (expected !== clean.length) return `provenance covers ${expected} characters, clean text has ${clean.length}`
  for (const s of page.entities) if (s.end > clean.length) return `entity ${s.id} ends at ${s.end}, beyond the clean text (${clean.length})`
  if (page.layout) {
    for (const a of page.layout.articles) if (a.start > clean.length) return `article ${a.id} starts beyond the clean text`
    for (const r of page.layout.roles) if (r.at > clean.length) return `a line role is anchored beyond the clean text`
  }
  return null
}
