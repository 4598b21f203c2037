// Test helper: pre-annotates a small clean page and lists the (label, surface) pairs found.
import { segmentPage } from '../../../src/shared/articles/segmentPage'
import { preAnnotate, type AnnotateContext } from '../../../src/shared/tagging/preAnnotate'

/** Surfaces per label that preAnnotate proposes for `clean`, in text order. */
export function annotate(clean: string, ctx: AnnotateContext = {}): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const s of preAnnotate(clean, segmentPage(clean), ctx)) (out[s.label] ??= []).push(clean.slice(s.start, s.end))
  return out
}
