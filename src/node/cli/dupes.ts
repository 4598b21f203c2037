// `jiaodui dupes`: passages repeated across the pages of a library (exactly, or with OCR differences).
// main.ts wires it: add DUPES_VALUE_OPTIONS / DUPES_SWITCHES to the parser and DUPES_USAGE to the help.
import { resolve } from 'node:path'
import { toCodePointOffset } from '../../shared/text/offsets'
import { findLibraryDuplicates, type PageDuplicatePair } from '../dedup/library-duplicates'
import { defaultLibraryDir } from '../store/library-dir'
import { LibraryStore } from '../store/library-store'
import { UsageError, type ParsedArgs } from './args'

export const DUPES_VALUE_OPTIONS = ['library', 'threshold', 'min-chars'] as const
export const DUPES_SWITCHES = ['json', 'same-page', 'help'] as const

export const DUPES_USAGE = `  dupes [--json] [--threshold S] [--min-chars N] [--same-page]
                               Passages repeated across pages, exactly (up to spaces and punctuation
                               width) or with OCR differences (similarity S of character 4-grams,
                               default 0.5); passages shorter than N characters (default 30) are ignored.
                               Ranges are code-point offsets into each page's raw text.`

interface Io {
  out: (line: string) => void
  err: (line: string) => void
}

function numberOption(args: ParsedArgs, name: string, check: (n: number) => boolean, what: string): number | undefined {
  const value = args.options[name]
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isFinite(n) || !check(n)) throw new UsageError(`--${name} must be ${what}, not ${value}`)
  return n
}

function snippet(text: string, max = 28): string {
  const flat = text.replace(/\s+/g, ' ')
  return [...flat].length > max ? [...flat].slice(0, max).join('') + '…' : flat
}

/** Runs `jiaodui dupes` and returns its exit code (0 also when duplicates were found). Throws UsageError on bad options. */
export async function runDupes(args: ParsedArgs, io: Io): Promise<number> {
  const threshold = numberOption(args, 'threshold', (n) => n > 0 && n <= 1, 'a number above 0 and at most 1')
  const minChars = numberOption(args, 'min-chars', (n) => Number.isInteger(n) && n >= 4, 'a whole number of at least 4')
  const store = await LibraryStore.open(resolve(args.options.library ?? defaultLibraryDir()), { readOnly: true })
  try {
    return await report(store, args, io, { threshold, minChars })
  } finally {
    await store.close()
  }
}

async function report(
  store: LibraryStore,
  args: ParsedArgs,
  io: Io,
  limits: { threshold?: number; minChars?: number }
): Promise<number> {
  const { threshold, minChars } = limits
  let lastShown = 0
  const result = await findLibraryDuplicates(store, {
    threshold,
    minChars,
    includeSamePage: args.switches.has('same-page'),
    onProgress: (done, total) => {
      if (process.stderr.isTTY && Date.now() - lastShown > 200) {
        lastShown = Date.now()
        process.stderr.write(`\rComparing pages ${done}/${total}…`)
      }
    }
  })
  if (process.stderr.isTTY && lastShown > 0) process.stderr.write('\r\x1b[K')
  const source = (id: string) => store.entry(id)?.source ?? id
  for (const u of result.unreadable) io.err(`skipped   page ${u.page} (${source(u.page)}): ${u.reason}`)
  const pairs = await inCodePoints(store, result.pairs)
  if (args.switches.has('json')) {
    const out = pairs.map(({ snippet: _, ...p }) => ({ ...p, sourceA: source(p.pageA), sourceB: source(p.pageB) }))
    io.out(JSON.stringify({ library: store.dir, pages: result.pages, passages: result.passages, ms: result.ms, pairs: out }))
    return 0
  }
  for (const p of pairs)
    io.out(
      `${p.similarity.toFixed(2)} ${p.exact ? 'exact' : 'near '}  ${source(p.pageA)} [${p.rangeA.from}–${p.rangeA.to}]  ↔  ` +
        `${source(p.pageB)} [${p.rangeB.from}–${p.rangeB.to}]  ${p.snippet}`
    )
  const exact = result.pairs.filter((p) => p.exact).length
  io.out(
    `${result.pairs.length} repeated passages (${exact} exact, ${result.pairs.length - exact} with differences) among ` +
      `${result.passages} passages on ${result.pages} pages, in ${(result.ms / 1000).toFixed(1)} s — library ${store.dir}`
  )
  return 0
}

/**
 * The pairs with code-point ranges (like every offset Jiaodui writes out: Python's str indexing) and a snippet of
 * passage A. Each page involved is read once and dropped after its turn, so memory does not grow with the library.
 */
async function inCodePoints(
  store: LibraryStore,
  found: readonly PageDuplicatePair[]
): Promise<Array<PageDuplicatePair & { snippet: string }>> {
  const pairs = found.map((p) => ({ ...p, rangeA: { ...p.rangeA }, rangeB: { ...p.rangeB }, snippet: '' }))
  const byPage = new Map<string, Array<{ pair: (typeof pairs)[number]; side: 'A' | 'B' }>>()
  for (const pair of pairs)
    for (const side of ['A', 'B'] as const) {
      const id = side === 'A' ? pair.pageA : pair.pageB
      const list = byPage.get(id)
      if (list) list.push({ pair, side })
      else byPage.set(id, [{ pair, side }])
    }
  for (const [id, uses] of byPage) {
    const raw = (await store.getPage(id)).raw
    for (const { pair, side } of uses) {
      const range = side === 'A' ? pair.rangeA : pair.rangeB
      if (side === 'A') pair.snippet = snippet(raw.slice(range.from, range.to))
      range.from = toCodePointOffset(raw, range.from)
      range.to = toCodePointOffset(raw, range.to)
    }
  }
  return pairs
}
