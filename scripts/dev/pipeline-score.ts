// Dev measure of the whole product, exactly as it is judged: on a fresh library, `jiaodui import seeds`, `auto`,
// (optionally `propose`) and `export --format jsonl`, run in-process through the CLI's own main(); then the gold
// scorer (/work/shared/eval/score.mjs) on the export, and a per-article comparison of the exported kicker,
// headline, subheads, byline and type with the gold pages.
// Usage: npx tsx scripts/dev/pipeline-score.ts [--propose] [--show] [--seeds DIR] [--keep DIR]
//   --propose  also run `propose` and export with --include-suggested (entity precision/recall)
//   --review   after `auto`, accept every open rank-1 review suggestion of every page through the app's API
//              (what an editor gets by accepting each top-ranked proposal)
//   --show     print every exported article of every seed (the pages without gold too)
//   --keep     library + export folder to use (default: a fresh temp folder)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openAppSession } from '../../src/node/app-session'
import { main } from '../../src/node/cli/main'
import { computeStates } from '../../src/shared/cleanup'
import { decodeProvenance } from '../../src/shared/cleanup/provenance'
import { readGoldPages, type GoldArticle } from './goldPages'

const args = process.argv.slice(2)
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const root = resolve(import.meta.dirname, '../..')
const seedDir = opt('--seeds', join(root, 'seeds'))
const scorer = opt('--scorer', '/work/shared/eval/score.mjs')
const propose = args.includes('--propose')
const show = args.includes('--show')
const review = args.includes('--review')
const work = opt('--keep', mkdtempSync(join(tmpdir(), 'jiaodui-pipeline-')))
const library = join(work, 'library')
const out = join(work, 'out')
rmSync(library, { recursive: true, force: true })
rmSync(out, { recursive: true, force: true })

const quiet = { out: () => {}, err: (l: string) => console.error(l) }
async function run(argv: string[]): Promise<void> {
  const code = await main([...argv, '--library', library], quiet)
  if (code !== 0) throw new Error(`jiaodui ${argv.join(' ')} exited with ${code}`)
}

interface Exported {
  source: string
  kicker: string | null
  headline: string | null
  subheads: string[]
  byline: string | null
  type: string
  text: string
}

/** The judged pipeline: import, auto, (propose), export; returns the corpus.jsonl path. */
async function pipeline(): Promise<string> {
  const started = performance.now()
  await run(['import', seedDir])
  await run(['auto'])
  if (review) await acceptTopReview()
  if (propose) await run(['propose'])
  await run(['export', '--format', 'jsonl', '--out', out, ...(propose ? ['--include-suggested'] : [])])
  const corpus = join(out, 'jsonl', 'corpus.jsonl')
  console.log(`pipeline ${((performance.now() - started) / 1000).toFixed(1)} s → ${corpus}`)
  console.log(execFileSync('node', [scorer, corpus], { encoding: 'utf8' }))
  return corpus
}

/** Accepts every open review suggestion ranked first on every page, one page at a time (decideSuggestions). */
async function acceptTopReview(): Promise<void> {
  const session = await openAppSession({
    libraryDir: library,
    platform: { transport: 'http' },
    purpose: 'pipeline-score'
  })
  try {
    let accepted = 0
    for (const entry of session.store.listPages()) {
      const page = await session.store.getPage(entry.id)
      const { suggestions } = await session.handlers.getSuggestions({ id: entry.id })
      const prov = decodeProvenance(page.provenance, page.clean.length, page.raw.length)
      const open = computeStates({ clean: page.clean, prov }, suggestions, page.decisions)
        .filter((v) => v.state === 'open' && !v.suggestion.safe && (v.suggestion.rank ?? 1) === 1)
        .map((v) => v.suggestion.id)
      if (open.length === 0) continue
      const r = await session.handlers.decideSuggestions({
        id: entry.id,
        baseRevision: page.revision,
        accept: open,
        reject: []
      })
      accepted += r.accepted
    }
    console.log(`review: accepted ${accepted} rank-1 suggestions`)
  } finally {
    await session.close()
  }
}

