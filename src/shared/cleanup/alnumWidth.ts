// Full-width digits and Latin letters → half width (GB/T 15835: １２３ → 123, ＡＢＣ → ABC), and a full-width
// ％ or ． inside such a number. Safe.
import { halfWidthAlnum } from '../text/width'
import type { RawPage } from './rawPage'
import type { Suggestion } from './suggestion'
import { makeSuggestion } from './suggestion'

/** Suggestions narrowing full-width digits and Latin letters, one per run (raw offsets). */
export function narrowAlphanumerics(page: RawPage): Suggestion[] {
  const out: Suggestion[] = []
  for (const line of page.lines) {
    const text = line.text
    if (!/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(text)) continue
    for (let i = 0; i < text.length; i++) {
      if (halfWidthAlnum(text[i]) === null) continue
      let j = i
      let narrow = ''
      for (; j < text.length; j++) {
        const h = halfWidthAlnum(text[j])
        const inNumber =
          j > i && (text[j] === '．' || text[j] === '％') && /[0-9]/.test(narrow[narrow.length - 1] ?? '')
        if (h !== null) narrow += h
        else if (inNumber && (text[j] === '％' || halfWidthAlnum(text[j + 1] ?? '') !== null))
          narrow += text[j] === '％' ? '%' : '.'
        else break
      }
      out.push(
        makeSuggestion({
          kind: 'punct-width',
          safe: true,
          confidence: 0.98,
          explanation: `full-width "${text.slice(i, j)}" → half-width "${narrow}"`,
          edits: [{ from: line.from + i, to: line.from + j, insert: narrow }]
        })
      )
      i = j - 1
    }
  }
  return out
}
