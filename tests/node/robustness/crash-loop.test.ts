// SIGKILL at random moments during imports and page saves (store, `jiaodui serve`, `jiaodui auto`, and
// `jiaodui export` once it exists): the library always opens, every file parses, and every page holds a
// whole state, never older than an acknowledged save. JIAODUI_CRASH_ITERATIONS sets the number of kills
// (default 50, or 15 when CI is set); JIAODUI_SEED replays a run; scripts/crash-loop.mjs is the long version.
import { expect, it } from 'vitest'
import { formatSummary, runCrashLoop } from './crash/crash-loop'
import { seedFromEnv } from './support/random'

const ITERATIONS = Number(process.env.JIAODUI_CRASH_ITERATIONS ?? (process.env.CI ? 15 : 50))

it(`keeps every page whole through ${ITERATIONS} kills of processes writing to a library`, async () => {
  const summary = await runCrashLoop({ iterations: ITERATIONS, seed: seedFromEnv(), log: (line) => console.info(line) })
  console.info(formatSummary(summary))
  expect(summary.violations).toEqual([])
  const ran = summary.scenarios.filter((s) => s.unavailable === null)
  expect(ran.reduce((n, s) => n + s.iterations, 0)).toBe(ITERATIONS)
  // Not vacuous: most runs were killed while still running, and some kills cut a write in half.
  expect(ran.reduce((n, s) => n + s.kills, 0)).toBeGreaterThanOrEqual(Math.ceil(ITERATIONS / 2))
}, 1_800_000)
