// The crash loop: real processes that write to a real library (CLI import, store save bursts, saves through
// `jiaodui serve`, `jiaodui auto`, and `jiaodui export` once it exists) are killed with SIGKILL at random
// moments. After every kill the library must open, every file must parse and validate, and every page must
// hold either the state before the interrupted write or the state after it: never a mix, never older than
// a save that was acknowledged. Used by tests/node/robustness/crash-loop.test.ts (short) and
// scripts/crash-loop.mjs (long).
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { importPaths } from '../../../../src/node/import/import-files'
import { LibraryStore, pageIdentity } from '../../../../src/node/store/library-store'
import type { PageFile } from '../../../../src/shared/model/page'
import { reopenProblems, scanLibraryFiles } from '../support/library-check'
import { pageStateFor, tornStateProblem } from '../support/page-states'
import {
  callApi,
  JIAODUI_BIN,
  jiaodui,
  ROOT,
  RUN_TS,
  spawnNode,
  startServe,
  waitForOutput,
  type Finished
} from '../support/processes'
import { Random } from '../support/random'

export const SCENARIOS = ['import', 'save', 'http', 'auto', 'export'] as const
export type ScenarioName = (typeof SCENARIOS)[number]

export interface CrashLoopOptions {
  /** Kills in all, shared out among the scenarios that can run. */
  iterations: number
  seed: number
  scenarios?: readonly ScenarioName[]
  /** Folder for the temp libraries (default: the OS temp folder). */
  root?: string
  /** Keep the libraries for inspection. */
  keep?: boolean
  log?: (line: string) => void
}

export interface ScenarioSummary {
  name: ScenarioName
  /** Why the scenario did not run, or null. */
  unavailable: string | null
  iterations: number
  /** SIGKILLs delivered while the child still ran. */
  kills: number
  /** Children that finished before their kill time came. */
  finishedFirst: number
  /** Kills that left a temp file behind: a write was cut in half. */
  midWrite: number
  /** Page states checked against what was acknowledged: saves (save, http), imported pages (import), pages cleaned (auto). */
  checked: number
  violations: string[]
}

export interface CrashLoopSummary {
  seed: number
  iterations: number
  ms: number
  scenarios: ScenarioSummary[]
  violations: string[]
}

interface Outcome {
  killed: boolean
  midWrite: boolean
  checked: number
  violations: string[]
}

interface Scenario {
  name: ScenarioName
  setup(): Promise<void>
  iterate(i: number, rnd: Random): Promise<Outcome>
}

const SEED_TEXT = readdirSync(join(ROOT, 'seeds'))
  .sort()
  .map((name) => readFileSync(join(ROOT, 'seeds', name), 'utf8'))
  .join('\n')

/** Chinese text of about `chars` characters, made unique by `tag`. */
function text(tag: string, chars: number, rnd: Random): string {
  let out = `${tag}\n`
  while (out.length < chars) {
    const start = rnd.int(0, SEED_TEXT.length - 2000)
    out += SEED_TEXT.slice(start, start + Math.min(2000, chars - out.length)) + '\n'
  }
  return out
}

function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null
}

/**
 * Kills `child` with SIGKILL after `delayMs`; resolves when it has exited, saying whether the kill hit it running
 * and how long it ran from this call.
 */
async function killAfter(
  child: ChildProcess,
  done: Promise<Finished>,
  delayMs: number
): Promise<{ killed: boolean; finished: Finished; ms: number }> {
  const started = Date.now()
  let killed = false
  const timer = setTimeout(() => {
    if (running(child)) killed = child.kill('SIGKILL')
  }, delayMs)
  const finished = await done
  clearTimeout(timer)
  return { killed, finished, ms: Date.now() - started }
}

/**
 * Run time estimate for the kill window (kills land in its first 80%). A run that finished before its kill
 * took `ms`, the best estimate there is; a kill that found no work done means runs now take longer (a busy
 * machine, a bigger library), so the window grows.
 */
