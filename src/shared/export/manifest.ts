// manifest.json beside the format folders: what was exported, how, and the sha256 of every file written.
import type { ExportCounts } from './corpus'
import { EXPORT_SCHEMA_VERSION, exportFiltersOf, type ExportFilters } from './options'

export interface ExportManifest {
  tool: { name: string; version: string }
  schema: number
  libraryId: string
  createdAt: string
  /** Unit of every offset in the exported files. */
  offsets: 'unicode-code-points, end exclusive'
  filters: ExportFilters
  counts: ExportCounts
  /** Relative path ("/"-separated) → sha256 hex of the file's bytes, sorted by path; the manifest itself excluded. */
  files: Record<string, string>
}

export const MANIFEST_PATH = 'manifest.json'

/** Builds the manifest; `files` may come in any order. */
export function buildManifest(input: {
  toolName: string
  toolVersion: string
  libraryId: string
  createdAt: string
  filters: ExportFilters
  counts: ExportCounts
  files: Iterable<[string, string]>
}): ExportManifest {
  const files: Record<string, string> = {}
  for (const [path, hash] of [...input.files].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    files[path] = hash
  return {
    tool: { name: input.toolName, version: input.toolVersion },
    schema: EXPORT_SCHEMA_VERSION,
    libraryId: input.libraryId,
    createdAt: input.createdAt,
    offsets: 'unicode-code-points, end exclusive',
    filters: exportFiltersOf(input.filters),
    counts: input.counts,
    files
  }
}

/** The manifest file's text: two-space JSON with a final newline. */
export function manifestText(m: ExportManifest): string {
  return JSON.stringify(m, null, 2) + '\n'
}
