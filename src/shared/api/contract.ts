// The one API contract between the renderer and its host (Electron main over IPC, or the browser host over
// HTTP): input and output schemas per method. Both hosts validate every input against these.
import { z } from 'zod'
import {
  LabelDefSchema,
  PageEntrySchema,
  PageFileSchema,
  PageIdSchema,
  ItemIdSchema,
  LabelNameSchema,
  PageStatusSchema,
  DecisionsSchema,
  PageLayoutSchema,
  EntitySpanSchema,
  OrphanedSpanSchema
} from '../model/schemas'
import type { Suggestion } from '../cleanup/suggestion'
import { EXPORT_FORMATS } from '../export/options'
import type { ApiMethod } from './methods'

const Empty = z.object({}).strict()

export const JobFailureSchema = z.object({ file: z.string(), reason: z.string() })
export const JobStatusSchema = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  current: z.string(),
  message: z.string(),
  failures: z.array(JobFailureSchema),
  /** Kind-specific numbers for the summary shown at the end (imported, duplicates, …). */
  counts: z.record(z.string(), z.number()),
  /** Kind-specific result: the undo list of a library replacement, the summary of an export. */
  result: z.unknown().optional()
})
export type JobStatus = z.infer<typeof JobStatusSchema>

const JobRef = z.object({ jobId: z.string() })

/** The fields of a page a client may change; the host keeps raw text, ids and hashes. */
export const EditablePageSchema = z.object({
  clean: PageFileSchema.shape.clean,
  provenance: PageFileSchema.shape.provenance,
  decisions: DecisionsSchema,
  humanEdited: z.boolean(),
  status: PageStatusSchema,
  layout: PageLayoutSchema.nullable(),
  entities: z.array(EntitySpanSchema).max(1_000_000),
  orphans: z.array(OrphanedSpanSchema).max(100_000)
})
export type EditablePage = z.infer<typeof EditablePageSchema>

/** What to export: formats and filters (the destination is chosen by the host, never sent as a path). */
export const ExportFiltersSchema = z
  .object({
    formats: z.array(z.enum(EXPORT_FORMATS)).min(1),
    statuses: z.array(PageStatusSchema).min(1).nullable(),
    pageIds: z.array(PageIdSchema).min(1).max(1_000_000).nullable(),
    labels: z.array(LabelNameSchema).min(1).nullable(),
    includeHeadlines: z.boolean(),
    includeSuggested: z.boolean(),
    conllTokens: z.enum(['char', 'latin-runs'])
  })
  .strict()

/** Summary of a finished export, in the export job's result. */
export interface ExportResult {
  outDir: string | null
  download: string | null
  files: number
  bytes: number
  counts: Record<string, unknown>
  warnings: string[]
}

const MAX_UPLOAD_BASE64 = 24 * 1024 * 1024

/** Suggestions travel only from host to renderer, so their schema is a type, not a runtime check. */
const SuggestionListSchema = z.array(z.custom<Suggestion>())

export const LibraryQuerySchema = z
  .object({ pattern: z.string().min(1).max(2000), regex: z.boolean(), caseSensitive: z.boolean() })
  .strict()
const LibraryMatchSchema = z.object({
  pageId: z.string(),
  source: z.string(),
  line: z.number(),
  from: z.number(),
  to: z.number(),
  before: z.string(),
  match: z.string(),
  after: z.string(),
  replacement: z.string().optional()
})