function adjustedRunMs(current: number, outcome: { killed: boolean; ms: number; progress: boolean }): number {
  if (!outcome.killed) return Math.max(50, outcome.ms)
  return outcome.progress ? current : Math.min(60_000, Math.round(current * 1.5))
}

/** Resolves when `file` exists (a writer has taken the library), or when the child exits. */
async function appears(file: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!existsSync(file) && running(child) && Date.now() < until) await new Promise((r) => setTimeout(r, 3))
}

/** Checks the invariants shared by every scenario once the child is gone; returns violations. */
async function checkAfterKill(
  dir: string,
  expectPage: (page: PageFile) => string | null
): Promise<{ violations: string[]; midWrite: boolean; pages: Map<string, PageFile> }> {
  const scan = await scanLibraryFiles(dir)
  const violations = [...scan.problems, ...scan.aside.map((f) => `${f}: a file was damaged and moved aside`)]
  for (const page of scan.pages.values()) {
    const problem = expectPage(page)
    if (problem) violations.push(problem)
  }
  for (const [id, snaps] of scan.snapshots) {
    for (const snap of snaps) if (snap.id !== id) violations.push(`history/${id} holds a snapshot of ${snap.id}`)
  }
  violations.push(...(await reopenProblems(dir, 'crash loop check')))
  return { violations, midWrite: scan.tempFiles.length > 0, pages: scan.pages }
}

/** Opens a library and imports `texts` (name → text); returns id → raw text. */
async function seedLibrary(dir: string, texts: Array<[string, string]>): Promise<Map<string, string>> {
  const store = await LibraryStore.open(dir, { purpose: 'crash loop setup' })
  const raws = new Map<string, string>()
  for (const [name, body] of texts) {
    const outcome = await store.importBytes(name, new TextEncoder().encode(body))
    if (outcome.status !== 'imported') throw new Error(`setup import of ${name}: ${JSON.stringify(outcome)}`)
    raws.set(outcome.id, body)
  }
  await store.close()
  return raws
}

/** `jiaodui import <batch folder>`, killed while it imports. */
function importScenario(work: string): Scenario {
  const dir = join(work, 'import-library')
  const known = new Map<string, string>() // page id → raw text, for every page imported so far
  let runMs = 1500
  function writeBatch(name: string, rnd: Random): { batchDir: string; batch: Map<string, string> } {
    const batchDir = join(work, name)
    mkdirSync(batchDir)
    const batch = new Map<string, string>()
    for (let j = 0; j < 30; j++) {
      const body = text(`${name} 第${j}份`, rnd.int(500, 40_000), rnd)
      writeFileSync(join(batchDir, `${String(j).padStart(2, '0')}.txt`), body)
      batch.set(pageIdentity(new TextEncoder().encode(body)).id, body)
    }
    return { batchDir, batch }
  }
  return {
    name: 'import',
    async setup() {
      // One full import, timed, so that kills land anywhere in a run.
      const { batchDir, batch } = writeBatch('import-calibration', new Random(3))
      const { child, done } = spawnNode([JIAODUI_BIN, 'import', batchDir, '--library', dir])
      await appears(join(dir, 'library.lock'), child)
      const t0 = Date.now()
      const full = await done
      if (full.code !== 0) throw new Error(`jiaodui import failed: ${full.stderr.slice(0, 500)}`)
      runMs = Date.now() - t0
      for (const [id, body] of batch) known.set(id, body)
    },
    async iterate(i, rnd) {
      const { batchDir, batch } = writeBatch(`import-batch-${i}`, rnd)
      const { child, done } = spawnNode([JIAODUI_BIN, 'import', batchDir, '--library', dir])
      const early = rnd.chance(0.15)
      if (!early) await appears(join(dir, 'library.lock'), child)
      const { killed, finished, ms } = await killAfter(
        child,
        done,
        early ? rnd.int(0, 2500) : rnd.int(0, Math.round(runMs * 0.8))
      )
      const violations: string[] = []
      if (!killed && finished.code !== 0)
        violations.push(`import exited ${finished.code ?? finished.signal}: ${finished.stderr.slice(0, 300)}`)
      const check = await checkAfterKill(dir, (page) => {
        const raw = known.get(page.id) ?? batch.get(page.id)
        if (raw === undefined) return `page ${page.id} was never imported`
        if (page.raw !== raw) return `page ${page.id}: raw text differs from its source file`
        return tornStateProblem(page)
      })
      violations.push(...check.violations)
      const imported = [...check.pages.keys()].filter((id) => batch.has(id)).length
      if (!early) runMs = adjustedRunMs(runMs, { killed, ms, progress: imported > 0 || check.midWrite })
      // Nothing lost: importing the batch again completes it, and every file ends up in the library.
      const store = await LibraryStore.open(dir, { purpose: 'crash loop resume' })
      const report = await importPaths(store, [batchDir])
      const missing = [...batch.keys()].filter((id) => !store.entry(id))
      await store.close()
      if (report.failed > 0 || report.imported + report.duplicates !== batch.size)
        violations.push(`resuming the import: ${JSON.stringify({ ...report, outcomes: undefined })}`)
      if (missing.length) violations.push(`pages missing after resuming: ${missing.join(', ')}`)
      for (const [id, body] of batch) known.set(id, body)
      rmSync(batchDir, { recursive: true, force: true })
      return {
        killed,
        midWrite: check.midWrite,
        checked: imported,
        violations
      }
    }
  }
}

