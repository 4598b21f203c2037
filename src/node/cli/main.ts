// `jiaodui`: the command line over the same library and core code as the app.
// Exit codes: 0 success, 1 some inputs failed (the rest done), 2 usage errors or a library that cannot be used.
import { resolve } from 'node:path'
import { openAppSession, findSeedsDir } from '../app-session'
import { startHost } from '../host/http-host'
import { ensureRendererBuilt } from '../host/renderer-build'
import { importPaths } from '../import/import-files'
import { autoCleanLibrary } from '../cleanup/auto-clean'
import { defaultEngine } from '../cleanup/default-engine'
import { SuggestionService } from '../cleanup/suggestion-service'
import { defaultLibraryDir } from '../store/library-dir'
import { LibraryStore } from '../store/library-store'
import { StoreError } from '../store/store-error'
import { parseArgs, UsageError, type ParsedArgs } from './args'
import { EXPORT_FORMATS, type ExportFilters, type ExportFormat } from '../../shared/export/options'
import { PAGE_STATUSES } from '../../shared/model/page'
import { exportDownload, exportLibrary } from '../export/library-export'
import { proposeForLibrary, TaggingService } from '../tagging/tagging-service'
import { DUPES_SWITCHES, DUPES_USAGE, DUPES_VALUE_OPTIONS, runDupes } from './dupes'

const USAGE = `Usage: jiaodui <command> [options]

Commands:
  import <files or folders…>   Import text files (UTF-8, UTF-16 with BOM, GB18030/GBK, Big5); folders are
                               walked for .txt/.text/.md files. Re-importing the same bytes does nothing.
                               A JSONL export (.jsonl) or a brat folder comes back with its articles and spans.
  stats [--json]               Pages, articles, characters and pages by status.
  serve [--port N]             Serve the app in a browser on 127.0.0.1 (prints the URL with its access token).
  export --format F,… --out DIR
         [--status S,…] [--page ID,…] [--labels L,…] [--include-suggested] [--include-headlines]
         [--conll-tokens char|latin-runs]
                               Export articles: formats txt, jsonl, labelstudio, conll, brat, md (or all), each
                               into DIR/<format>/, with DIR/manifest.json. DIR must be new or empty.
  propose [--page ID,…]        Propose entities (PER, ORG, LOC, DATE, MONEY …) on pages as pending spans for
                               review; export them with --include-suggested. Decided spans are kept.
${DUPES_USAGE}
  auto [--page ID,…]           Apply the cleanup engine's safe suggestions to pages nobody has edited by hand
                               (all pages, or the ones named); decisions people made are never changed.

Options:
  --library DIR   Library folder (default: $JIAODUI_LIBRARY, else the desktop app's library:
                  ${defaultLibraryDir()})
  --help, -h      Show this help.

Exit status: 0 success, 1 some inputs failed (the others were done), 2 usage error.`

const VALUE_OPTIONS = [
  ...new Set(['library', 'port', 'page', 'format', 'out', 'status', 'labels', 'conll-tokens', ...DUPES_VALUE_OPTIONS])
]
const SWITCHES = [...new Set(['json', 'help', 'include-suggested', 'include-headlines', ...DUPES_SWITCHES])]

/** The repository (or app) root: bin/ and seeds/ live there. */
const ROOT = resolve(__dirname, '../../..')

interface Io {
  out: (line: string) => void
  err: (line: string) => void
}

function libraryDir(args: ParsedArgs): string {
  return resolve(args.options.library ?? defaultLibraryDir())
}

async function runImport(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('import needs at least one file or folder')
  const store = await LibraryStore.open(libraryDir(args), { purpose: 'jiaodui import' })
  try {
    let lastShown = 0
    const report = await importPaths(store, args.positionals, (p) => {
      if (process.stderr.isTTY && p.total > 20 && Date.now() - lastShown > 200) {
        lastShown = Date.now()
        process.stderr.write(`\rImporting ${p.done}/${p.total}…`)
      }
    })
    if (process.stderr.isTTY && report.outcomes.length > 20) process.stderr.write('\r\x1b[K')
    for (const o of report.outcomes) {
      if (o.status === 'imported') io.out(`imported  ${o.source} → page ${o.id} (${o.encoding}${o.note ? `; ${o.note}` : ''})`)
      else if (o.status === 'duplicate') io.out(`unchanged ${o.source}: same bytes as page ${o.id} (${o.existingSource}), already in the library`)
      else io.err(`refused   ${o.source}: ${o.reason}`)
    }
    io.out(
      `${report.imported} imported, ${report.duplicates} already present, ${report.failed} refused` +
        (report.skipped ? `, ${report.skipped} non-text files in folders skipped` : '') +
        ` — library ${store.dir}`
    )
    return report.failed > 0 ? 1 : 0
  } finally {
    await store.close()
  }
}

