// Imports files into a library one by one: each failure is reported with its reason and the rest go on.
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ImportOutcome, LibraryStore } from '../store/library-store'
import { collectFiles } from './collect-files'
import { importAnnotated, importJsonlText, isAnnotatedInput } from './import-annotated'

/** Pages larger than this are refused: nobody proofreads a 16 MB page, and it would stall the editor. */
export const MAX_PAGE_BYTES = 16 * 1024 * 1024

/** Files imported at the same time by importPaths. */
const IMPORT_CONCURRENCY = 4

export interface ImportProgress {
  done: number
  total: number
  current: string
}

export interface ImportReport {
  outcomes: ImportOutcome[]
  imported: number
  duplicates: number
  failed: number
  skipped: number
}

function report(outcomes: ImportOutcome[], skipped: number): ImportReport {
  return {
    outcomes,
    imported: outcomes.filter((o) => o.status === 'imported').length,
    duplicates: outcomes.filter((o) => o.status === 'duplicate').length,
    failed: outcomes.filter((o) => o.status === 'failed').length,
    skipped
  }
}

function tooLarge(size: number): string {
  return `is ${(size / 1024 / 1024).toFixed(1)} MB; pages larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB are refused (split the file)`
}

/** Imports files and folders given as paths (CLI, Electron dialogs). */
export async function importPaths(
  store: LibraryStore,
  inputs: string[],
  onProgress?: (p: ImportProgress) => void
): Promise<ImportReport> {
  // Exported corpora (corpus.jsonl, brat folders) come back with their articles and spans.
  const annotated: ImportOutcome[] = []
  const plain: string[] = []
  for (const input of inputs) {
    if (await isAnnotatedInput(input)) annotated.push(...(await importAnnotated(store, input)))
    else plain.push(input)
  }
  const collected = await collectFiles(plain)
  const failures: ImportOutcome[] = [
    ...annotated,
    ...collected.failures.map((f): ImportOutcome => ({ status: 'failed', source: f.file, reason: f.reason }))
  ]
  const total = collected.files.length
  const outcomes = new Array<ImportOutcome>(total)
  let next = 0
  let done = 0
  // Several files at a time: each import waits for fsync'd writes, and the disk flushes concurrent writes together
  // (measured in bench/: about 3× the pages per second of one at a time). The store keeps the files' order.
  const worker = async () => {
    while (next < total) {
      const i = next++
      const order = store.nextImportOrder() // taken in file order, so the library lists the files in that order
      const file = collected.files[i]
      onProgress?.({ done, total, current: file })
      outcomes[i] = await importOneFile(store, file, order)
      done++
      if (i % 16 === 15) await new Promise((r) => setImmediate(r)) // keep the event loop (and the UI) responsive
    }
  }
  await Promise.all(Array.from({ length: Math.min(IMPORT_CONCURRENCY, total) }, worker))
  onProgress?.({ done: total, total, current: '' })
  return report([...failures, ...outcomes], collected.skipped)
}

async function importOneFile(store: LibraryStore, file: string, order: number): Promise<ImportOutcome> {
  try {
    const size = (await stat(file)).size
    if (size > MAX_PAGE_BYTES) return { status: 'failed', source: file, reason: tooLarge(size) }
    const outcome = await store.importBytes(basename(file), await readFile(file), order)
    return outcome.status === 'failed' ? { ...outcome, source: file } : outcome
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)' : (error as Error).message
    return { status: 'failed', source: file, reason }
  }
}

/** Imports in-memory files (browser uploads). */
export async function importBuffers(
  store: LibraryStore,
  files: Array<{ name: string; bytes: Uint8Array }>,
  onProgress?: (p: ImportProgress) => void
): Promise<ImportReport> {
  const outcomes: ImportOutcome[] = []
  for (let i = 0; i < files.length; i++) {
    const { name, bytes } = files[i]
    onProgress?.({ done: i, total: files.length, current: name })
    if (/\.jsonl$/i.test(name)) {
      const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
      outcomes.push(...(await importJsonlText(store, name, decoded)))
    } else if (bytes.length > MAX_PAGE_BYTES) outcomes.push({ status: 'failed', source: name, reason: tooLarge(bytes.length) })
    else outcomes.push(await store.importBytes(name, bytes))
    if (i % 16 === 15) await new Promise((r) => setImmediate(r))
  }
  onProgress?.({ done: files.length, total: files.length, current: '' })
  return report(outcomes, 0)
}
