// Throughput check for a library-sized export (not a vitest file): 5,000 pages × 8 articles of gold-page
// sentences, ~85 MB of UTF-8 text, ~15 spans per article, generated lazily.
// Run: npx tsx tests/node/export/throughput.ts [pages] [formats, comma-separated]
import { mkdirSync, writeFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { exportCorpus } from '../../../src/node/export/export-corpus'
import { listFiles } from '../../../src/node/export/zip'
import type { ExportArticle } from '../../../src/shared/export/article'
import { defaultExportOptions, EXPORT_FORMATS, type ExportFormat } from '../../../src/shared/export/options'
import { astralArticle, goldArticles, LABEL_SET } from '../../shared/export/fixtures'

const pages = Number(process.argv[2] ?? 5000)
const formats = (process.argv[3]?.split(',') ?? [...EXPORT_FORMATS]) as ExportFormat[]
const templates = [...goldArticles(), astralArticle()]

function* library(): Iterable<ExportArticle> {
  for (let p = 0; p < pages; p++) {
    const page = p.toString(16).padStart(16, '0')
    for (let a = 0; a < 8; a++) {
      const t = templates[(p + a) % templates.length]
      // About 2.1 KB of UTF-8 per article: the template's lines, repeated to length.
      const reps = Math.max(1, Math.round(700 / t.lines.reduce((n, l) => n + l.text.length, 0)))
      const lines = Array.from({ length: reps }, () => t.lines).flat()
      const shift = t.lines.reduce((n, l) => n + l.text.length + 1, 0)
      const entities = Array.from({ length: reps }, (_, r) =>
        t.entities.map((e) => ({ ...e, start: e.start + r * shift, end: e.end + r * shift }))
      ).flat()
      yield {
        ...t,
        id: `${page}-a${String(a + 1).padStart(2, '0')}`,
        page,
        source: `${String(p).padStart(4, '0')}_${page}.txt`,
        pageIndex: p,
        articleIndex: a,
        lines,
        entities
      }
    }
  }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'jiaodui-throughput-'))
  try {
    let textBytes = 0
    for (const a of library()) textBytes += Buffer.byteLength(a.lines.map((l) => l.text).join('\n'))
    const t0 = performance.now()
    const cpu0 = process.cpuUsage()
    const summary = await exportCorpus(
      library(),
      { ...defaultExportOptions(LABEL_SET), formats, includeSuggested: true, libraryId: 'bench', toolVersion: '0.1.0' },
      join(dir, 'out')
    )
    const s = (performance.now() - t0) / 1000
    const cpu = process.cpuUsage(cpu0)
    const exportRssMB = Math.round(process.resourceUsage().maxRSS / 1024) // before the floor step reads whole files
    // Floor: writing the same bytes to the same number of files with plain writeFileSync.
    let floorMs = 0
    for (const rel of await listFiles(join(dir, 'out'))) {
      const content = await readFile(join(dir, 'out', rel))
      const target = join(dir, 'floor', rel)
      const f0 = performance.now()
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, content)
      floorMs += performance.now() - f0
    }
    const c = summary.manifest.counts
    console.log(
      JSON.stringify({
        pages: c.pages,
        articles: c.articles,
        inputTextMB: +(textBytes / 1e6).toFixed(1),
        entities: Object.values(c.entities).reduce((a, b) => a + b, 0),
        formats: formats.join(','),
        files: summary.files,
        writtenMB: +(summary.bytes / 1e6).toFixed(1),
        seconds: +s.toFixed(2),
        cpuUserSeconds: +(cpu.user / 1e6).toFixed(2),
        cpuSystemSeconds: +(cpu.system / 1e6).toFixed(2),
        inputMBperSecond: +(textBytes / 1e6 / s).toFixed(1),
        floorSeconds: +(floorMs / 1000).toFixed(2),
        maxRssMB: exportRssMB
      })
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

void main()
