import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultExportOptions, EXPORT_FORMATS } from '../../../src/shared/export/options'
import { exportLibrary } from '../../../src/node/export/library-export'
import { importPaths } from '../../../src/node/import/import-files'
import { LibraryStore } from '../../../src/node/store/library-store'
import { proposeForLibrary, TaggingService } from '../../../src/node/tagging/tagging-service'
import { SEEDS_DIR, tempDir } from '../../helpers/temp-dir'

const filters = (formats: Array<(typeof EXPORT_FORMATS)[number]>) => {
  const { labelSet: _labels, ...f } = defaultExportOptions([])
  return { ...f, formats, includeSuggested: true }
}

/** What must survive: per article the text, header fields and spans (ids, sources and page ids may differ). */
function content(jsonl: string) {
  return jsonl
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .map((r) => ({ kicker: r.kicker, headline: r.headline, subheads: r.subheads, byline: r.byline, type: r.type, text: r.text, label: r.label, entities: r.entities }))
}

describe('annotated exports import back into a library', () => {
  it('JSONL and brat exports re-import with the same text and spans, and bad lines are refused with their number', async () => {
    const first = await LibraryStore.open(tempDir())
    await importPaths(first, [SEEDS_DIR])
    await proposeForLibrary(first, new TaggingService(first), [])
    // A person accepts some proposals on one page.
    const id = first.listPages()[4].id
    const page = await first.getPage(id)
    await first.savePage(id, page.revision, (p) => ({ ...p, entities: p.entities.map((e, i) => (i % 2 ? { ...e, status: 'accepted' as const } : e)), status: 'tagged' }), 'tag')
    const out1 = join(tempDir(), 'x')
    await exportLibrary(first, filters(['jsonl', 'brat']), out1)
    await first.close()

    const second = await LibraryStore.open(tempDir())
    const report = await importPaths(second, [join(out1, 'jsonl', 'corpus.jsonl')])
    expect(report.failed, JSON.stringify(report.outcomes)).toBe(0)
    expect(report.imported, JSON.stringify(report.outcomes)).toBe(5)
    const out2 = join(tempDir(), 'y')
    await exportLibrary(second, filters(['jsonl']), out2)
    const a = content(readFileSync(join(out1, 'jsonl', 'corpus.jsonl'), 'utf8'))
    const b = content(readFileSync(join(out2, 'jsonl', 'corpus.jsonl'), 'utf8'))
    expect(b).toEqual(a)
    expect(a.flatMap((r) => r.label).length).toBeGreaterThan(100)
    // Importing the same export again changes nothing.
    expect((await importPaths(second, [join(out1, 'jsonl', 'corpus.jsonl')])).duplicates).toBe(5)
    await second.close()

    const third = await LibraryStore.open(tempDir())
    const brat = await importPaths(third, [join(out1, 'brat')])
    expect(brat.failed, JSON.stringify(brat.outcomes.filter((o) => o.status === "failed"))).toBe(0)
    const out3 = join(tempDir(), 'z')
    await exportLibrary(third, filters(['brat']), out3)
    // Every non-empty brat document comes back with the same text and the same T lines (headline-only articles
    // export as empty documents, which carry nothing and are skipped).
    const docs = (dir: string) =>
      readdirSync(dir)
        .filter((n) => n.endsWith('.txt'))
        .sort()
        .map((n) => ({ txt: readFileSync(join(dir, n), 'utf8'), ann: readFileSync(join(dir, n.replace(/\.txt$/, '.ann')), 'utf8') }))
        .filter((d) => d.txt.trim() !== '')
        .sort((a, b) => (a.txt < b.txt ? -1 : a.txt > b.txt ? 1 : 0)) // file names carry the new page ids
    expect(docs(join(out3, 'brat'))).toEqual(docs(join(out1, 'brat')))
    expect(docs(join(out1, 'brat')).filter((d) => d.ann.includes('\tPER ')).length).toBeGreaterThan(10)
    await third.close()

    // A damaged export: bad offsets and an overlap are refused line by line, the rest imported.
    const lines = readFileSync(join(out1, 'jsonl', 'corpus.jsonl'), 'utf8').trim().split('\n')
    const bad = JSON.parse(lines[1])
    bad.label = [[0, 99999, 'PER']]
    bad.entities = [{ start: 0, end: 99999, label: 'PER', text: 'x' }]
    lines[1] = JSON.stringify(bad)
    lines[2] = '{"id": "broken", "text": '
    const damaged = join(tempDir(), 'damaged.jsonl')
    writeFileSync(damaged, lines.join('\n') + '\n')
    const fourth = await LibraryStore.open(tempDir())
    const r = await importPaths(fourth, [damaged])
    const failures = r.outcomes.filter((o) => o.status === 'failed')
    expect(failures.map((f) => f.source)).toEqual([`${damaged}, line 2`, `${damaged}, line 3`])
    expect(failures[0].reason).toMatch(/span refused/)
    expect(r.imported).toBeGreaterThan(0)
    await fourth.close()
  })
})
