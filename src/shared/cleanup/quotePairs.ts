// ASCII quotes in Chinese text → curly quotes: "…" → “…”, '…' → ‘…’ (GB/T 15834). Safe.
// Each quote's direction comes from its neighbours where they decide it (after 说: or a space it opens; before
// ，。 or the line end it closes), otherwise by alternation from the nearest decided quote in the paragraph
// (the next one on a tie), else alternating from "open". So a paragraph whose quotes are unbalanced (a quotation
// broken across lines: `主席接待日"制度…开通"主席信箱",`) still gets the right directions.
import { charAt, charBefore } from '../text/chars'
import { isHan } from '../text/cjk'
import { isLatinLetter } from '../text/width'
import type { PageLine, RawPage } from './rawPage'
import { isChineseText, isSpace } from './rawPage'
import type { Suggestion } from './suggestion'
import { makeSuggestion } from './suggestion'

const OPENS_AFTER = '（(《「：:，,、；;—【[-'
const CLOSES_BEFORE = '，,。.、；;：:？?！!）)》」】]…的等'

/** Whether a quotation mark opens or closes a quotation. */
export type Direction = 'open' | 'close'

/** Direction the neighbours force on the quote at `i`, or null when they leave it open. */
function forcedDirection(text: string, i: number, q: string): Direction | null {
  const prev = charBefore(text, i)
  const next = charAt(text, i + 1)
  const opens = prev === '' || isSpace(prev) || OPENS_AFTER.includes(prev) || prev === q
  const closes = next === '' || isSpace(next) || CLOSES_BEFORE.includes(next) || next === q
  if (opens && !closes) return 'open'
  if (closes && !opens) return 'close'
  return null
}

/** Directions of the ASCII quotes `q` at `positions` of one line (see the file comment). */
export function quoteDirections(text: string, positions: number[], q: string): Direction[] {
  const forced = positions.map((i) => forcedDirection(text, i, q))
  const flip = (d: Direction, times: number): Direction => (times % 2 === 0 ? d : d === 'open' ? 'close' : 'open')
  return forced.map((d, k) => {
    if (d) return d
    for (let dist = 1; dist < forced.length; dist++) {
      const next = forced[k + dist]
      if (next) return flip(next, dist)
      const prev = forced[k - dist]
      if (prev) return flip(prev, dist)
    }
    return flip('open', k)
  })
}

/** Suggestions turning ASCII double and single quotes in Chinese lines into curly quotes (raw offsets). */
export function curlQuotes(page: RawPage): Suggestion[] {
  const out: Suggestion[] = []
  for (const line of page.lines) {
    if (!line.text.includes('"') && !line.text.includes("'")) continue
    if (!isChineseText(line.text)) continue
    curlLine(line, '"', '“', '”', out)
    curlLine(line, "'", '‘', '’', out)
  }
  return out
}

function curlLine(line: PageLine, q: string, open: string, close: string, out: Suggestion[]): void {
  const text = line.text
  const positions: number[] = []
  for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) {
    if (q === "'" && isLatinLetter(charBefore(text, i)) && isLatinLetter(charAt(text, i + 1))) continue
    positions.push(i)
  }
  if (positions.length === 0) return
  const dirs = quoteDirections(text, positions, q)
  const name = q === '"' ? 'double' : 'single'
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k]
    const paired = dirs[k] === 'open' && dirs[k + 1] === 'close'
    if (paired) {
      const j = positions[k + 1]
      const inner = text.slice(i + 1, j)
      if (!/[\u4e00-\u9fff]/.test(inner) && !isHan(charBefore(text, i)) && !isHan(charAt(text, j + 1))) {
        k++
        continue
      }
      out.push(
        makeSuggestion({
          kind: 'punct-width',
          safe: true,
          confidence: 0.96,
          explanation: `ASCII ${name} quotes around "${inner.slice(0, 12)}" → ${open}${close}`,
          edits: [
            { from: line.from + i, to: line.from + i + 1, insert: open },
            { from: line.from + j, to: line.from + j + 1, insert: close }
          ]
        })
      )
      k++
      continue
    }
    const mark = dirs[k] === 'open' ? open : close
    out.push(
      makeSuggestion({
        kind: 'punct-width',
        safe: true,
        confidence: 0.85,
        explanation: `unpaired ASCII ${name} quote → ${mark} (${dirs[k] === 'open' ? 'opens' : 'closes'} a quotation)`,
        edits: [{ from: line.from + i, to: line.from + i + 1, insert: mark }]
      })
    )
  }
}
