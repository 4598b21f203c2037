// Runtime schemas for stored files and API payloads. Types in page.ts/library.ts are the source of truth;
// the `satisfies` checks below keep the two in step.
import { z } from 'zod'
import { ARTICLE_TYPES, LINE_ROLES, PAGE_STATUSES } from './page'
import type { EntitySpan, OrphanedSpan, PageFile, PageLayout } from './page'
import type { LabelDef, LibraryIndex, PageEntry } from './library'

/** Page ids are 16 lowercase hex digits (a prefix of the source bytes' sha256): safe as file names. */
export const PageIdSchema = z.string().regex(/^[0-9a-f]{16}$/, 'page id must be 16 lowercase hex digits')
/** Ids of suggestions, articles and spans: short, file- and key-safe (no `__proto__`). */
export const ItemIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'id must be 1–64 letters, digits, _ or -, starting with a letter or digit')

const offset = z.number().int().nonnegative()
const isoTime = z.string().max(40)

export const PageStatusSchema = z.enum(PAGE_STATUSES)
export const LabelNameSchema = z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'label names are A–Z, 0–9 and _, starting with a letter')

export const EntitySpanSchema = z
  .object({
    id: ItemIdSchema,
    start: offset,
    end: offset,
    label: LabelNameSchema,
    status: z.enum(['accepted', 'pending', 'rejected']),
    origin: z.enum(['human', 'rule', 'import'])
  })
  .refine((s) => s.end > s.start, { message: 'span end must be greater than its start' })
export const OrphanedSpanSchema = z.object({ span: EntitySpanSchema, text: z.string().max(10_000), at: isoTime })

export const PageLayoutSchema = z.object({
  articles: z
    .array(
      z.object({
        id: ItemIdSchema,
        start: offset,
        type: z.enum(ARTICLE_TYPES),
        tags: z.array(z.string().min(1).max(64)).max(64),
        region: z.string().max(64).nullable()
      })
    )
    .max(10_000),
  roles: z.array(z.object({ at: offset, role: z.enum(LINE_ROLES) })).max(200_000)
})

export const DecisionSchema = z.object({
  action: z.enum(['accepted', 'rejected']),
  at: isoTime,
  by: z.enum(['human', 'auto'])
})
/** Decisions keyed by suggestion id; keys are checked so `__proto__` and friends cannot get in. */
export const DecisionsSchema = z.record(ItemIdSchema, DecisionSchema)

const MAX_TEXT = 64 * 1024 * 1024

export const PageFileSchema = z.object({
  schema: z.number().int().positive(),
  id: PageIdSchema,
  source: z.string().min(1).max(1024),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string().max(32),
  importedAt: isoTime,
  updatedAt: isoTime,
  revision: z.number().int().nonnegative(),
  status: PageStatusSchema,
  raw: z.string().max(MAX_TEXT),
  clean: z.string().max(MAX_TEXT),
  provenance: z.array(z.number().int().min(-1)),
  decisions: DecisionsSchema,
  humanEdited: z.boolean(),
  layout: PageLayoutSchema.nullable(),
  entities: z.array(EntitySpanSchema).max(1_000_000),
  orphans: z.array(OrphanedSpanSchema).max(100_000)
})

export const LabelDefSchema = z.object({
  name: LabelNameSchema,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must be #rrggbb'),
  hotkey: z.string().regex(/^[1-9]$/, 'hotkey must be a digit 1–9')
})

export const PageEntrySchema = z.object({
  id: PageIdSchema,
  source: z.string(),
  sha256: z.string(),
  encoding: z.string(),
  title: z.string(),
  rawBytes: z.number().int().nonnegative(),
  rawChars: z.number().int().nonnegative(),
  cleanChars: z.number().int().nonnegative(),
  status: PageStatusSchema,
  openSuggestions: z.number().int().nonnegative().nullable(),
  articles: z.number().int().nonnegative(),
  entities: z.number().int().nonnegative(),
  revision: z.number().int().nonnegative(),
  importedAt: isoTime,
  updatedAt: isoTime
})

export const LibraryIndexSchema = z.object({
  schema: z.number().int().positive(),
  libraryId: z.string().min(1).max(64),
  createdAt: isoTime,
  settings: z.object({ topics: z.array(z.string().min(1).max(64)).max(500) }),
  labels: z.array(LabelDefSchema).max(9),
  pages: z.array(PageEntrySchema)
})

// Compile-time agreement between the schemas and the hand-written types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const schemaTypeChecks: [
  Same<z.infer<typeof PageFileSchema>, PageFile>,
  Same<z.infer<typeof EntitySpanSchema>, EntitySpan>,
  Same<z.infer<typeof OrphanedSpanSchema>, OrphanedSpan>,
  Same<z.infer<typeof PageLayoutSchema>, PageLayout>,
  Same<z.infer<typeof PageEntrySchema>, PageEntry>,
  Same<z.infer<typeof LabelDefSchema>, LabelDef>,
  Same<z.infer<typeof LibraryIndexSchema>, LibraryIndex>
] = [true, true, true, true, true, true, true]