export const contract = {
  getLibraryInfo: {
    input: Empty,
    output: z.object({
      libraryId: z.string(),
      dir: z.string(),
      transport: z.enum(['ipc', 'http']),
      nativeDialogs: z.boolean(),
      labels: z.array(LabelDefSchema),
      topics: z.array(z.string()),
      notices: z.array(z.string()),
      /** A background job filling in open-suggestion counts; poll it and reload the page list when done. */
      analysisJob: z.string().nullable()
    })
  },
  listPages: { input: Empty, output: z.array(PageEntrySchema) },
  getPage: { input: z.object({ id: PageIdSchema }).strict(), output: PageFileSchema },
  savePage: {
    input: z
      .object({
        id: PageIdSchema,
        baseRevision: z.number().int().nonnegative(),
        cause: z.enum(['edit', 'accept', 'reject', 'paragraph', 'replace', 'segment', 'tag', 'status']),
        page: EditablePageSchema
      })
      .strict(),
    output: z.object({ revision: z.number().int(), updatedAt: z.string(), entry: PageEntrySchema })
  },
  importFiles: {
    input: z
      .object({
        files: z
          .array(z.object({ name: z.string().min(1).max(255), base64: z.string().max(MAX_UPLOAD_BASE64) }).strict())
          .min(1)
          .max(1000)
      })
      .strict(),
    output: JobRef
  },
  importWithDialog: {
    input: z.object({ mode: z.enum(['files', 'folder']) }).strict(),
    output: JobRef.nullable()
  },
  getJob: { input: JobRef.strict(), output: JobStatusSchema },
  listRevisions: {
    input: z.object({ id: PageIdSchema }).strict(),
    output: z.array(z.object({ revision: z.number().int(), cause: z.string(), at: z.string() }))
  },
  restoreRevision: {
    input: z.object({ id: PageIdSchema, revision: z.number().int().nonnegative() }).strict(),
    output: PageFileSchema
  },
  updateLabels: { input: z.object({ labels: z.array(LabelDefSchema).min(1).max(9) }).strict(), output: z.array(LabelDefSchema) },
  updateSettings: {
    input: z.object({ topics: z.array(z.string().min(1).max(64)).max(500) }).strict(),
    output: z.object({ topics: z.array(z.string()) })
  },
  getSuggestions: {
    input: z.object({ id: PageIdSchema }).strict(),
    output: z.object({ suggestions: SuggestionListSchema, open: z.number().int() })
  },
  decideSuggestions: {
    input: z
      .object({
        id: PageIdSchema,
        baseRevision: z.number().int().nonnegative(),
        accept: z.array(ItemIdSchema).max(100_000),
        reject: z.array(ItemIdSchema).max(100_000)
      })
      .strict(),
    output: z.object({ revision: z.number().int(), accepted: z.number().int(), rejected: z.number().int(), open: z.number().int() })
  },
  runAuto: { input: z.object({ ids: z.array(PageIdSchema).max(1_000_000) }).strict(), output: JobRef },
  findInLibrary: {
    input: z.object({ query: LibraryQuerySchema, replacement: z.string().max(2000).optional() }).strict(),
    output: z.object({ matches: z.array(LibraryMatchSchema), total: z.number().int(), truncated: z.boolean() })
  },
  replaceInLibrary: {
    input: z.object({ query: LibraryQuerySchema, replacement: z.string().max(2000), pageIds: z.array(PageIdSchema).min(1).max(1_000_000) }).strict(),
    output: JobRef
  },
  undoLibraryReplace: {
    input: z.object({ pages: z.array(z.object({ id: PageIdSchema, revision: z.number().int().nonnegative() }).strict()).min(1).max(1_000_000) }).strict(),
    output: z.object({ restored: z.number().int(), failed: z.array(JobFailureSchema) })
  },
  proposeEntities: {
    input: z
      .object({
        clean: PageFileSchema.shape.clean,
        layout: PageLayoutSchema.nullable(),
        existing: z.array(EntitySpanSchema).max(1_000_000)
      })
      .strict(),
    output: z.object({ entities: z.array(EntitySpanSchema) })
  },
  findOccurrencesInLibrary: {
    input: z.object({ text: z.string().min(1).max(200), label: LabelNameSchema }).strict(),
    output: z.array(
      z.object({ pageId: z.string(), source: z.string(), count: z.number().int(), samples: z.array(z.object({ before: z.string(), after: z.string() })) })
    )
  },
  tagOccurrencesInLibrary: {
    input: z.object({ text: z.string().min(1).max(200), label: LabelNameSchema, pageIds: z.array(PageIdSchema).min(1).max(1_000_000) }).strict(),
    output: JobRef
  },
  exportWithDialog: { input: z.object({ filters: ExportFiltersSchema }).strict(), output: JobRef.nullable() },
  exportZip: { input: z.object({ filters: ExportFiltersSchema }).strict(), output: JobRef },
  revealExport: { input: JobRef.strict(), output: z.object({ opened: z.boolean() }) }
} satisfies Record<ApiMethod, { input: z.ZodType; output: z.ZodType }>

export type Contract = typeof contract
export type ApiInput<M extends ApiMethod> = z.input<Contract[M]['input']>
export type ApiOutput<M extends ApiMethod> = z.output<Contract[M]['output']>

/** The client view: one async function per method. */
export type JiaoduiApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> }