/** Shared by the two save scenarios: a library of three pages (small, medium, large) and what was acknowledged. */
function saveLibrary(dir: string) {
  const revision = new Map<string, number>() // confirmed revision of each page after the last check
  return {
    revision,
    async setup(rnd: Random) {
      const raws = await seedLibrary(dir, [
        ['small.txt', text('小页', 2_000, rnd)],
        ['medium.txt', text('中页', 30_000, rnd)],
        ['large.txt', text('大页', 200_000, rnd)]
      ])
      for (const id of raws.keys()) revision.set(id, 0)
      return raws
    },
    /** Saves acknowledged since the last check. */
    acknowledged(acked: Map<string, number>): number {
      return [...acked].reduce((n, [id, k]) => n + Math.max(0, k - (revision.get(id) ?? 0)), 0)
    },
    /** Every page is a whole save, at or one past the last acknowledged save. */
    async check(acked: Map<string, number>) {
      const check = await checkAfterKill(dir, (page) => {
        const lower = Math.max(revision.get(page.id) ?? 0, acked.get(page.id) ?? 0)
        if (page.revision < lower)
          return `page ${page.id} is at revision ${page.revision}, older than the acknowledged save ${lower}: a save was lost`
        if (page.revision > lower + 1)
          return `page ${page.id} is at revision ${page.revision}, more than one past the acknowledged ${lower}`
        return tornStateProblem(page)
      })
      for (const [id, page] of check.pages) revision.set(id, page.revision)
      return check
    }
  }
}

/** Autosave-like bursts of savePage through the store in a child process. */
function saveScenario(work: string): Scenario {
  const dir = join(work, 'save-library')
  const lib = saveLibrary(dir)
  return {
    name: 'save',
    async setup() {
      await lib.setup(new Random(1))
    },
    async iterate(_i, rnd) {
      const { child, done } = spawnNode([RUN_TS, join(__dirname, 'save-burst.child.ts'), dir, ...lib.revision.keys()])
      const acked = new Map<string, number>()
      const early = rnd.chance(0.15)
      if (!early) await waitForOutput(child, /ready/).catch(() => undefined)
      const { killed, finished } = await killAfter(child, done, early ? rnd.int(0, 2500) : rnd.int(0, 1000))
      // The pipe still holds what the child wrote before it died; 'close' fired after all of it was read.
      for (const m of finished.stdout.matchAll(/saved ([0-9a-f]{16}) (\d+)/g))
        acked.set(m[1], Math.max(acked.get(m[1]) ?? 0, Number(m[2])))
      const violations = killed
        ? []
        : [`save burst exited by itself (${finished.code ?? finished.signal}): ${finished.stderr.slice(0, 300)}`]
      const saves = lib.acknowledged(acked)
      const check = await lib.check(acked)
      violations.push(...check.violations)
      return { killed, midWrite: check.midWrite, checked: saves, violations }
    }
  }
}

