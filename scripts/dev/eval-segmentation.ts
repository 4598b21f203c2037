// Dev-only: runs segmentPage on each gold page rebuilt as clean text and prints headline hits and field accuracy.
//   npx tsx scripts/dev/eval-segmentation.ts [--blank] [--verbose]
//   npx tsx scripts/dev/eval-segmentation.ts --seeds   (raw seeds crudely cleaned instead, title splits applied)
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { articlesOf } from '../../src/shared/articles/articleView'
import { segmentPage } from '../../src/shared/articles/segmentPage'
import { suggestTitleSplits } from '../../src/shared/articles/titleSplits'
import { applyChanges } from '../../src/shared/text/changes'
import { crudeClean } from './crudeClean'
import { goldCleanText, readGoldPages } from './goldPages'

const blank = process.argv.includes('--blank')
const seeds = process.argv.includes('--seeds')
const SEED_DIR = join(import.meta.dirname, '..', '..', 'seeds')

function pageText(page: ReturnType<typeof readGoldPages>[number]): string {
  if (!seeds) return goldCleanText(page, blank)
  const clean = crudeClean(readFileSync(join(SEED_DIR, page.seed), 'utf8'), true)
  return applyChanges(clean, suggestTitleSplits(clean, segmentPage(clean)))
}
const verbose = process.argv.includes('--verbose')
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/gu, '')

let totals = { heads: 0, headHits: 0, fields: 0, fieldHits: 0, articles: 0, extra: 0 }
for (const page of readGoldPages()) {
  const clean = pageText(page)
  const views = articlesOf(clean, segmentPage(clean))
  const gold = page.articles.filter((a) => a.type !== 'fragment')
  const byHeadline = new Map(views.filter((v) => v.headline).map((v) => [norm(v.headline), v]))
  let heads = 0
  let fields = 0
  let fieldHits = 0
  const misses: string[] = []
  for (const g of gold) {
    const v = byHeadline.get(norm(g.headline))
    if (v) heads++
    const checks: [string, string, string][] = [
      ['headline', norm(g.headline), norm(v?.headline)],
      ['kicker', norm(g.kicker), norm(v?.kicker)],
      ['subheads', g.subheads.map(norm).join('|'), (v?.subheads ?? []).map(norm).join('|')],
      ['byline', norm(g.byline), norm(v?.byline)],
      ['type', g.type, v?.type ?? ''],
      [
        'body',
        g.paragraphs.map((p) => norm(p.text)).join('\n'),
        (v?.paragraphs ?? []).map((p) => norm(p.text)).join('\n')
      ],
      [
        'headings',
        g.paragraphs
          .filter((p) => p.heading)
          .map((p) => norm(p.text))
          .join('|'),
        (v?.paragraphs ?? [])
          .filter((p) => p.role === 'heading')
          .map((p) => norm(p.text))
          .join('|')
      ]
    ]
    for (const [name, want, got] of checks) {
      fields++
      if (want === got) fieldHits++
      else
        misses.push(
          `  ${g.headline} — ${name}: want ${JSON.stringify(want.slice(0, 60))} got ${JSON.stringify(got.slice(0, 60))}`
        )
    }
  }
  const headlines = views.filter((v) => v.headline).length
  console.log(
    `${page.seed}: headlines ${heads}/${gold.length} (articles out ${views.length}, with headline ${headlines}), fields ${fieldHits}/${fields} = ${(fieldHits / fields).toFixed(3)}`
  )
  if (verbose || misses.length) for (const m of misses) console.log(m)
  totals = {
    heads: totals.heads + gold.length,
    headHits: totals.headHits + heads,
    fields: totals.fields + fields,
    fieldHits: totals.fieldHits + fieldHits,
    articles: totals.articles + gold.length,
    extra: totals.extra + Math.max(0, views.length - gold.length)
  }
}
console.log(
  `TOTAL: headlines ${totals.headHits}/${totals.heads}, field accuracy ${(totals.fieldHits / totals.fields).toFixed(3)} (${totals.fieldHits}/${totals.fields}), extra articles ${totals.extra}`
)
