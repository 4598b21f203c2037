// How format writers hand their output on: as file chunks, so a 5,000-page export streams to disk (or a zip)
// one article at a time. Paths are relative, "/"-separated, and always start with the format's folder.
import type { ExportFormat } from './options'
import type { PreparedArticle } from './prepare'

export interface FileSink {
  /** A complete file (e.g. one article's .txt); each path is written at most once. */
  file(path: string, data: string): void
  /** Appends to a file that grows through the export (e.g. corpus.jsonl); created on first append. */
  append(path: string, data: string): void
}

/** One format: `add` is called once per article in page order, `end` once after the last. */
export interface FormatWriter {
  readonly format: ExportFormat
  add(article: PreparedArticle, sink: FileSink): void
  end(sink: FileSink, labels: readonly LabelStyle[]): void
}

/** A label as configuration files (brat, Label Studio) list it. */
export interface LabelStyle {
  name: string
  color: string
}