/** Autosave-like bursts of savePage over HTTP to `jiaodui serve`, which is killed. */
function httpScenario(work: string): Scenario {
  const dir = join(work, 'http-library')
  const lib = saveLibrary(dir)
  let raws = new Map<string, string>()
  return {
    name: 'http',
    async setup() {
      raws = await lib.setup(new Random(2))
    },
    async iterate(_i, rnd) {
      const serve = await startServe(dir)
      const acked = new Map<string, number>()
      const violations: string[] = []
      const causes = ['edit', 'accept', 'status', 'tag'] as const
      const loops = [...raws.keys()].map(async (id) => {
        for (let k = (lib.revision.get(id) ?? 0) + 1; ; k++) {
          let reply
          try {
            reply = await callApi(serve.port, serve.token, 'savePage', {
              id,
              baseRevision: k - 1,
              cause: rnd.pick(causes),
              page: pageStateFor(raws.get(id)!, k)
            })
          } catch {
            return // the server is gone
          }
          if (!reply.result.ok)
            return void violations.push(`savePage ${id} k=${k} was refused: ${JSON.stringify(reply.result.error)}`)
          acked.set(id, k)
        }
      })
      const firstSave = Date.now() + 10_000
      while (acked.size === 0 && Date.now() < firstSave && violations.length === 0)
        await new Promise((r) => setTimeout(r, 5))
      const { killed } = await killAfter(serve.child, serve.done, rnd.int(0, 2500))
      await Promise.all(loops)
      const saves = lib.acknowledged(acked)
      const check = await lib.check(acked)
      violations.push(...check.violations)
      return { killed, midWrite: check.midWrite, checked: saves, violations }
    }
  }
}

