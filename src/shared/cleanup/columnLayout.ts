// Layout of narrow newspaper columns as the raw text still shows it: runs of narrow lines (column blocks) and, in
// each block, which printed lines fill the column's width. A paragraph's first printed line is indented (two
// characters in these pages) and its last is usually short, so a line whose first printed line is full width
// does not start a paragraph, and one whose last printed line is full width may go on after a sentence end.
import { isDigitCode, isLatinCode } from '../text/chars'
import type { PageLine, RawPage } from './rawPage'

/** A narrow column line: each of its wrap-separated pieces is 4–24 characters long, at most three pieces. */
function isNarrow(line: PageLine): boolean {
  // What `text.split(/[ \u3000]+/)` then a length check per part gives, without the array of parts.
  const text = line.text
  const isSeparator = (i: number) => text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000
  let i = 0
  for (let parts = 1; parts <= 3; parts++) {
    const start = i
    while (i < text.length && !isSeparator(i)) i++
    if (i - start < 4 || i - start > 24) return false
    if (i === text.length) return true
    while (i < text.length && isSeparator(i)) i++
  }
  return false
}

/**
 * Column blocks: runs of at least six consecutive narrow lines, each numbered by its first line; -1 for lines in
 * none. A pair must lie in one block for completeColumns.
 */
export function columnBlocks(page: RawPage): Int32Array {
  const block = new Int32Array(page.lines.length).fill(-1)
  for (let i = 0; i < page.lines.length;) {
    let j = i
    while (j < page.lines.length && isNarrow(page.lines[j])) j++
    if (j - i >= 6) block.fill(i, i, j)
    i = j > i ? j : i + 1
  }
  return block
}

/** Print width of a text in character cells: ASCII letters, digits and number signs take half a cell. */
export function cellWidth(text: string): number {
  let cells = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const half = isDigitCode(c) || isLatinCode(c) || c === 0x2b || c === 0x25 || c === 0x2e || c === 0x7e // + % . ~
    cells += half ? 0.5 : 1
  }
  return cells
}

/** Per line order: FULL_START when its first printed line fills its column block's width, FULL_END for its last. */
export const FULL_START = 1
export const FULL_END = 2

/**
 * Full-width flags of the lines in column blocks (0 outside them). A block's width is the upper quartile of its
 * printed lines' (wrap-separated pieces') cell widths; a printed line is full from one cell less (punctuation is
 * set narrower at line ends).
 */
export function fullWidthEdges(page: RawPage, column: Int32Array): Uint8Array {
  const flags = new Uint8Array(page.lines.length)
  const widths = new Map<number, number[]>()
  const edges: Array<{ order: number; block: number; first: number; last: number }> = []
  for (const line of page.lines) {
    const block = column[line.order]
    if (block < 0) continue
    const printed = line.text
      .split(/[ \u3000]+/)
      .filter((p) => p.length > 0)
      .map(cellWidth)
    if (printed.length === 0) continue
    const list = widths.get(block)
    if (list) list.push(...printed)
    else widths.set(block, printed.slice())
    edges.push({ order: line.order, block, first: printed[0], last: printed[printed.length - 1] })
  }
  const full = new Map<number, number>()
  for (const [block, list] of widths) {
    list.sort((x, y) => x - y)
    full.set(block, list[Math.floor(list.length * 0.75)] - 1)
  }
  for (const { order, block, first, last } of edges) {
    const min = full.get(block)!
    if (first >= min) flags[order] |= FULL_START
    if (last >= min) flags[order] |= FULL_END
  }
  return flags
}
