#!/usr/bin/env node
// The long crash loop: kills processes that write to a library (import, store saves, saves through
// `jiaodui serve`, `jiaodui auto`, and `jiaodui export` once it exists) with SIGKILL at random moments, and
// checks after every kill that the library opens and every page is whole. Prints a summary; exits 1 on any
// violation. The short version runs in `npx vitest run` (tests/node/robustness/crash-loop.test.ts).
//   node scripts/crash-loop.mjs [--iterations 300] [--seed N] [--scenarios import,save,http,auto,export] [--keep]
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { register as registerEsm } from 'tsx/esm/api'
import { register as registerCjs } from 'tsx/cjs/api'

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '300' },
    seed: { type: 'string' },
    scenarios: { type: 'string' },
    keep: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false }
  }
})
const iterations = Number(values.iterations)
const seed = values.seed === undefined ? Math.floor(Math.random() * 0xffffffff) : Number(values.seed)
if (!Number.isInteger(iterations) || iterations < 1)
  throw new Error(`--iterations must be a positive whole number, not ${values.iterations}`)
if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
  throw new Error(`--seed must be a whole number from 0 to 4294967295, not ${values.seed}`)

registerEsm()
registerCjs()
const mod = await import(join(import.meta.dirname, '..', 'tests', 'node', 'robustness', 'crash', 'crash-loop.ts'))
const { runCrashLoop, formatSummary, SCENARIOS } = mod.default ?? mod
const scenarios = values.scenarios ? values.scenarios.split(',') : undefined
for (const name of scenarios ?? [])
  if (!SCENARIOS.includes(name)) throw new Error(`Unknown scenario ${name}; known: ${SCENARIOS.join(', ')}`)

const summary = await runCrashLoop({
  iterations,
  seed,
  scenarios,
  keep: values.keep,
  log: values.quiet ? undefined : (line) => console.log(line)
})
console.log(formatSummary(summary))
console.log(
  `Replay with: node scripts/crash-loop.mjs --iterations ${iterations} --seed ${seed}${values.scenarios ? ` --scenarios ${values.scenarios}` : ''}`
)
process.exitCode = summary.violations.length ? 1 : 0