/** `jiaodui auto` over a library of real OCR pages, killed while it cleans; each page is reset to raw afterwards. */
function autoScenario(work: string): Scenario {
  const dir = join(work, 'auto-library')
  let before = new Map<string, PageFile>()
  type AutoCleanPage = (page: PageFile, service: unknown) => { page: PageFile } | null
  let expectedAfter: (page: PageFile) => PageFile | null = () => null
  let runMs = 4000
  /** Every page back to raw (as a new revision), so that the next run has work to do again. */
  async function resetToRaw() {
    const store = await LibraryStore.open(dir, { purpose: 'crash loop reset' })
    for (const entry of store.listPages()) {
      const page = await store.getPage(entry.id)
      if (page.status !== 'raw')
        await store.savePage(entry.id, page.revision, (p) => ({ ...p, ...pageStateFor(p.raw, 0) }), 'restore')
    }
    await store.close()
    before = (await scanLibraryFiles(dir)).pages
  }
  return {
    name: 'auto',
    async setup() {
      const { autoCleanPage } = (await import('../../../../src/node/cleanup/auto-clean')) as unknown as {
        autoCleanPage: AutoCleanPage
      }
      const { SuggestionService } = await import('../../../../src/node/cleanup/suggestion-service')
      const { defaultEngine } = await import('../../../../src/node/cleanup/default-engine')
      const service = new SuggestionService(defaultEngine)
      expectedAfter = (page) => autoCleanPage(page, service)?.page ?? null
      const pages: Array<[string, string]> = []
      for (const name of readdirSync(join(ROOT, 'seeds')).sort()) {
        const body = readFileSync(join(ROOT, 'seeds', name), 'utf8')
        pages.push([name, body], [`copy-${name}`, `${body}\n（副本）\n`])
      }
      await seedLibrary(dir, pages)
      // One full run, timed, so that kills land anywhere in a run; then back to raw.
      const { child, done } = spawnNode([JIAODUI_BIN, 'auto', '--library', dir])
      await appears(join(dir, 'library.lock'), child)
      const t0 = Date.now()
      const full = await done
      if (full.code !== 0) throw new Error(`jiaodui auto failed: ${full.stderr.slice(0, 500)}`)
      runMs = Date.now() - t0
      await resetToRaw()
    },
    async iterate(_i, rnd) {
      const { child, done } = spawnNode([JIAODUI_BIN, 'auto', '--library', dir])
      await appears(join(dir, 'library.lock'), child)
      const { killed, finished, ms } = await killAfter(child, done, rnd.int(0, Math.round(runMs * 0.8)))
      const violations: string[] = []
      if (!killed && finished.code !== 0)
        violations.push(`auto exited ${finished.code ?? finished.signal}: ${finished.stderr.slice(0, 300)}`)
      let cleaned = 0
      const check = await checkAfterKill(dir, (page) => {
        const old = before.get(page.id)
        if (!old) return `page ${page.id} appeared during auto`
        if (page.raw !== old.raw) return `page ${page.id}: raw text changed`
        if (page.revision === old.revision)
          return JSON.stringify(page) === JSON.stringify(old) ? null : `page ${page.id} changed without a new revision`
        if (page.revision !== old.revision + 1)
          return `page ${page.id} jumped from revision ${old.revision} to ${page.revision}`
        const want = expectedAfter(old)
        if (!want) return `page ${page.id} changed although auto had nothing to apply`
        cleaned++
        const same = (p: PageFile) =>
          JSON.stringify([
            p.clean,
            p.provenance,
            p.status,
            p.humanEdited,
            Object.entries(p.decisions)
              .map(([k, d]) => [k, d.action, d.by])
              .sort()
          ])
        return same(page) === same(want)
          ? null
          : `page ${page.id} at revision ${page.revision} is not the page auto makes: a mix of before and after`
      })
      violations.push(...check.violations)
      await resetToRaw()
      runMs = adjustedRunMs(runMs, { killed, ms, progress: cleaned > 0 || check.midWrite })
      return { killed, midWrite: check.midWrite, checked: cleaned, violations }
    }
  }
}

