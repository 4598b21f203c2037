// Measure 4: saving one edited page as autosave does (LibraryStore.savePage with a one-character change to the
// clean text), 20 saves on each of 10 pages spread over the library, one after another. The figure must not
// grow with the number of pages. Floor: JSON.stringify of the same page and a plain fs write of it.
// Details: the first save of each page (it also writes a history snapshot) and one rewrite of library.json.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { PageFile } from '../src/shared/model/page'
import { LibraryStore } from '../src/node/store/library-store'
import { quantile, round, type MeasureResult } from './report'

const PAGES = 10
const SAVES_PER_PAGE = 20

/** `clean` with the Han character nearest the middle replaced (same length, so the provenance stays valid). */
function edit(clean: string, n: number): string {
  let at = Math.floor(clean.length / 2) + n
  while (at < clean.length && !/[\u4e00-\u9fff]/u.test(clean[at])) at++
  if (at >= clean.length) return clean
  const replacement = clean[at] === '改' ? '动' : '改'
  return clean.slice(0, at) + replacement + clean.slice(at + 1)
}

export async function measureSave(
  libraryDir: string,
  scratchDir: string,
  savesPerPage = SAVES_PER_PAGE
): Promise<MeasureResult> {
  const store = await LibraryStore.open(libraryDir, { purpose: 'bench save' })
  const entries = store.listPages()
  const chosen = Array.from(
    { length: Math.min(PAGES, entries.length) },
    (_, i) => entries[Math.floor(((i + 0.5) * entries.length) / PAGES)]
  )
  const times: number[] = []
  const floorTimes: number[] = []
  const firstSaves: number[] = []
  let indexWriteMs = 0
  try {
    // Warm up the code paths on the first page (not counted).
    let warm: PageFile = await store.getPage(entries[0].id)
    for (let n = 0; n < 5; n++) {
      const clean = edit(warm.clean, n)
      warm = await store.savePage(warm.id, warm.revision, (p) => ({ ...p, clean, humanEdited: true }), 'edit')
    }
    for (const entry of chosen) {
      let page = await store.getPage(entry.id)
      // The first save of a page also writes a history snapshot (then at most one per page every 5 minutes, i.e.
      // once per hundreds of autosaves): timed on its own, so the p95 is that of steady autosaving.
      const s0 = performance.now()
      page = await store.savePage(
        page.id,
        page.revision,
        (p) => ({ ...p, clean: edit(p.clean, 99), humanEdited: true }),
        'edit'
      )
      firstSaves.push(performance.now() - s0)
      for (let n = 0; n < savesPerPage; n++) {
        const clean = edit(page.clean, n)
        const t0 = performance.now()
        page = await store.savePage(page.id, page.revision, (p) => ({ ...p, clean, humanEdited: true }), 'edit')
        times.push(performance.now() - t0)
        const f0 = performance.now()
        await writeFile(join(scratchDir, 'floor-page.json'), JSON.stringify(page))
        floorTimes.push(performance.now() - f0)
      }
    }
    // What a save that changes a listed field (title, status) adds later: one rewrite of library.json.
    const i0 = performance.now()
    await store.writeIndexNow()
    indexWriteMs = performance.now() - i0
  } finally {
    await store.close()
  }
  const p50 = quantile(times, 0.5)
  const p95 = quantile(times, 0.95)
  const floor50 = quantile(floorTimes, 0.5)
  const floor95 = quantile(floorTimes, 0.95)
  const pages = entries.length
  return {
    rows: [
      {
        measure: `4 save (${pages} pages)`,
        what: `p50 ms, ${times.length} saves`,
        value: round(p50),
        unit: 'ms',
        floor: round(floor50),
        floorWhat: 'stringify + write',
        ratio: round(p50 / floor50, 1)
      },
      {
        measure: `4 save (${pages} pages)`,
        what: `p95 ms, ${times.length} saves`,
        value: round(p95),
        unit: 'ms',
        floor: round(floor95),
        floorWhat: 'stringify + write',
        ratio: round(p95 / floor95, 1),
        target: '≤ 20 ms, flat in N',
        met: p95 <= 20
      }
    ],
    details: {
      pages,
      saves: times.length,
      maxMs: round(Math.max(...times)),
      meanMs: round(times.reduce((a, b) => a + b, 0) / times.length),
      firstSaveWithSnapshotMs: firstSaves.map((t) => round(t, 1)),
      indexRewriteMs: round(indexWriteMs, 1)
    }
  }
}
