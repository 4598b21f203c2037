// `npm run bench -- --pages N [--json] [--smoke] [--no-browser] [--keep]`: builds a synthetic library of N pages
// from the seed pages (deterministic), runs every measure on it and prints one table (figure, floor measured in
// the same run, ratio, target). The results are saved as bench/results/<YYYY-MM-DD>-<N>.json (a --smoke run
// saves into its temp folder instead, so CI leaves the repository clean); with --json the same object is the
// last line of stdout. Exits non-zero only when the script itself breaks, never on a missed target.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { measureBrowser } from './measure-browser'
import { measureInChild, MeasureTimeout } from './measure-child'
import { measureDedup } from './measure-dedup'
import { measureImport } from './measure-import'
import { measureOpen } from './measure-open'
import { measureSave } from './measure-save'
import { formatTable, round, type MeasureResult, type Row } from './report'
import { generateLibrary, type SyntheticLibrary } from './synthetic/synthetic-library'
import { loadAverage, machineInfo, today } from './system'

const ROOT = join(__dirname, '..')

interface Options {
  pages: number
  json: boolean
  smoke: boolean
  browser: boolean
  keep: boolean
  only: Set<string> | null
  /** A folder kept by an earlier --keep run: reuse its pages and library (no generation, no measure 1). */
  reuse: string | null
}

const USAGE =
  'Usage: npm run bench -- [--pages N] [--json] [--smoke] [--no-browser] [--only 2,3,4] [--keep] [--reuse DIR]'