/** `jiaodui export --format all --out DIR`, killed while it writes: DIR is absent or complete, the library untouched. */
function exportScenario(work: string): Scenario {
  const dir = join(work, 'export-library')
  let runMs = 1000
  const command = (out: string) => [JIAODUI_BIN, 'export', '--format', 'all', '--out', out, '--library', dir]
  /** Resolves once the exporter writes: it writes into a hidden sibling folder (.<name>.partial-…) first. */
  const writing = async (name: string, child: ChildProcess) => {
    const until = Date.now() + 120_000
    while (running(child) && Date.now() < until && !readdirSync(work).some((n) => n.startsWith(`.${name}.partial-`)))
      await new Promise((r) => setTimeout(r, 3))
  }
  const hashLibrary = () =>
    createHash('sha256')
      .update(
        ['library.json', ...readdirSync(join(dir, 'pages')).map((n) => `pages/${n}`)]
          .sort()
          .map(
            (n) =>
              `${n}:${createHash('sha256')
                .update(readFileSync(join(dir, n)))
                .digest('hex')}`
          )
          .join('\n')
      )
      .digest('hex')
  return {
    name: 'export',
    async setup() {
      const pages: Array<[string, string]> = []
      for (const name of readdirSync(join(ROOT, 'seeds')).sort()) {
        const body = readFileSync(join(ROOT, 'seeds', name), 'utf8')
        for (let copy = 0; copy < 4; copy++) pages.push([`${copy}-${name}`, `${body}\n（副本${copy}）\n`])
      }
      await seedLibrary(dir, pages)
      // One full export, timed from the moment it starts writing (most of a run is start-up and reading), so
      // that kills land anywhere in the writing.
      const name = 'export-calibration'
      const { child, done } = spawnNode(command(join(work, name)))
      await writing(name, child)
      const t0 = Date.now()
      const full = await done
      if (full.code !== 0) throw new Error(`jiaodui export failed: ${full.stderr.slice(0, 500)}`)
      runMs = Date.now() - t0
    },
    async iterate(i, rnd) {
      const out = join(work, `export-${i}`)
      const before = hashLibrary()
      const { child, done } = spawnNode(command(out))
      const early = rnd.chance(0.15) // sometimes anywhere in the run, start-up included
      if (!early) await writing(`export-${i}`, child)
      const { killed, finished, ms } = await killAfter(
        child,
        done,
        early ? rnd.int(0, 3000) : rnd.int(0, Math.round(runMs * 0.8))
      )
      if (!early) runMs = adjustedRunMs(runMs, { killed, ms, progress: true }) // killed while writing, by construction
      const violations: string[] = []
      if (!killed && finished.code !== 0)
        violations.push(`export exited ${finished.code ?? finished.signal}: ${finished.stderr.slice(0, 300)}`)
      let complete = false
      if (existsSync(out)) {
        const manifestFile = join(out, 'manifest.json')
        if (!existsSync(manifestFile)) violations.push(`${out} exists without manifest.json: a half-written export`)
        else {
          const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: Record<string, string> }
          for (const [path, sha] of Object.entries(manifest.files)) {
            const file = join(out, ...path.split('/'))
            if (!existsSync(file) || createHash('sha256').update(readFileSync(file)).digest('hex') !== sha)
              violations.push(`${out}/${path} is missing or differs from the manifest`)
          }
          complete = violations.length === 0
        }
      }
      if (hashLibrary() !== before) violations.push('export changed the library')
      const check = await checkAfterKill(dir, (page) => tornStateProblem(page))
      violations.push(...check.violations)
      // The exporter writes into a hidden sibling folder and renames it at the end: one left behind means a kill mid-export.
      const partial = readdirSync(work).some((n) => n.startsWith(`.export-${i}.partial-`))
      return { killed, midWrite: partial, checked: complete ? 1 : 0, violations }
    }
  }
}

/** Which scenarios this checkout can run: `auto` and `export` need those CLI commands. */
export async function availableScenarios(): Promise<Map<ScenarioName, string | null>> {
  const help = (await jiaodui(['--help'])).stdout
  const has = (command: string) => new RegExp(`^\\s+${command}\\b`, 'm').test(help)
  const exportLine = help.split('\n').find((l) => /^\s+export\b/.test(l)) ?? ''
  return new Map<ScenarioName, string | null>([
    ['import', null],
    ['save', null],
    ['http', null],
    ['auto', has('auto') ? null : '`jiaodui auto` does not exist yet'],
    [
      'export',
      !has('export')
        ? '`jiaodui export` does not exist yet'
        : /--format\b.*--out\b/.test(exportLine)
          ? null
          : `\`jiaodui export\` exists but takes other options than --format/--out (${exportLine.trim()}): update exportScenario in tests/node/robustness/crash/crash-loop.ts`
    ]
  ])
}

