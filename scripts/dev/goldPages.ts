// Dev-only: reads the hand-made gold pages (/work/shared/eval/gold) and rebuilds each as the clean page the cleanup
// engine would produce: title lines, bylines of the 本报记者 kind on their own line, datelines glued to the first
// paragraph, photo credits appended to the last caption, ## headings as plain lines.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const GOLD_DIR = process.env.JIAODUI_GOLD_DIR ?? '/work/shared/eval/gold'

export interface GoldArticle {
  kicker: string | null
  headline: string | null
  subheads: string[]
  byline: string | null
  type: string
  paragraphs: { text: string; heading: boolean }[]
  entities: Record<string, string[]>
}

export interface GoldPage {
  seed: string
  articles: GoldArticle[]
}

/** Parses one <seed>.clean.md and its <seed>.gold.json. */
export function readGoldPage(dir: string, cleanMd: string): GoldPage {
  const md = readFileSync(join(dir, cleanMd), 'utf8')
  const json = JSON.parse(readFileSync(join(dir, cleanMd.replace(/\.clean\.md$/u, '.gold.json')), 'utf8')) as {
    seed: string
    articles: { n: number; entities: Record<string, string[]> }[]
  }
  const articles: GoldArticle[] = []
  for (const block of md.split(/^===== ARTICLE .*$/mu).slice(1)) {
    const a: GoldArticle = {
      kicker: null,
      headline: null,
      subheads: [],
      byline: null,
      type: 'news',
      paragraphs: [],
      entities: {}
    }
    let inBody = false
    for (const line of block.split('\n')) {
      const m = inBody ? null : /^(KICKER|HEADLINE|SUBHEAD|BYLINE|TYPE|TRUNCATED):\s*(.*)$/u.exec(line)
      if (m) {
        const v = m[2].trim()
        if (m[1] === 'KICKER') a.kicker = v
        else if (m[1] === 'HEADLINE') a.headline = v
        else if (m[1] === 'SUBHEAD') a.subheads.push(v)
        else if (m[1] === 'BYLINE') a.byline = v
        else if (m[1] === 'TYPE') a.type = v
        continue
      }
      if (line.trim() === '') continue
      inBody = true
      a.paragraphs.push({ text: line.replace(/^##\s*/u, '').trim(), heading: line.startsWith('##') })
    }
    a.entities = json.articles[articles.length]?.entities ?? {}
    articles.push(a)
  }
  return { seed: json.seed, articles }
}

/** All gold pages in `dir`, sorted by seed. */
export function readGoldPages(dir = GOLD_DIR): GoldPage[] {
  if (!existsSync(dir)) throw new Error(`Gold folder ${dir} not found: set JIAODUI_GOLD_DIR`)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.clean.md'))
    .sort()
    .map((f) => readGoldPage(dir, f))
}

const DATELINE = /^(?:本报讯|本报[（(]|本报\S{0,10}?电|新华社)/u

/** Rebuilds a gold page as clean text, one paragraph per line; `blankLines` puts an empty line between paragraphs. */
export function goldCleanText(page: GoldPage, blankLines = false): string {
  const out: string[] = []
  for (const a of page.articles) {
    if (a.type === 'fragment') continue
    if (a.kicker) out.push(a.kicker)
    if (a.headline) out.push(a.headline)
    out.push(...a.subheads)
    const paras = a.paragraphs.map((p) => p.text)
    if (a.byline && DATELINE.test(a.byline) && paras.length > 0) paras[0] = a.byline + paras[0]
    else if (a.byline && a.byline.endsWith('摄') && paras.length > 0) paras[paras.length - 1] += ' ' + a.byline
    else if (a.byline) out.push(a.byline)
    out.push(...paras)
  }
  return out.join(blankLines ? '\n\n' : '\n') + '\n'
}
