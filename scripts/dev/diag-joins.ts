// Dev diagnostic: for each gold split join of a seed page, the raw lines A and B, the link the engine chose for A
// and, when it is wrong, the gold pair's evidence and A's best candidates; then the page's column blocks.
// Usage: node bin/run-ts.mjs scripts/dev/diag-joins.ts SEED.txt [--gold FILE.gold.json] [--ngrams]
// (the gold file defaults to ../shared/eval/gold/<seed>.gold.json; --ngrams adds the seed pages' statistics,
// which the app does not use).
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { continuityEvidence } from '../../src/shared/cleanup/continuity'
import { findLineLinks, linePieces } from '../../src/shared/cleanup/lineLinks'
import { countCharNgrams } from '../../src/shared/cleanup/ngrams'
import { analyzeRawPage } from '../../src/shared/cleanup/rawPage'
import { columnBlocks } from '../../src/shared/cleanup/columnLayout'
import { jiebaLexicon } from '../../src/node/lexicon/jiebaLexicon'

const root = resolve(import.meta.dirname, '../..')
const seed = process.argv[2]
const raw = readFileSync(join(root, 'seeds', seed), 'utf8')
const args = process.argv.slice(3)
const goldPath = args.includes('--gold')
  ? args[args.indexOf('--gold') + 1]
  : join(root, '../shared/eval/gold', basename(seed, '.txt') + '.gold.json')
const gold = JSON.parse(readFileSync(goldPath, 'utf8'))
const lexicon = jiebaLexicon()
// The gold pairs' evidence is scored with the same statistics as the links (none, as in the app, unless --ngrams).
const ngrams = args.includes('--ngrams')
  ? countCharNgrams(
      readdirSync(join(root, 'seeds'))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(root, 'seeds', f), 'utf8').replace(/[ \t]+/g, ''))
    )
  : undefined
const page = analyzeRawPage(raw)
const pieces = linePieces(page, lexicon)
const links = findLineLinks(page, pieces, { lexicon, ngrams }, { excluded: new Set(), reserved: new Set() })
const fold = (s: string) => s.replace(/\s+/g, '').replace(/，/g, ',').replace(/：/g, ':').replace(/[“”]/g, '"')
const ln = (o: number) => page.lines[o].index + 1
const ev = (e: Record<string, number>) =>
  Object.entries(e)
    .map(([k, v]) => `${k}=${Math.round(v * 100) / 100}`)
    .join(' ')
let ok = 0
for (const j of gold.split_joins) {
  const end = fold(j.end_of_first)
  const start = fold(j.start_of_second)
  const as = page.lines.filter((l) => fold(pieces[l.order].text).endsWith(end))
  const bs = page.lines.filter((l) => fold(pieces[l.order].text).startsWith(start))
  if (!as.length || !bs.length) {
    // inside one line already (e.g. both in one raw line)
    const inside = page.lines.some((l) => fold(pieces[l.order].text).includes(end + start))
    console.log(
      `${inside ? 'SAME-LINE' : 'NOT-FOUND'} ${j.end_of_first} | ${j.start_of_second} A=${as.map((l) => ln(l.order))} B=${bs.map((l) => ln(l.order))}`
    )
    if (inside) ok++
    continue
  }
  const a = as[0].order
  const b = bs[0].order
  const chosen = links.next.get(a)
  const good = chosen?.b === b
  if (good) ok++
  const cands = links.candidates.get(a) ?? []
  const goldCand = cands.find((c) => c.b === b)
  const rank = cands.findIndex((c) => c.b === b) + 1
  console.log(
    `${good ? 'OK  ' : 'MISS'} L${ln(a)}→L${ln(b)} ${j.end_of_first} | ${j.start_of_second}  chosen=${chosen ? 'L' + ln(chosen.b) + ' ' + chosen.score.toFixed(2) : '-'} goldScore=${goldCand ? goldCand.score.toFixed(2) : 'n/a'} rank=${rank}/${cands.length} prevOfB=${links.prev.get(b) ? 'L' + ln(links.prev.get(b)!.a) : '-'}`
  )
  if (!good) {
    const e = continuityEvidence(pieces[a], pieces[b], lexicon, ngrams)
    console.log(`     gold evidence: ${ev(e as never)}`)
    for (const c of cands.slice(0, 4))
      console.log(
        `     cand L${ln(c.b)} ${c.score.toFixed(2)} "${pieces[c.b].text.slice(0, 10)}" ${ev(c.evidence as never)} adj=${c.adjacency} jump=${c.jump}`
      )
  }
}
console.log(`${ok}/${gold.split_joins.length}`)
const blocks = columnBlocks(page)
console.log(
  'blocks:',
  [...new Set(blocks)]
    .filter((b) => b >= 0)
    .map((b) =>
      page.lines
        .filter((l) => blocks[l.order] === b)
        .map((l) => ln(l.order))
        .join(',')
    )
    .join(' | ')
)
