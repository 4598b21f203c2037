// Dev-only: pre-annotates each gold page rebuilt as clean text (segmented by segmentPage) and prints precision and
// recall per label against the gold entities, by (label, surface) per page as /work/shared/eval/score.mjs counts them.
//   npx tsx scripts/dev/eval-tagging.ts [--no-tagger] [--verbose]
import { createJiebaTagger } from '../../src/node/tagging/jiebaTagger'
import { segmentPage } from '../../src/shared/articles/segmentPage'
import { preAnnotate } from '../../src/shared/tagging/preAnnotate'
import { goldCleanText, readGoldPages } from './goldPages'

const verbose = process.argv.includes('--verbose')
const tagger = process.argv.includes('--no-tagger') ? null : createJiebaTagger()
const LABELS = ['PER', 'ORG', 'LOC', 'DATE', 'MONEY']
const noWs = (s: string) => s.replace(/\s+/gu, '')
const totals = new Map(LABELS.map((l) => [l, { tp: 0, out: 0, gold: 0 }]))

for (const page of readGoldPages()) {
  const clean = goldCleanText(page)
  const started = performance.now()
  const spans = preAnnotate(clean, segmentPage(clean), { tagger })
  const ms = performance.now() - started
  const gold = new Set<string>()
  for (const a of page.articles)
    for (const [label, list] of Object.entries(a.entities)) for (const s of list) gold.add(`${label}\t${noWs(s)}`)
  const out = new Set(spans.map((s) => `${s.label}\t${noWs(clean.slice(s.start, s.end))}`))
  const line: string[] = []
  for (const label of LABELS) {
    const o = [...out].filter((x) => x.startsWith(label + '\t'))
    const g = [...gold].filter((x) => x.startsWith(label + '\t'))
    const tp = o.filter((x) => gold.has(x)).length
    const t = totals.get(label)!
    t.tp += tp
    t.out += o.length
    t.gold += g.length
    line.push(`${label} P ${tp}/${o.length} R ${tp}/${g.length}`)
    if (verbose) {
      const fp = o.filter((x) => !gold.has(x)).map((x) => x.split('\t')[1])
      const fn = g.filter((x) => !out.has(x)).map((x) => x.split('\t')[1])
      if (fp.length) console.log(`  ${label} false +: ${fp.join(' | ')}`)
      if (fn.length) console.log(`  ${label} missed : ${fn.join(' | ')}`)
    }
  }
  console.log(`${page.seed} (${ms.toFixed(0)} ms): ${line.join('; ')}`)
}
const f = (n: number, d: number) => (d ? (n / d).toFixed(3) : '-')
for (const [label, t] of totals)
  console.log(
    `${label.padEnd(5)} precision ${f(t.tp, t.out)} (${t.tp}/${t.out})  recall ${f(t.tp, t.gold)} (${t.tp}/${t.gold})`
  )
const all = [...totals.values()].reduce((a, t) => ({ tp: a.tp + t.tp, out: a.out + t.out, gold: a.gold + t.gold }), {
  tp: 0,
  out: 0,
  gold: 0
})
console.log(
  `ALL   precision ${f(all.tp, all.out)}  recall ${f(all.tp, all.gold)}  (tagger: ${tagger ? 'jieba' : 'none'})`
)
