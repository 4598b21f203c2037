// Dev measure of the cleanup engine over seeds/: (a) safe suggestions only, (b) safe + every rank-1 review
// suggestion. Segments each page as the app does and writes one JSONL line per article ({source, headline, text}
// in reading order), runs the gold scorer on each, then
// prints residues for all seed pages and how many gold structure cases (split joins, interleaves, OCR fixes) the
// text now contains.
// Usage: npx tsx scripts/dev/score-cleanup.ts [--seeds DIR] [--eval DIR] [--show] [--ngrams]
// The engine runs as the app runs it (jieba lexicon only); --ngrams adds character statistics of the seed pages.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { articlesOf } from '../../src/shared/articles/articleView'
import { readingGroups } from '../../src/shared/articles/readingOrder'
import { segmentPage } from '../../src/shared/articles/segmentPage'
import { applySuggestions } from '../../src/shared/cleanup/apply'
import { runEngine } from '../../src/shared/cleanup/engine'
import { countCharNgrams } from '../../src/shared/cleanup/ngrams'
import type { Suggestion } from '../../src/shared/cleanup/suggestion'
import { jiebaLexicon } from '../../src/node/lexicon/jiebaLexicon'

const args = process.argv.slice(2)
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const root = resolve(import.meta.dirname, '../..')
const seedDir = opt('--seeds', join(root, 'seeds'))
const evalDir = opt('--eval', '/work/shared/eval')
const show = args.includes('--show')
const withNgrams = args.includes('--ngrams')

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef'
const fold = (s: string) =>
  s
    .replace(/\s+/gu, '')
    .replace(/，/g, ',')
    .replace(/：/g, ':')
    .replace(/；/g, ';')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[“”"]/g, '"')
    .replace(/？/g, '?')
    .replace(/！/g, '!')
    .replace(/[#*]/g, '')

function residues(text: string) {
  const cjkSpaces = (text.match(new RegExp(`[${CJK}][ \\t\\u00a0]+[${CJK}]`, 'gu')) ?? []).length
  const halfPunct = (text.match(/[\u4e00-\u9fff][,;:?!()"]|[,;:?!()"][\u4e00-\u9fff]/gu) ?? []).length
  const markdown = (text.match(/^#+\s|\*\*/gmu) ?? []).length
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 15)
  const seen = new Set<string>()
  let dupLines = 0
  for (const l of lines) {
    if (seen.has(l)) dupLines++
    seen.add(l)
  }
  return { cjkSpaces, halfPunct, markdown, dupLines, blankLines: (text.match(/\n\s*\n/g) ?? []).length }
}

interface Gold {
  split_joins?: { end_of_first: string; start_of_second: string }[]
  interleaved_lines?: { parts: string[] }[]
  ocr_fixes?: { raw: string; clean: string }[]
}

function structure(text: string, gold: Gold) {
  const lines = text.split('\n').map(fold)
  const has = (s: string) => lines.some((l) => l.includes(s))
  const t = fold(text)
  const joins = gold.split_joins ?? []
  const joined = joins.filter((j) => has(fold(j.end_of_first) + fold(j.start_of_second))).length
  const parts = (gold.interleaved_lines ?? []).flatMap((l) => l.parts)
  const partsOk = parts.filter((p) => has(fold(p))).length
  const fixes = gold.ocr_fixes ?? []
  const fixed = fixes.filter((f) => t.includes(fold(f.clean))).length
  return {
    joins: `${joined}/${joins.length}`,
    interleave: `${partsOk}/${parts.length}`,
    ocrFixes: `${fixed}/${fixes.length}`
  }
}

const lexicon = jiebaLexicon()
const files = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
const pages = files.map((f) => ({ source: f, raw: readFileSync(join(seedDir, f), 'utf8') }))
// The seed pages stand in for the library whose character statistics the engine may consult.
const ngrams = withNgrams ? countCharNgrams(pages.map((p) => p.raw.replace(/[ \t]+/g, ''))) : undefined
const runs = pages.map((p) => ({ ...p, suggestions: runEngine(p.raw, { lexicon, ngrams }) }))

const modes: Array<[string, (s: Suggestion) => boolean]> = [
  ['safe only', (s) => s.safe],
  ['safe + rank-1 review', (s) => s.safe || (s.rank ?? 1) === 1]
]
const out = mkdtempSync(join(tmpdir(), 'jiaodui-score-'))
for (const [name, pick] of modes) {
  const rows: Record<string, string | number>[] = []
  const jsonl: string[] = []
  for (const run of runs) {
    const chosen = run.suggestions.filter(pick)
    const { clean, prov } = applySuggestions(run.raw, chosen)
    const hints = { raw: run.raw, prov }
    const views = articlesOf(clean, segmentPage(clean, hints))
    for (const group of readingGroups(views, clean, hints))
      jsonl.push(
        JSON.stringify({
          source: run.source,
          headline: views[group[0]].headline ?? '',
          text: group.map((i) => views[i].bodyText).join('\n')
        })
      )
    const goldFile = join(evalDir, 'gold', run.source.replace(/\.txt$/, '.gold.json'))
    const gold: Gold = existsSync(goldFile) ? JSON.parse(readFileSync(goldFile, 'utf8')) : {}
    const kinds: Record<string, number> = {}
    for (const s of chosen) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1
    rows.push({
      page: run.source.slice(0, 3),
      applied: chosen.length,
      ...residues(clean),
      ...(existsSync(goldFile) ? structure(clean, gold) : { joins: '-', interleave: '-', ocrFixes: '-' })
    })
    if (show) writeFileSync(join(out, `${basename(run.source, '.txt')}.${name.replace(/\W+/g, '-')}.txt`), clean)
  }
  const file = join(out, `${name.replace(/\W+/g, '-')}.jsonl`)
  writeFileSync(file, jsonl.join('\n') + '\n')
  console.log(`\n=== ${name}`)
  console.table(rows)
  console.log(execFileSync('node', [join(evalDir, 'score.mjs'), file], { encoding: 'utf8' }))
}
if (show) console.log(`clean pages written to ${out}`)