function report(corpus: string): void {
  const exported: Exported[] = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Exported)

  const norm = (s: string | null | undefined) =>
    (s ?? '').replace(/\s+/gu, '').replace(/[，]/gu, ',').replace(/[：]/gu, ':').replace(/[“”"]/gu, '"')
  const grams = (s: string) => {
    const a = [...norm(s)]
    const g = new Set<string>()
    for (let i = 0; i + 6 <= a.length; i++) g.add(a.slice(i, i + 6).join(''))
    return g
  }
  /** Character error rate of `out` against `gold` (code points, both normalized). */
  function cer(out: string, gold: string): number {
    const a = [...norm(out)]
    const b = [...norm(gold)]
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
    for (let i = 1; i <= a.length; i++) {
      const cur = [i]
      for (let j = 1; j <= b.length; j++)
        cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1)
      prev = cur
    }
    return b.length ? prev[b.length] / b.length : 0
  }
  const clip = (s: string | null | undefined, n = 40) => {
    const t = s ?? '—'
    return [...t].length > n ? [...t].slice(0, n).join('') + '…' : t
  }

  /** The exported article that best matches a gold article: same headline, else most shared body 6-grams. */
  function match(g: GoldArticle, pool: Exported[]): Exported | null {
    const byHead = pool.find((e) => g.headline && norm(e.headline) === norm(g.headline))
    if (byHead) return byHead
    const gg = grams(g.paragraphs.map((p) => p.text).join(''))
    let best: Exported | null = null
    let bestShare = 0.2
    for (const e of pool) {
      const eg = grams(e.text)
      let n = 0
      for (const x of gg) if (eg.has(x)) n++
      const share = gg.size ? n / gg.size : 0
      if (share > bestShare) [best, bestShare] = [e, share]
    }
    return best
  }

  let fields = 0
  let hits = 0
  for (const page of readGoldPages()) {
    const pool = exported.filter((e) => e.source === page.seed)
    console.log(`\n${page.seed}: ${pool.length} exported, ${page.articles.length} gold`)
    const used = new Set<Exported>()
    page.articles.forEach((g, n) => {
      const e = match(g, pool)
      if (e) used.add(e)
      const rows: [string, string, string][] = [
        ['kicker', g.kicker ?? '', e?.kicker ?? ''],
        ['headline', g.headline ?? '', e?.headline ?? ''],
        ['subheads', g.subheads.join(' | '), (e?.subheads ?? []).join(' | ')],
        ['byline', g.byline ?? '', e?.byline ?? ''],
        ['type', g.type, e?.type ?? '']
      ]
      const body = e ? ` · body CER ${cer(e.text, g.paragraphs.map((p) => p.text).join('')).toFixed(3)}` : ''
      console.log(`  #${n + 1} ${g.type} ${clip(g.headline, 30)}${e ? body : '  (no exported article matches)'}`)
      for (const [name, want, got] of rows) {
        const ok = name === 'type' ? want === got || (want === 'fragment' && got === 'other') : norm(want) === norm(got)
        fields++
        if (ok) hits++
        if (!ok)
          console.log(
            `     ✗ ${name.padEnd(8)} gold ${clip(want || '—')}\n       ${''.padEnd(8)} out  ${clip(got || '—')}`
          )
      }
    })
    for (const e of pool)
      if (!used.has(e))
        console.log(
          `  + extra ${e.type}: K ${clip(e.kicker, 20)} H ${clip(e.headline, 24)} · ${clip(e.text.replace(/\n/gu, '/'), 30)}`
        )
  }
  console.log(`\nheader fields right: ${hits}/${fields}`)

  if (show)
    for (const e of exported) {
      console.log(`\n[${e.source.slice(0, 3)} ${e.type}] K ${e.kicker ?? '—'} | H ${e.headline ?? '—'}`)
      if (e.subheads.length) console.log(`  S ${e.subheads.join(' | ')}`)
      console.log(`  B ${e.byline ?? '—'}`)
      for (const p of e.text.split('\n')) console.log(`  · ${clip(p, 70)}`)
    }
}

pipeline()
  .then(report)
  .finally(() => {
    if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true })
  })
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
