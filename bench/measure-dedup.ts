// Measure 3: near-duplicate passages across the whole library (the `jiaodui dupes` job), scored against the
// pairs the generator planted: recall (planted pairs found) and false pairs (found pairs not planted).
// Floor: reading every page through the same store (the job cannot be faster than reading its input).
import { findLibraryDuplicates, type PageDuplicatePair } from '../src/node/dedup/library-duplicates'
import { LibraryStore } from '../src/node/store/library-store'
import { round, type MeasureResult } from './report'
import type { PlantedPair } from './synthetic/synthetic-library'

function overlaps(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  return a.from < b.to && b.from < a.to
}

/** Whether found pair `p` is planted pair `q` (same two pages, overlapping ranges, either order). */
function isPlanted(p: PageDuplicatePair, q: { a: string; b: string; pair: PlantedPair }): boolean {
  if (p.pageA === q.a && p.pageB === q.b) return overlaps(p.rangeA, q.pair.rangeA) && overlaps(p.rangeB, q.pair.rangeB)
  if (p.pageA === q.b && p.pageB === q.a) return overlaps(p.rangeA, q.pair.rangeB) && overlaps(p.rangeB, q.pair.rangeA)
  return false
}

export async function measureDedup(libraryDir: string, planted: PlantedPair[]): Promise<MeasureResult> {
  const store = await LibraryStore.open(libraryDir, { readOnly: true })
  const pages = store.listPages().length
  const limitSeconds = 20 * Math.max(1, pages / 5000) // the target is 20 s per 5,000 pages
  const idOf = new Map(store.listPages().map((p) => [p.source, p.id]))

  const f0 = performance.now()
  let chars = 0
  for (const entry of store.listPages()) chars += (await store.getPage(entry.id)).raw.length
  const floorSeconds = (performance.now() - f0) / 1000

  const result = await findLibraryDuplicates(store)
  const seconds = result.ms / 1000
  const rssAfterMB = process.memoryUsage().rss / 2 ** 20
  await store.close()

  const wanted = planted.map((pair) => ({ a: idOf.get(pair.fileA) ?? '?', b: idOf.get(pair.fileB) ?? '?', pair }))
  const byPages = new Map<string, typeof wanted>()
  for (const w of wanted) {
    const key = [w.a, w.b].sort().join(' ')
    byPages.set(key, [...(byPages.get(key) ?? []), w])
  }
  const foundPlanted = new Set<(typeof wanted)[number]>()
  let falsePairs = 0
  let exactAgree = 0
  const falseExamples: PageDuplicatePair[] = []
  for (const p of result.pairs) {
    const match = (byPages.get([p.pageA, p.pageB].sort().join(' ')) ?? []).find((w) => isPlanted(p, w))
    if (match) {
      foundPlanted.add(match)
      if (match.pair.exact === p.exact) exactAgree++
    } else {
      falsePairs++
      if (falseExamples.length < 5) falseExamples.push(p)
    }
  }
  const recall = planted.length === 0 ? 1 : foundPlanted.size / planted.length
  const missedExamples = wanted
    .filter((w) => !foundPlanted.has(w))
    .slice(0, 5)
    .map((w) => w.pair)
  return {
    rows: [
      {
        measure: '3 near-duplicates',
        what: 'seconds, whole library',
        value: round(seconds, 1),
        unit: 's',
        floor: round(floorSeconds, 1),
        floorWhat: 'read all pages',
        ratio: round(seconds / floorSeconds, 1),
        target: pages > 5000 ? `≤ ${limitSeconds} s (20 s per 5,000 pages)` : '≤ 20 s',
        met: seconds <= limitSeconds
      },
      {
        measure: '3 near-duplicates',
        what: `recall (${foundPlanted.size}/${planted.length} planted pairs)`,
        value: round(recall * 100, 1),
        unit: '%',
        target: '≥ 95%',
        met: recall >= 0.95
      },
      {
        measure: '3 near-duplicates',
        what: 'false pairs (found, not planted)',
        value: falsePairs,
        unit: 'pairs',
        target: '0',
        met: falsePairs === 0
      }
    ],
    details: {
      pages: result.pages,
      passages: result.passages,
      rawCharacters: chars,
      pairsFound: result.pairs.length,
      planted: planted.length,
      plantedExact: planted.filter((p) => p.exact).length,
      exactFlagAgrees: exactAgree,
      rssAfterMB: Math.round(rssAfterMB),
      signatureMB: round((result.passages * 128) / 2 ** 20, 1),
      missedExamples,
      falseExamples
    }
  }
}
