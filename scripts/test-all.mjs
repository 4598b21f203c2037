// `npm test`: typecheck, lint, unit tests (vitest), browser tests (Playwright in Debian's Chromium) and a
// tiny benchmark run that proves the bench script works. Ends with one line "Tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = join(import.meta.dirname, '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const totals = { passed: 0, failed: 0, skipped: 0 }
const failedSteps = []

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name} ===`)
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (r.status !== 0) failedSteps.push(name)
  return r.status === 0
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

const only = process.argv[2] // optional: unit | e2e
if (!only) {
  // Each typecheck runs only if the one before passed.
  const typechecks = [
    ['typecheck', 'tsconfig.shared.json'],
    ['typecheck (node)', 'tsconfig.node.json'],
    ['typecheck (web)', 'tsconfig.web.json'],
    ['typecheck (e2e)', 'tsconfig.e2e.json']
  ]
  for (const [name, config] of typechecks) if (!step(name, bin('tsc'), ['--noEmit', '-p', config])) break
  step('lint', bin('eslint'), ['.'])
}

if (!only || only === 'unit') {
  const report = join(root, '.vitest-report.json')
  rmSync(report, { force: true })
  step('unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`])
  const v = readJson(report)
  if (v) {
    totals.passed += v.numPassedTests
    // A test file that fails to load has no failed test in it: count it as one failure so the summary shows it.
    const brokenFiles = (v.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed'))
    for (const f of brokenFiles) console.log(`Test file failed to run: ${relative(root, f.name)}: ${(f.message ?? '').split('\n')[0]}`)
    totals.failed += v.numFailedTests + brokenFiles.length
    totals.skipped += v.numPendingTests + v.numTodoTests
  } else if (!failedSteps.includes('unit tests (vitest)')) failedSteps.push('unit tests (no report)')
}

if (!only || only === 'e2e') {
  const report = join(root, '.playwright-report.json')
  rmSync(report, { force: true })
  step('browser tests (Playwright, Chromium)', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: report })
  const p = readJson(report)
  if (p) {
    totals.passed += p.stats.expected + (p.stats.flaky ?? 0)
    totals.failed += p.stats.unexpected
    totals.skipped += p.stats.skipped
  } else if (!failedSteps.includes('browser tests (Playwright, Chromium)')) failedSteps.push('browser tests (no report)')
}

if (!only && existsSync(join(root, 'bench', 'run.ts'))) {
  step('benchmark smoke run (50 pages)', process.execPath, [join(root, 'bin/run-ts.mjs'), 'bench/run.ts', '--pages', '50', '--smoke'])
}

console.log('')
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`)
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(failedSteps.length || totals.failed ? 1 : 0)
