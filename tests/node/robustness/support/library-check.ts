// Reads a library folder file by file, without the store (which would repair what it finds), and reports
// every file that does not parse or validate. Then opens it with the store and checks the index agrees.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { PageFile } from '../../../../src/shared/model/page'
import { pageInvariantError } from '../../../../src/shared/model/page-invariants'
import { LibraryIndexSchema, PageFileSchema } from '../../../../src/shared/model/schemas'
import type { LibraryIndex } from '../../../../src/shared/model/library'
import { LibraryStore } from '../../../../src/node/store/library-store'
import { migrateIndexJson, migratePageJson } from '../../../../src/node/store/migrations'

export const TEMP_FILE = /\.tmp-\d+-[0-9a-z]+$/
const ASIDE_FILE = /\.corrupt-\d+$/
const PAGE_FILE = /^[0-9a-f]{16}\.json$/
const SNAPSHOT_FILE = /^(\d{8})-([a-z-]{1,32})\.json$/

export interface LibraryScan {
  problems: string[]
  index: LibraryIndex | null
  pages: Map<string, PageFile>
  snapshots: Map<string, PageFile[]>
  /** Temp files of writes a kill interrupted (the store deletes them on open). */
  tempFiles: string[]
  /** Damaged files the store moved aside (name.corrupt-<time>), kept for a person to look at. */
  aside: string[]
}

/** Parses and validates a page file's JSON like the store does; throws a message naming the file. */
export function validatePage(json: unknown, file: string): PageFile {
  const parsed = PageFileSchema.safeParse(migratePageJson(json, file).json)
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`)
  const broken = pageInvariantError(parsed.data)
  if (broken) throw new Error(`${file}: ${broken}`)
  return parsed.data
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'))
}

async function names(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => [] as string[])
}

/** Checks every file of the library in `dir`: index, pages and history snapshots. */
export async function scanLibraryFiles(dir: string): Promise<LibraryScan> {
  const scan: LibraryScan = {
    problems: [],
    index: null,
    pages: new Map(),
    snapshots: new Map(),
    tempFiles: [],
    aside: []
  }
  for (const name of await names(dir)) {
    if (TEMP_FILE.test(name)) scan.tempFiles.push(join(dir, name))
    else if (ASIDE_FILE.test(name)) scan.aside.push(join(dir, name))
    else if (!['library.json', 'library.lock', 'pages', 'history', '.exports'].includes(name))
      scan.problems.push(`unexpected file ${join(dir, name)}`)
  }
  const indexFile = join(dir, 'library.json')
  try {
    const parsed = LibraryIndexSchema.safeParse(migrateIndexJson(await readJson(indexFile), indexFile).json)
    if (parsed.success) scan.index = parsed.data
    else scan.problems.push(`${indexFile}: ${parsed.error.issues[0].message}`)
  } catch (error) {
    scan.problems.push(`${indexFile}: ${(error as Error).message}`)
  }
  for (const name of await names(join(dir, 'pages'))) {
    const file = join(dir, 'pages', name)
    if (TEMP_FILE.test(name)) scan.tempFiles.push(file)
    else if (ASIDE_FILE.test(name)) scan.aside.push(file)
    else if (!PAGE_FILE.test(name)) scan.problems.push(`unexpected file ${file}`)
    else {
      try {
        const page = validatePage(await readJson(file), file)
        if (`${page.id}.json` !== name) scan.problems.push(`${file} holds page ${page.id}`)
        scan.pages.set(page.id, page)
      } catch (error) {
        scan.problems.push(`${file}: ${(error as Error).message}`)
      }
    }
  }
  for (const id of await names(join(dir, 'history'))) {
    const snaps: PageFile[] = []
    for (const name of await names(join(dir, 'history', id))) {
      const file = join(dir, 'history', id, name)
      const m = SNAPSHOT_FILE.exec(name)
      if (TEMP_FILE.test(name)) scan.tempFiles.push(file)
      else if (ASIDE_FILE.test(name)) scan.aside.push(file)
      else if (!m) scan.problems.push(`unexpected file ${file}`)
      else {
        try {
          const snap = (await readJson(file)) as { at?: unknown; cause?: unknown; page?: unknown }
          if (typeof snap.at !== 'string' || snap.cause !== m[2])
            throw new Error('snapshot header does not match its name')
          const page = validatePage(snap.page, file)
          if (page.id !== id || page.revision !== Number(m[1]))
            throw new Error(`holds page ${page.id} revision ${page.revision}`)
          snaps.push(page)
        } catch (error) {
          scan.problems.push(`${file}: ${(error as Error).message}`)
        }
      }
    }
    scan.snapshots.set(id, snaps)
  }
  return scan
}

/** Lists every temp file left anywhere in the library. */
export async function tempFilesIn(dir: string): Promise<string[]> {
  return (await scanLibraryFiles(dir)).tempFiles
}

/**
 * Opens the library for writing (as the app would after a crash) and reports what is wrong: a refusal to
 * open, notices about damage, leftover temp files, or an index that disagrees with the page files.
 */
export async function reopenProblems(dir: string, purpose = 'robustness check'): Promise<string[]> {
  const problems: string[] = []
  let store: LibraryStore
  try {
    store = await LibraryStore.open(dir, { purpose })
  } catch (error) {
    return [`the library does not open: ${(error as Error).message}`]
  }
  try {
    for (const notice of store.notices) problems.push(`notice on open: ${notice}`)
    await store.flush() // the index write that opening scheduled, so its temp file is not mistaken for a leftover
    const scan = await scanLibraryFiles(dir)
    problems.push(...scan.problems)
    for (const file of scan.tempFiles) problems.push(`temp file left after open: ${file}`)
    const listed = new Set(store.listPages().map((p) => p.id))
    for (const id of scan.pages.keys()) if (!listed.has(id)) problems.push(`page file ${id} is not in the index`)
    for (const entry of store.listPages()) {
      const page = scan.pages.get(entry.id)
      if (!page) problems.push(`index lists page ${entry.id} that has no file`)
      else if (
        entry.revision !== page.revision ||
        entry.status !== page.status ||
        entry.cleanChars !== page.clean.length
      ) {
        problems.push(
          `index entry of ${entry.id} (revision ${entry.revision}, ${entry.status}) disagrees with its file (revision ${page.revision}, ${page.status})`
        )
      }
    }
  } finally {
    await store.close()
  }
  return problems
}