async function runStats(args: ParsedArgs, io: Io): Promise<number> {
  const store = await LibraryStore.open(libraryDir(args), { readOnly: true })
  const stats = store.stats()
  if (args.switches.has('json')) io.out(JSON.stringify({ library: store.dir, ...stats }))
  else {
    io.out(`Library   ${store.dir}`)
    io.out(`Pages     ${stats.pages}`)
    io.out(`Articles  ${stats.articles}`)
    io.out(`Characters ${stats.characters} clean (${stats.rawCharacters} raw)`)
    io.out(`Entities  ${stats.entities}`)
    io.out(`By status ${Object.entries(stats.byStatus).map(([k, v]) => `${k} ${v}`).join(', ')}`)
  }
  return 0
}

async function runAuto(args: ParsedArgs, io: Io): Promise<number> {
  const store = await LibraryStore.open(libraryDir(args), { purpose: 'jiaodui auto' })
  try {
    const ids = args.options.page ? args.options.page.split(',') : []
    for (const id of ids) if (!store.entry(id)) throw new UsageError(`No page ${id} in the library ${store.dir}`)
    const service = new SuggestionService(defaultEngine)
    const report = await autoCleanLibrary(store, service, ids, (done, total) => {
      if (process.stderr.isTTY && total > 20) process.stderr.write(`\rCleaning ${done}/${total}…`)
    })
    if (process.stderr.isTTY && report.pages > 20) process.stderr.write('\r\x1b[K')
    for (const f of report.failed) io.err(`failed    page ${f.page}: ${f.reason}`)
    const kinds = Object.entries(report.applied).sort((a, b) => b[1] - a[1])
    if (args.switches.has('json')) io.out(JSON.stringify(report))
    else {
      for (const [kind, n] of kinds) io.out(`${String(n).padStart(7)}  ${kind}`)
      io.out(
        `${report.changed} of ${report.pages} pages cleaned, ${kinds.reduce((a, [, n]) => a + n, 0)} safe suggestions applied` +
          (report.skippedHumanEdited ? `; ${report.skippedHumanEdited} pages edited by hand left alone` : '')
      )
    }
    return report.failed.length > 0 ? 1 : 0
  } finally {
    await store.close()
  }
}

function listOption<T extends string>(value: string | undefined, allowed: readonly T[] | null, what: string): T[] | null {
  if (value === undefined) return null
  const items = value.split(',').map((x) => x.trim()).filter(Boolean)
  if (items.length === 0) throw new UsageError(`--${what} needs at least one value`)
  if (allowed) for (const x of items) if (!allowed.includes(x as T)) throw new UsageError(`--${what}: unknown value "${x}" (use ${allowed.join(', ')})`)
  return items as T[]
}

