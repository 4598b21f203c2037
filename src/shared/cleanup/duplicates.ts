// Passages the OCR printed twice on one page: whole paragraphs, a paragraph's tail, a run of lines, word for word
// or with small OCR differences. The page is folded (no spaces or markdown, one punctuation width, a mark per line
// end), repeated 8-character seeds are extended into maximal matches (tolerating a changed, added or lost
// character now and then), and a match counts only when it is sentence-sized: a whole paragraph with clause
// punctuation, or at least 20 characters that hold a sentence end or run to the end of the line. Names and
// headline phrases repeated in the body never reach that. The later copy is dropped (OCR repeats come after the
// original), unless it fits its neighbours clearly better than the earlier one. An exact repeat of a whole body
// paragraph is safe; the rest goes to review.
import { topicSimilarity } from './bigramIndex'
import type { TextPiece } from './continuity'
import type { PageLine, RawPage } from './rawPage'
import { structuralNewline } from './rawPage'
import type { RawEdit, Suggestion } from './suggestion'
import { makeSuggestion } from './suggestion'

const SEED = 8
const MIN_PASSAGE = 12
const MIN_PARTIAL = 20
const LINE_MARK = 0x0a

/** Every UTF-16 code folded for matching: full-width punctuation to its ASCII form, the rest to itself. */
const FOLD = new Uint16Array(65536)
for (let c = 0; c < 65536; c++) FOLD[c] = c
;[...'，：；（）“”‘’？！'].forEach((c, i) => (FOLD[c.charCodeAt(0)] = ',:;()""\'\'?!'.charCodeAt(i)))

/** The page folded for matching: one code per kept character, its raw offset and line. */
interface FoldedPage {
  codes: Uint16Array
  raw: Int32Array
  line: Int32Array
  /** Folded span [start, end) of each line's content, by line order. */
  spans: Array<[number, number]>
}

/** foldPage's arrays, reused from page to page (three large allocations per page otherwise). */
const folded = { codes: new Uint16Array(0), raw: new Int32Array(0), line: new Int32Array(0) }

/** The folded page; its arrays are only valid until the next call (dropDuplicates uses them within one call). */
function foldPage(page: RawPage): FoldedPage {
  const size = page.raw.length + page.lines.length
  if (folded.codes.length < size) {
    folded.codes = new Uint16Array(size)
    folded.raw = new Int32Array(size)
    folded.line = new Int32Array(size)
  }
  const { codes, raw, line } = folded
  const spans: Array<[number, number]> = []
  let n = 0
  for (const l of page.lines) {
    const start = n
    const heading = /^#{1,6}(?=[ \t\u3000])/.exec(l.text)
    for (let i = heading ? heading[0].length : 0; i < l.text.length; i++) {
      const c = l.text.charCodeAt(i)
      if (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0d || c === 0x2a) continue
      codes[n] = FOLD[c]
      raw[n] = l.from + i
      line[n++] = l.order
    }
    spans.push([start, n])
    codes[n] = LINE_MARK
    raw[n] = l.end
    line[n++] = l.order
  }
  return { codes: codes.subarray(0, n), raw: raw.subarray(0, n), line: line.subarray(0, n), spans }
}

/** A repeated passage: folded ranges of both copies and, for each position of the later copy, its counterpart. */
interface Match {
  aStart: number
  aEnd: number
  bStart: number
  bEnd: number
  mismatches: number
  /** counterpart[k] = position in the first copy of folded position bStart + k (-1 for an inserted character). */
  counterpart: Int32Array
}

/** FNV-1a of the SEED (8) codes at `at`, written out: a loop of eight dependent steps runs twice as slow. */
function seedHash(codes: Uint16Array, at: number): number {
  let h = Math.imul(0x811c9dc5 ^ codes[at], 16777619)
  h = Math.imul(h ^ codes[at + 1], 16777619)
  h = Math.imul(h ^ codes[at + 2], 16777619)
  h = Math.imul(h ^ codes[at + 3], 16777619)
  h = Math.imul(h ^ codes[at + 4], 16777619)
  h = Math.imul(h ^ codes[at + 5], 16777619)
  h = Math.imul(h ^ codes[at + 6], 16777619)
  h = Math.imul(h ^ codes[at + 7], 16777619)
  return h >>> 0
}

function equalRun(codes: Uint16Array, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (codes[a + k] !== codes[b + k] || codes[a + k] === undefined) return false
  return true
}

