// Runs the pure exporter into memory: path -> file content.
import type { ExportArticle } from '../../../src/shared/export/article'
import { createCorpusExporter, type CorpusExportResult } from '../../../src/shared/export/corpus'
import { defaultExportOptions, type ExportOptions } from '../../../src/shared/export/options'
import type { FileSink } from '../../../src/shared/export/sink'
import { LABEL_SET } from './fixtures'

export class MemorySink implements FileSink {
  readonly files = new Map<string, string>()
  file(path: string, data: string): void {
    if (this.files.has(path)) throw new Error(`${path} written twice`)
    this.files.set(path, data)
  }
  append(path: string, data: string): void {
    this.files.set(path, (this.files.get(path) ?? '') + data)
  }
}

export function options(overrides: Partial<ExportOptions> = {}): ExportOptions {
  return { ...defaultExportOptions(LABEL_SET), ...overrides }
}

export function exportToMemory(
  articles: Iterable<ExportArticle>,
  overrides: Partial<ExportOptions> = {}
): { files: Map<string, string>; result: CorpusExportResult } {
  const sink = new MemorySink()
  const exporter = createCorpusExporter(options(overrides), sink)
  for (const a of articles) exporter.add(a)
  return { files: sink.files, result: exporter.end() }
}

/** Code-point slice, as Python's text[start:end]. */
export function cpSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('')
}