/** Runs the loop and returns what happened; never throws for a broken library (that is a violation). */
export async function runCrashLoop(options: CrashLoopOptions): Promise<CrashLoopSummary> {
  const started = Date.now()
  const log = options.log ?? (() => undefined)
  const work = mkdtempSync(join(options.root ?? tmpdir(), 'jiaodui-crash-'))
  const available = await availableScenarios()
  const wanted = options.scenarios ?? SCENARIOS
  const factories: Record<ScenarioName, (work: string) => Scenario> = {
    import: importScenario,
    save: saveScenario,
    http: httpScenario,
    auto: autoScenario,
    export: exportScenario
  }
  const summaries: ScenarioSummary[] = wanted.map((name) => ({
    name,
    unavailable: available.get(name) ?? null,
    iterations: 0,
    kills: 0,
    finishedFirst: 0,
    midWrite: 0,
    checked: 0,
    violations: []
  }))
  const runnable = summaries.filter((s) => s.unavailable === null)
  runnable.forEach(
    (s, n) =>
      (s.iterations =
        Math.floor(options.iterations / runnable.length) + (n < options.iterations % runnable.length ? 1 : 0))
  )
  log(
    `crash loop: seed ${options.seed}, ${options.iterations} kills over ${runnable.map((s) => `${s.name} ×${s.iterations}`).join(', ')}; work folder ${work}`
  )
  for (const s of summaries) if (s.unavailable) log(`  ${s.name}: skipped (${s.unavailable})`)
  try {
    // Scenarios run side by side (each on its own library); the iterations of one scenario run in turn.
    await Promise.all(
      runnable.map(async (summary, index) => {
        const scenario = factories[summary.name](work)
        const rnd = new Random((options.seed + index * 0x9e3779b9) >>> 0)
        try {
          await scenario.setup()
        } catch (error) {
          summary.violations.push(`setup failed: ${(error as Error).message}`)
          return
        }
        for (let i = 0; i < summary.iterations; i++) {
          let outcome: Outcome
          try {
            outcome = await scenario.iterate(i, rnd)
          } catch (error) {
            outcome = {
              killed: false,
              midWrite: false,
              checked: 0,
              violations: [`iteration threw: ${(error as Error).stack ?? error}`]
            }
          }
          if (outcome.killed) summary.kills++
          else summary.finishedFirst++
          if (outcome.midWrite) summary.midWrite++
          summary.checked += outcome.checked
          for (const v of outcome.violations) summary.violations.push(`${summary.name} #${i}: ${v}`)
          log(
            `  ${summary.name} #${i}: ${outcome.killed ? 'killed' : 'finished first'}${outcome.midWrite ? ', mid-write' : ''}, ${outcome.violations.length ? `${outcome.violations.length} VIOLATIONS` : 'invariants hold'}`
          )
          if (outcome.violations.length && !options.keep) break // the library is suspect from here on
        }
      })
    )
  } finally {
    if (!options.keep) rmSync(work, { recursive: true, force: true })
  }
  return {
    seed: options.seed,
    iterations: options.iterations,
    ms: Date.now() - started,
    scenarios: summaries,
    violations: summaries.flatMap((s) => s.violations)
  }
}

/** A few lines for people: per scenario, kills, mid-write kills and violations. */
export function formatSummary(summary: CrashLoopSummary): string {
  const lines = [`Crash loop (seed ${summary.seed}) in ${(summary.ms / 1000).toFixed(1)} s:`]
  for (const s of summary.scenarios) {
    if (s.unavailable) lines.push(`  ${s.name.padEnd(7)} skipped: ${s.unavailable}`)
    else
      lines.push(
        `  ${s.name.padEnd(7)} ${s.iterations} runs, ${s.kills} killed while running (${s.midWrite} mid-write), ${s.finishedFirst} finished first, ` +
          `${s.checked} acknowledged states checked, ${s.violations.length ? `${s.violations.length} VIOLATIONS` : 'invariants held'}`
      )
  }
  const kills = summary.scenarios.reduce((n, s) => n + s.kills, 0)
  lines.push(`  total: ${kills} kills, ${summary.violations.length} violations`)
  for (const v of summary.violations.slice(0, 20)) lines.push(`  ! ${v}`)
  return lines.join('\n')
}