/** Extends a seed match at (i, j) backwards exactly and forwards with small tolerance. */
function extend(codes: Uint16Array, i: number, j: number): Match {
  let a0 = i
  let b0 = j
  while (a0 > 0 && b0 - 1 >= i + SEED && codes[a0 - 1] === codes[b0 - 1]) {
    a0--
    b0--
  }
  const pairs: number[] = []
  for (let k = a0; k < i; k++) pairs.push(k)
  let a = i
  let b = j
  let mismatches = 0
  const n = codes.length
  while (b < n && a < b0) {
    if (codes[a] === codes[b]) {
      pairs.push(a)
      a++
      b++
      continue
    }
    const budget = Math.max(1, Math.floor((b - b0) / 12))
    if (mismatches >= budget) break
    if (equalRun(codes, a + 1, b + 1, 4)) {
      pairs.push(a)
      a++
      b++
    } else if (equalRun(codes, a, b + 1, 4)) {
      pairs.push(-1)
      b++
    } else if (equalRun(codes, a + 1, b, 4)) a++
    else break
    mismatches++
  }
  return { aStart: a0, aEnd: a, bStart: b0, bEnd: b, mismatches, counterpart: Int32Array.from(pairs) }
}

/**
 * findMatches' open-addressing table from seed hash to its first position, kept from page to page: a slot counts
 * only when stamped with the current page (no clearing, no allocation per page). Slot k is
 * [stamp, hash, first position] at 3k: a probe reads one cache line, not one per array.
 */
const seeds = { table: new Int32Array(0), stamp: 0, hashes: new Int32Array(0) }

/** Maximal repeated passages of the folded page, each later copy reported once. */
function findMatches(f: FoldedPage): Match[] {
  const { codes } = f
  let cap = 1024
  while (cap < codes.length * 1.5) cap *= 2 // at most 2/3 full: probes stay short, the table small
  if (seeds.table.length < 3 * cap || seeds.stamp === 0x7fffffff) {
    seeds.table = new Int32Array(3 * cap)
    seeds.stamp = 0
  }
  if (seeds.hashes.length < codes.length) seeds.hashes = new Int32Array(cap)
  const { table, hashes } = seeds
  const stamp = ++seeds.stamp
  const mask = cap - 1 // the first `cap` slots: a table sized to this page stays small in the CPU cache
  // All seed hashes first: each is a chain of eight dependent multiplications, and without table probes between
  // them the CPU runs several chains at once.
  for (let j = 0; j + SEED <= codes.length; j++) hashes[j] = seedHash(codes, j)
  const covered = new Uint8Array(codes.length)
  const matches: Match[] = []
  for (let j = 0; j + SEED <= codes.length; j++) {
    const h = hashes[j]
    let slot = (Math.imul(h, 0x9e3779b1) >>> 0) & mask
    while (table[3 * slot] === stamp && table[3 * slot + 1] !== h) slot = (slot + 1) & mask
    if (table[3 * slot] !== stamp) {
      table[3 * slot] = stamp
      table[3 * slot + 1] = h
      table[3 * slot + 2] = j
      continue
    }
    const i = table[3 * slot + 2]
    if (covered[j] || i + SEED > j || !equalRun(codes, i, j, SEED)) continue
    const m = extend(codes, i, j)
    covered.fill(1, m.bStart, m.bEnd)
    matches.push(m)
  }
  return matches
}

/** Folded characters of `codes[from, to)` that are not line marks. */
function contentLength(codes: Uint16Array, from: number, to: number): number {
  let n = 0
  for (let k = from; k < to; k++) if (codes[k] !== LINE_MARK) n++
  return n
}

const SENTENCE_END_CODES = new Set(['。', '!', '?', '…'].map((c) => c.charCodeAt(0)))
const CLAUSE_CODES = new Set(['。', '!', '?', ',', ';', ':', '、'].map((c) => c.charCodeAt(0)))

function hasCode(codes: Uint16Array, from: number, to: number, set: Set<number>): boolean {
  for (let k = from; k < to; k++) if (set.has(codes[k])) return true
  return false
}

/** Per-line piece of the later copy of a match, with its counterpart in the first copy (folded offsets). */
interface CopyPiece {
  line: PageLine
  from: number
  to: number
  twinFrom: number
  twinTo: number
  wholeLine: boolean
  twinWholeLine: boolean
}