async function runExport(args: ParsedArgs, io: Io): Promise<number> {
  if (!args.options.out) throw new UsageError('export needs --out DIR')
  if (!args.options.format) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(',')} or all)`)
  const formats = args.options.format === 'all' ? [...EXPORT_FORMATS] : (listOption(args.options.format, EXPORT_FORMATS, 'format') as ExportFormat[])
  const tokens = args.options['conll-tokens'] ?? 'latin-runs'
  if (tokens !== 'char' && tokens !== 'latin-runs') throw new UsageError('--conll-tokens is char or latin-runs')
  // Reading needs no lock: exporting works while the app has the library open.
  const store = await LibraryStore.open(libraryDir(args), { readOnly: true })
  const pageIds = listOption(args.options.page, null, 'page')
  for (const id of pageIds ?? []) if (!store.entry(id)) throw new UsageError(`No page ${id} in the library ${store.dir}`)
  const filters: ExportFilters = {
    formats,
    statuses: listOption(args.options.status, PAGE_STATUSES, 'status'),
    pageIds,
    labels: listOption(args.options.labels, store.labels.map((l) => l.name), 'labels'),
    includeHeadlines: args.switches.has('include-headlines'),
    includeSuggested: args.switches.has('include-suggested'),
    conllTokens: tokens
  }
  const out = resolve(args.options.out)
  let shown = 0
  const summary = await exportLibrary(store, filters, out, (p) => {
    if (process.stderr.isTTY && Date.now() - shown > 200) {
      shown = Date.now()
      process.stderr.write(`\rExporting page ${p.pages}/${p.totalPages}, ${p.articles} articles…`)
    }
  })
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K')
  for (const w of [...summary.pageWarnings, ...summary.warnings].slice(0, 20)) io.err(`warning   ${w}`)
  const c = summary.manifest.counts
  if (args.switches.has('json')) io.out(JSON.stringify({ outDir: summary.outDir, files: summary.files, bytes: summary.bytes, counts: c }))
  else {
    io.out(`Exported ${c.articles} articles from ${c.pages} pages (${c.characters} characters) as ${formats.join(', ')}`)
    io.out(`Entities: ${Object.entries(c.entities).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}${filters.includeSuggested ? `; suggested: ${Object.entries(c.suggested).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}` : ''}`)
    io.out(`${summary.files} files, ${(summary.bytes / 1024 / 1024).toFixed(1)} MB in ${summary.outDir} (manifest.json lists their sha256)`)
  }
  return 0
}

async function runPropose(args: ParsedArgs, io: Io): Promise<number> {
  const store = await LibraryStore.open(libraryDir(args), { purpose: 'jiaodui propose' })
  try {
    const ids = listOption(args.options.page, null, 'page') ?? []
    for (const id of ids) if (!store.entry(id)) throw new UsageError(`No page ${id} in the library ${store.dir}`)
    const result = await proposeForLibrary(store, new TaggingService(store), ids, (done, total) => {
      if (process.stderr.isTTY && total > 20) process.stderr.write(`\rProposing ${done}/${total}…`)
    })
    if (process.stderr.isTTY && result.pages > 20) process.stderr.write('\r\x1b[K')
    if (args.switches.has('json')) io.out(JSON.stringify(result))
    else io.out(`${result.proposed} entities proposed on ${result.pages} pages (${Object.entries(result.byLabel).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}); review them in the app`)
    return 0
  } finally {
    await store.close()
  }
}

async function runServe(args: ParsedArgs, io: Io): Promise<number> {
  const port = args.options.port === undefined ? 0 : Number(args.options.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not ${args.options.port}`)
  const assetsDir = ensureRendererBuilt(ROOT, io.err)
  const session = await openAppSession({
    libraryDir: libraryDir(args),
    platform: { transport: 'http' },
    purpose: 'jiaodui serve (browser app)',
    seedsDir: findSeedsDir([resolve(ROOT, 'seeds')])
  })
  const host = await startHost({ handlers: session.handlers, assetsDir, port, downloads: (name) => exportDownload(session.store.dir, name) })
  for (const notice of session.store.notices) io.err(`note: ${notice}`)
  io.out(`Jiaodui is running at ${host.url}`)
  io.out(`Library: ${session.store.dir} (${session.store.listPages().length} pages). Press Ctrl+C to stop.`)
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await host.close()
  await session.close()
  return 0
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: string[], io: Io = { out: (l) => console.log(l), err: (l) => console.error(l) }): Promise<number> {
  try {
    const args = parseArgs(argv, VALUE_OPTIONS, SWITCHES)
    if (args.switches.has('help') || args.command === null || args.command === 'help') {
      io.out(USAGE)
      return args.command === null && !args.switches.has('help') ? 2 : 0
    }
    switch (args.command) {
      case 'import':
        return await runImport(args, io)
      case 'stats':
        return await runStats(args, io)
      case 'serve':
        return await runServe(args, io)
      case 'auto':
        return await runAuto(args, io)
      case 'export':
        return await runExport(args, io)
      case 'propose':
        return await runPropose(args, io)
      case 'dupes':
        return await runDupes(args, io)
      default:
        throw new UsageError(`Unknown command "${args.command}"`)
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`jiaodui: ${error.message}\nRun "jiaodui --help" for usage.`)
      return 2
    }
    if (error instanceof StoreError) {
      io.err(`jiaodui: ${error.message}`)
      return 2
    }
    io.err(`jiaodui: ${(error as Error).message}`)
    return 2
  }
}