function parseOptions(argv: string[]): Options {
  const o: Options = { pages: 5000, json: false, smoke: false, browser: true, keep: false, only: null, reuse: null }
  let pagesGiven = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--pages') {
      o.pages = Number(argv[++i])
      pagesGiven = true
      if (!Number.isInteger(o.pages) || o.pages < 2)
        throw new Error(`--pages must be a whole number of at least 2\n${USAGE}`)
    } else if (arg === '--json') o.json = true
    else if (arg === '--smoke') o.smoke = true
    else if (arg === '--no-browser') o.browser = false
    else if (arg === '--keep') o.keep = true
    else if (arg === '--only') o.only = new Set((argv[++i] ?? '').split(','))
    else if (arg === '--reuse') o.reuse = argv[++i] ?? ''
    else throw new Error(`Unknown option ${arg}\n${USAGE}`)
  }
  if (o.smoke && !pagesGiven) o.pages = 50
  if (o.smoke) o.browser = false // Chromium plus a possible renderer build would take most of CI's 60 s
  return o
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  const log = (line: string) => (options.json ? process.stderr : process.stdout).write(line + '\n')
  const machine = machineInfo()
  const work = options.reuse ?? mkdtempSync(join(tmpdir(), 'jiaodui-bench-'))
  const inputDir = join(work, 'input')
  const libraryDir = join(work, 'library')
  const scratch = join(work, 'scratch')
  for (const d of [inputDir, scratch]) mkdirSync(d, { recursive: true })
  const started = Date.now()
  const rows: Row[] = []
  const details: Record<string, unknown> = {}
  // Measure 1 builds the library the others use: it runs unless an earlier run's library is reused.
  const want = (n: string) => (n === '1' ? !options.reuse : options.only === null || options.only.has(n))
  try {
    const g0 = performance.now()
    let library: SyntheticLibrary
    if (options.reuse) {
      library = JSON.parse(readFileSync(join(work, 'synthetic.json'), 'utf8')) as SyntheticLibrary
      options.pages = library.files.length
      log(`Reusing ${options.pages} pages and their library in ${work}`)
    } else {
      log(`Generating ${options.pages} pages in ${inputDir}…`)
      library = generateLibrary(inputDir, { pages: options.pages, seedsDir: join(ROOT, 'seeds') })
      writeFileSync(join(work, 'synthetic.json'), JSON.stringify(library))
    }
    details.library = {
      pages: library.files.length,
      sourceMB: round(library.bytes / 1e6),
      plantedPairs: library.planted.length,
      pagesWithInnerDuplicate: library.pagesWithInnerDuplicate,
      generateSeconds: round((performance.now() - g0) / 1000, 1)
    }
    const run = async (key: string, name: string, measure: () => Promise<MeasureResult> | MeasureResult) => {
      if (!want(key)) return
      log(`Measuring ${name}…`)
      const t0 = performance.now()
      try {
        const result = await measure()
        rows.push(...result.rows)
        details[name] = { ...result.details, measureSeconds: round((performance.now() - t0) / 1000, 1) }
      } catch (error) {
        // A measure that breaks is reported and fails the run (the script is broken); the others still run. One that
        // hangs is a finding about the measured code: reported, not a failure of the script.
        const timedOut = error instanceof MeasureTimeout
        const message = (error as Error).message.split('\n')[0]
        rows.push({
          measure: name,
          what: timedOut ? 'did not finish' : 'error',
          value: null,
          unit: '',
          note: timedOut ? message : `the measure failed: ${message}`
        })
        details[name] = { error: (error as Error).stack }
        if (!timedOut) process.exitCode = 1
      }
    }
    await run('1', '1 import', () => measureImport(inputDir, libraryDir, join(scratch, 'import-floor'), library.bytes))
    rmSync(join(scratch, 'import-floor'), { recursive: true, force: true })
    // The engine and the exporters run in child processes with a time limit: an endless loop there must not hang the run.
    await run('2', '2 cleanup', () =>
      measureInChild('cleanup', [inputDir, String(options.smoke ? 0.5 : 4)], 10 * 60_000)
    )
    await run('3', '3 near-duplicates', () => measureDedup(libraryDir, library.planted))
    await run('4', '4 save', () => measureSave(libraryDir, scratch, options.smoke ? 5 : undefined))
    await run('5', '5 open', () => measureOpen(libraryDir, options.smoke ? 1 : 3))
    await run('6', '6 export', () => measureInChild('export', [libraryDir, scratch], 180_000 + options.pages * 30))
    if (options.browser)
      await run('7', '7 browser', () =>
        measureBrowser(libraryDir, inputDir, library.files, library.largePage, options.pages)
      )
    else
      rows.push({
        measure: '7 browser',
        what: 'Chromium measures',
        value: null,
        unit: '',
        note: options.smoke ? 'skipped in --smoke runs' : 'skipped (--no-browser)'
      })
  } finally {
    if (!options.keep && !options.reuse) rmSync(work, { recursive: true, force: true })
  }

  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim()
  const result = {
    date: today(),
    command,
    pages: options.pages,
    smoke: options.smoke,
    machine: { ...machine, loadAverageAtEnd: loadAverage() },
    totalSeconds: round((Date.now() - started) / 1000, 1),
    rows,
    details
  }
  // Smoke runs and partial runs (--only, --reuse) keep bench/results clean: they save in the work folder if kept.
  const partial = options.reuse !== null || options.only !== null
  const resultsDir = options.smoke || partial ? work : join(ROOT, 'bench', 'results')
  const file = join(resultsDir, `${result.date}-${options.pages}.json`)
  const saved = (!options.smoke && !partial) || options.keep || options.reuse !== null
  if (saved) {
    mkdirSync(resultsDir, { recursive: true })
    writeFileSync(file, JSON.stringify(result, null, 2) + '\n')
  }
  log('')
  log(
    `Jiaodui bench: ${options.pages} pages (${(details.library as { sourceMB: number }).sourceMB} MB of raw text), ${machine.cpus} cores, Node ${machine.node}, load average ${machine.loadAverageAtStart} at start, ${loadAverage()} at end`
  )
  log(formatTable(rows))
  log('')
  log(saved ? `Saved ${file} (${result.totalSeconds} s)` : `(results not saved; ${result.totalSeconds} s)`)
  if (options.json) process.stdout.write(JSON.stringify(result) + '\n')
}

main().catch((error: Error) => {
  console.error(`bench: ${error.message}`)
  process.exit(2)
})
