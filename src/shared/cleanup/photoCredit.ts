// A photo credit printed at the end of its caption (`…感受传统手工魅力。 本报通讯员 侯进勇 摄`) goes on a line of
// its own, so the caption is one paragraph and the credit can be read as a byline. Safe: the credit must end
// the line, end with 摄, and start with a role word (本报/新华社…) or follow sentence-final punctuation.
import { creditSeparator } from './bylines'
import type { RawPage } from './rawPage'
import type { Suggestion } from './suggestion'
import { makeSuggestion } from './suggestion'

/** Suggestions turning the space before a trailing photo credit into a line break (raw offsets). */
export function separatePhotoCredits(page: RawPage): Suggestion[] {
  const out: Suggestion[] = []
  for (const line of page.lines) {
    if (line.kind !== 'body' || (!line.text.endsWith('摄') && !/摄[(（][^)）]*[)）]$/.test(line.text))) continue
    const sep = creditSeparator(line.text)
    if (!sep) continue
    out.push(
      makeSuggestion({
        kind: 'photo-credit',
        safe: true,
        confidence: 0.95,
        explanation: `photo credit "${line.text.slice(sep.to)}" on its own line`,
        edits: [{ from: line.from + sep.from, to: line.from + sep.to, insert: '\n' }]
      })
    )
  }
  return out
}