function piecesOf(page: RawPage, f: FoldedPage, m: Match): CopyPiece[] {
  const out: CopyPiece[] = []
  let k = m.bStart
  while (k < m.bEnd) {
    if (f.codes[k] === LINE_MARK) {
      k++
      continue
    }
    const order = f.line[k]
    const [ls, le] = f.spans[order]
    const to = Math.min(le, m.bEnd)
    const twin = (pos: number) => {
      for (let q = pos - m.bStart; q >= 0; q--) if (m.counterpart[q] >= 0) return m.counterpart[q]
      return m.aStart
    }
    const twinFrom = twin(k)
    const twinTo = twin(to - 1) + 1
    const tl = f.spans[f.line[twinFrom]]
    out.push({
      line: page.lines[order],
      from: k,
      to,
      twinFrom,
      twinTo,
      wholeLine: k === ls && to === le,
      twinWholeLine: twinFrom === tl[0] && twinTo === tl[1] && f.line[twinFrom] === f.line[twinTo - 1]
    })
    k = to
  }
  return out
}

/** Whether a copy piece is sentence-sized (see the file comment). */
function isPassage(f: FoldedPage, p: CopyPiece): boolean {
  const n = contentLength(f.codes, p.from, p.to)
  if (n < MIN_PASSAGE || p.line.kind !== 'body') return false
  if (p.wholeLine) return hasCode(f.codes, p.from, p.to, CLAUSE_CODES)
  const [, le] = f.spans[p.line.order]
  return n >= MIN_PARTIAL && (hasCode(f.codes, p.from, p.to, SENTENCE_END_CODES) || p.to === le)
}

/** How well a line fits its neighbouring body lines (max topic similarity), leaving out `skip`. */
function fit(page: RawPage, pieces: TextPiece[], order: number, skip: number): number {
  let best = 0
  for (const step of [-1, 1]) {
    for (let k = order + step; k >= 0 && k < page.lines.length; k += step) {
      if (k === skip || page.lines[k].kind !== 'body') continue
      best = Math.max(best, topicSimilarity(pieces[order].bigrams, pieces[k].bigrams))
      break
    }
  }
  return best
}

/** Suggestions dropping repeated passages; `pieces` are the lines' continuity features (lineLinks.linePieces). */
export function dropDuplicates(page: RawPage, pieces: TextPiece[]): Suggestion[] {
  const f = foldPage(page)
  const out: Suggestion[] = []
  for (const m of findMatches(f)) {
    for (const p of piecesOf(page, f, m)) {
      if (!isPassage(f, p)) continue
      let drop = { line: p.line, from: p.from, to: p.to, whole: p.wholeLine }
      let keep = { line: page.lines[f.line[p.twinFrom]], from: p.twinFrom, to: p.twinTo }
      if (p.wholeLine && p.twinWholeLine) {
        const later = fit(page, pieces, p.line.order, keep.line.order)
        const earlier = fit(page, pieces, keep.line.order, p.line.order)
        if (later > earlier + 0.2) {
          drop = { line: keep.line, from: p.twinFrom, to: p.twinTo, whole: true }
          keep = { line: p.line, from: p.from, to: p.to }
        }
      }
      out.push(duplicateSuggestion(page, f, drop, keep, m.mismatches))
    }
  }
  return out
}

function duplicateSuggestion(
  page: RawPage,
  f: FoldedPage,
  drop: { line: PageLine; from: number; to: number; whole: boolean },
  keep: { line: PageLine; from: number; to: number },
  mismatches: number
): Suggestion {
  const rawFrom = drop.whole ? drop.line.from : f.raw[drop.from]
  const rawTo = drop.whole ? drop.line.to : f.raw[drop.to - 1] + 1
  const edits: RawEdit[] = []
  if (drop.whole) {
    const nl = structuralNewline(page, drop.line)
    if (nl !== null) edits.push({ from: nl, to: nl + 1, insert: '' })
  }
  const exact = mismatches === 0
  const where = `line ${keep.line.index + 1}`
  const explanation = drop.whole
    ? exact
      ? `paragraph printed twice: the same text stands at ${where}`
      : `paragraph printed twice with small OCR differences (also at ${where})`
    : `passage repeated from ${where}${exact ? '' : ' with small OCR differences'}`
  return makeSuggestion({
    kind: 'duplicate',
    safe: exact && drop.whole && drop.line.kind === 'body',
    confidence: exact ? (drop.whole ? 0.95 : 0.8) : 0.6,
    explanation,
    edits,
    moves: [{ to: null, pieces: [{ from: rawFrom, to: rawTo }] }],
    twin: { from: f.raw[keep.from], to: f.raw[keep.to - 1] + 1 },
    meta: { copyOfLine: keep.line.index + 1, mismatches, wholeParagraph: drop.whole }
  })
}
