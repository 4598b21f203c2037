// Measure 5: opening the library (LibraryStore.open + listPages) in a fresh child process, and the memory (RSS)
// of that process holding it. Floor: reading and parsing library.json with plain Node in the same child; the
// memory floor is the child's RSS before it touched the library (Node + tsx + modules loaded).
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { round, type MeasureResult } from './report'

const ROOT = join(__dirname, '..')

interface ChildResult {
  pages: number
  openMs: number
  listMs: number
  totalMs: number
  floorMs: number
  rssMB: number
  heapUsedMB: number
  baselineRssMB: number
}

function openOnce(libraryDir: string): { child: ChildResult; wallMs: number } {
  const t0 = performance.now()
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'bin/run-ts.mjs'), join(ROOT, 'bench/open-library-child.ts'), libraryDir],
    {
      cwd: ROOT,
      encoding: 'utf8'
    }
  )
  const wallMs = performance.now() - t0
  if (r.status !== 0) throw new Error(`open-library-child failed (${r.status}): ${r.stderr}`)
  return { child: JSON.parse(r.stdout.trim().split('\n').at(-1) as string) as ChildResult, wallMs }
}

export function measureOpen(libraryDir: string, runs = 3): MeasureResult {
  const results = Array.from({ length: runs }, () => openOnce(libraryDir))
  // The median run by open time (the first run may pay for a cold page cache).
  const sorted = [...results].sort((a, b) => a.child.totalMs - b.child.totalMs)
  const { child, wallMs } = sorted[Math.floor(sorted.length / 2)]
  return {
    rows: [
      {
        measure: '5 open',
        what: `open + listPages ms (${child.pages} pages)`,
        value: round(child.totalMs, 1),
        unit: 'ms',
        floor: round(child.floorMs, 1),
        floorWhat: 'read + parse index',
        ratio: round(child.totalMs / child.floorMs, 1),
        target: '≤ 1000 ms',
        met: child.totalMs <= 1000
      },
      {
        measure: '5 open',
        what: 'RSS of the process holding it',
        value: round(child.rssMB, 0),
        unit: 'MB',
        floor: round(child.baselineRssMB, 0),
        floorWhat: 'same process before opening',
        ratio: round(child.rssMB / child.baselineRssMB, 1),
        target: '≤ 500 MB',
        met: child.rssMB <= 500
      }
    ],
    details: {
      runs: results.map((r) => ({
        totalMs: round(r.child.totalMs, 1),
        openMs: round(r.child.openMs, 1),
        rssMB: round(r.child.rssMB)
      })),
      heapUsedMB: round(child.heapUsedMB),
      processWallMs: Math.round(wallMs)
    }
  }
}
