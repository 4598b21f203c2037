// Importing an annotated corpus back into a library: a JSONL export file (corpus.jsonl) or a brat folder
// (NAME.txt + NAME.ann). Each refused record or span is reported with its file, line and reason; the rest
// is imported.
import { readdir, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { importedToArticles, type ImportResult } from '../../shared/import-formats/imported'
import { pagesFromArticles } from '../../shared/import-formats/to-pages'
import { createJsonlImporter } from '../../shared/import-formats/jsonl'
import { importBratFolder, importJsonlFile } from '../export/read-imports'
import type { ImportOutcome, LibraryStore } from '../store/library-store'

/** True for inputs imported as annotated corpora rather than as raw OCR text. */
export async function isAnnotatedInput(path: string): Promise<boolean> {
  if (/\.jsonl$/i.test(path)) return true
  try {
    if (!(await stat(path)).isDirectory()) return false
    const names = await readdir(path)
    return names.includes('annotation.conf') || names.some((n) => n.endsWith('.ann'))
  } catch {
    return false
  }
}

/** Imports one JSONL file or brat folder; returns the outcome of every page and of every refused line. */
export async function importAnnotated(store: LibraryStore, path: string): Promise<ImportOutcome[]> {
  const labels = store.labels.map((l) => l.name)
  let result: ImportResult
  try {
    result = /\.jsonl$/i.test(path) ? await importJsonlFile(path, { labels }) : await importBratFolder(path, { labels })
  } catch (error) {
    return [{ status: 'failed', source: path, reason: (error as Error).message }]
  }
  return storeImported(store, result, path)
}

/** Imports a JSONL export that arrived as text (a browser upload named `name`). */
export async function importJsonlText(store: LibraryStore, name: string, text: string): Promise<ImportOutcome[]> {
  const importer = createJsonlImporter({ labels: store.labels.map((l) => l.name), file: name })
  for (const line of text.split(/\r?\n/)) importer.line(line)
  return storeImported(store, importer.finish(), name)
}

async function storeImported(store: LibraryStore, result: ImportResult, origin: string): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = result.issues
    .filter((i) => i.severity !== 'note')
    .map((i) => ({ status: 'failed', source: `${origin}${i.line ? `, line ${i.line}` : ''}`, reason: `${i.severity === 'span' ? 'span refused: ' : ''}${i.reason}` }))
  // An empty document (a headline-only article exported without its headline) carries nothing to import.
  for (const page of pagesFromArticles(importedToArticles(result.documents)).filter((p) => p.text.trim() !== '')) {
    outcomes.push(await store.importAnnotatedPage({ ...page, source: page.source || basename(origin) }))
  }
  return outcomes
}
