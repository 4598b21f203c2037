// What to export and how: chosen in the export dialog or on the command line, recorded in the manifest.
import type { LabelDef } from '../model/library'
import type { PageStatus } from '../model/page'

/** Export formats; each writes into a subfolder of the same name. */
export const EXPORT_FORMATS = ['txt', 'jsonl', 'labelstudio', 'conll', 'brat', 'md'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Version of the exported file layout and fields; bump when a field changes meaning. */
export const EXPORT_SCHEMA_VERSION = 1

/** The choices that select and shape exported content (recorded in the manifest as "filters"). */
export interface ExportFilters {
  formats: ExportFormat[]
  /** Only articles on pages with these statuses; null = all. */
  statuses: PageStatus[] | null
  /** Only these pages; null = all. */
  pageIds: string[] | null
  /** Only entity spans with these labels; null = all. */
  labels: string[] | null
  /** Put kicker, headline, subheads and byline lines before the body in `text` (spans shift with it). */
  includeHeadlines: boolean
  /** Also export pending (suggested, not yet reviewed) spans, marked as suggestions where the format can. */
  includeSuggested: boolean
  /** CoNLL tokens: one per character, or ASCII letter/digit runs kept together (split at span edges). */
  conllTokens: 'char' | 'latin-runs'
}

export interface ExportOptions extends ExportFilters {
  /** The library's label definitions: order and colours for brat, Label Studio and the manifest. */
  labelSet: LabelDef[]
}

/** Defaults: every format, all pages, accepted spans only, body text without headlines. */
export function defaultExportOptions(labelSet: LabelDef[]): ExportOptions {
  return {
    formats: [...EXPORT_FORMATS],
    statuses: null,
    pageIds: null,
    labels: null,
    includeHeadlines: false,
    includeSuggested: false,
    conllTokens: 'latin-runs',
    labelSet: labelSet.map((l) => ({ ...l }))
  }
}

/** The filter part of `options`, in a fixed key order, with lists sorted so the manifest is deterministic. */
export function exportFiltersOf(options: ExportFilters): ExportFilters {
  const sorted = <T extends string>(xs: T[] | null) => (xs === null ? null : [...new Set(xs)].sort())
  return {
    formats: EXPORT_FORMATS.filter((f) => options.formats.includes(f)),
    statuses: sorted(options.statuses),
    pageIds: sorted(options.pageIds),
    labels: sorted(options.labels),
    includeHeadlines: options.includeHeadlines,
    includeSuggested: options.includeSuggested,
    conllTokens: options.conllTokens
  }
}
