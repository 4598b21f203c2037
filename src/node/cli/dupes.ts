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
  // Reported in code points of the raw text, like every offset Jiaodui writes out (Python's str indexing).
  const raws = new Map<string, string>()
  const rawOf = async (id: string) => raws.get(id) ?? raws.set(id, (await store.getPage(id)).raw).get(id)!
  const inCodePoints = async (id: string, r: { from: number; to: number }) => {
    const raw = await rawOf(id)
    return { from: toCodePointOffset(raw, r.from), to: toCodePointOffset(raw, r.to) }
  }
  if (args.switches.has('json')) {
    const pairs = []
    for (const p of result.pairs as PageDuplicatePair[])
      pairs.push({
        ...p,
        rangeA: await inCodePoints(p.pageA, p.rangeA),
        rangeB: await inCodePoints(p.pageB, p.rangeB),
        sourceA: source(p.pageA),
        sourceB: source(p.pageB)
      })
    io.out(JSON.stringify({ library: store.dir, pages: result.pages, passages: result.passages, ms: result.ms, pairs }))
    return 0
  }
  for (const p of result.pairs) {
    const [a, b] = [await inCodePoints(p.pageA, p.rangeA), await inCodePoints(p.pageB, p.rangeB)]
    io.out(
      `${p.similarity.toFixed(2)} ${p.exact ? 'exact' : 'near '}  ${source(p.pageA)} [${a.from}–${a.to}]  ↔  ` +
        `${source(p.pageB)} [${b.from}–${b.to}]  ${snippet((await rawOf(p.pageA)).slice(p.rangeA.from, p.rangeA.to))}`
    )
  }
  const exact = result.pairs.filter((p) => p.exact).length
  io.out(
    `${result.pairs.length} repeated passages (${exact} exact, ${result.pairs.length - exact} with differences) among ` +
      `${result.passages} passages on ${result.pages} pages, in ${(result.ms / 1000).toFixed(1)} s — library ${store.dir}`
  )
  return 0
}
