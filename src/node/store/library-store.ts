// A library is a folder: library.json (a small lowdb index: settings, labels, one summary per page) and
// pages/<id>.json (one lowdb file per page), plus history/<id>/ snapshots. Saving a page writes that page's
// file only; the index is rewritten (debounced) only when a summary field people see changes.
import { createHash, randomUUID } from 'node:crypto'
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { DEFAULT_LABELS, DEFAULT_TOPICS, LIBRARY_SCHEMA_VERSION } from '../../shared/model/library'
import type { LabelDef, LibraryIndex, LibrarySettings, PageEntry } from '../../shared/model/library'
import { PAGE_SCHEMA_VERSION, PAGE_STATUSES } from '../../shared/model/page'
import type { EntitySpan, PageFile, PageLayout, PageStatus } from '../../shared/model/page'
import { pageInvariantError } from '../../shared/model/page-invariants'
import { LibraryIndexSchema, PageFileSchema } from '../../shared/model/schemas'
import { decodeText } from '../import/decode-text'
import { AtomicJsonFile, writeFileAtomic } from './atomic-json-file'
import { LibraryLock } from './library-lock'
import { migrateIndexJson, migratePageJson } from './migrations'
import { PageHistory, type RevisionInfo } from './page-history'
import { summarizePage } from './page-summary'
import { StoreError } from './store-error'

export type ImportOutcome =
  | { status: 'imported'; id: string; source: string; encoding: string; note?: string }
  | { status: 'duplicate'; id: string; source: string; existingSource: string }
  | { status: 'failed'; source: string; reason: string }

export interface OpenOptions {
  /** Read without taking the writer lock (stats, listing). Writes then throw StoreError('read-only'). */
  readOnly?: boolean
  /** Who holds the lock, shown to a second writer ("Jiaodui desktop app", "jiaodui import"). */
  purpose?: string
}

export interface LibraryStats {
  pages: number
  articles: number
  characters: number
  rawCharacters: number
  entities: number
  byStatus: Record<PageStatus, number>
}

/** Causes that always keep a history snapshot; other saves keep one at most every SNAPSHOT_INTERVAL_MS. */
const ALWAYS_SNAPSHOT = new Set(['import', 'auto', 'restore', 'recover'])
const SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000
const INDEX_WRITE_DELAY_MS = 300
/**
 * The index is rewritten whole (lowdb), so its cost grows with the library: a scheduled write waits at least this
 * many times the last write's duration, keeping index writes to a few percent of a long import. Crash recovery
 * (reconcile) rebuilds the entries an index written later misses.
 */
const INDEX_WRITE_SPACING = 20
const INDEX_WRITE_MAX_DELAY_MS = 5000
const CACHE_SIZE = 32

/** Summary fields whose change is worth an index write; the rest ride along with the next one. */
const SIGNIFICANT: (keyof PageEntry)[] = ['title', 'status', 'openSuggestions', 'articles', 'entities', 'source']

function nowIso(): string {
  return new Date().toISOString()
}

function parsePage(json: unknown, file: string): PageFile {
  const { json: migrated } = migratePageJson(json, file)
  const parsed = PageFileSchema.safeParse(migrated)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new StoreError('corrupt', `${file}: ${issue.path.join('.') || 'file'}: ${issue.message}`)
  }
  const broken = pageInvariantError(parsed.data)
  if (broken) throw new StoreError('corrupt', `${file}: ${broken}`)
  return parsed.data
}

function parseIndex(json: unknown, file: string, onMigrated?: (from: number) => void): LibraryIndex {
  const { json: migrated, from } = migrateIndexJson(json, file)
  if (from !== LIBRARY_SCHEMA_VERSION) onMigrated?.(from)
  const parsed = LibraryIndexSchema.safeParse(migrated)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new StoreError('corrupt', `${file}: ${issue.path.join('.') || 'file'}: ${issue.message}`)
  }
  return parsed.data
}

/** sha256 of the bytes and the page id derived from it (first 16 hex digits): stable across imports. */
export function pageIdentity(bytes: Uint8Array): { sha256: string; id: string } {
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return { sha256, id: sha256.slice(0, 16) }
}

export class LibraryStore {
  /** Things the user should be told about, such as a damaged page file that was moved aside and restored. */
  readonly notices: string[] = []
  /** True when this open created the library (the app then imports the seed pages). */
  created = false

  private readonly byId = new Map<string, PageEntry>()
  private readonly cache = new Map<string, PageFile>()
  private readonly queues = new Map<string, Promise<unknown>>()
  private readonly lastSnapshot = new Map<string, number>()
  private readonly history: PageHistory
  /** Order in which importBytes calls started, per page imported by this instance (see insertInImportOrder). */
  private readonly importOrder = new Map<string, number>()
  private importsStarted = 0
  private indexTimer: NodeJS.Timeout | null = null
  private indexWrite: Promise<void> = Promise.resolve()
  private lastIndexWriteMs = 0
  private closed = false

  private constructor(
    readonly dir: string,
    private readonly db: Low<LibraryIndex>,
    private readonly lock: LibraryLock | null
  ) {
    this.history = new PageHistory(join(dir, 'history'))
    for (const entry of db.data.pages) this.byId.set(entry.id, entry)
  }

  /** Opens (creating it if needed) the library in `dir`. */
  static async open(dir: string, options: OpenOptions = {}): Promise<LibraryStore> {
    const readOnly = options.readOnly ?? false
    const indexFile = join(dir, 'library.json')
    if (!readOnly) {
      await mkdir(join(dir, 'pages'), { recursive: true }).catch((error: Error) => {
        throw new StoreError('io', `Cannot create the library folder ${dir}: ${error.message}`)
      })
      await mkdir(join(dir, 'history'), { recursive: true })
    }
    const lock = readOnly ? null : LibraryLock.acquire(dir, options.purpose ?? 'Jiaodui')
    try {
      let migratedFrom: number | null = null
      const db = new Low<LibraryIndex>(new AtomicJsonFile(indexFile, (json, file) => parseIndex(json, file, (from) => (migratedFrom = from))), LibraryStore.emptyIndex())
      let created = false
      const notices: string[] = []
      try {
        await db.read()
        created = (await stat(indexFile).catch(() => null)) === null
        // The first write after a migration replaces the old file: keep it, so an older Jiaodui can still be used.
        if (migratedFrom !== null && !readOnly) await copyFile(indexFile, `${indexFile}.schema-${migratedFrom}.bak`)
      } catch (error) {
        if (!(error instanceof StoreError) || error.code !== 'corrupt' || readOnly) throw error
        const aside = `${indexFile}.corrupt-${Date.now()}`
        await rename(indexFile, aside)
        notices.push(`The library index was damaged (${error.message}); it was moved to ${aside} and rebuilt from the page files.`)
        db.data = LibraryStore.emptyIndex()
      }
      const store = new LibraryStore(dir, db, lock)
      store.created = created
      store.notices.push(...notices)
      if (!readOnly) {
        // A lock left by a writer that is gone means it crashed: sweep everything it may have left half done.
        const afterCrash = lock?.tookOverStale ?? false
        await store.removeTempFiles(afterCrash)
        await store.reconcile(afterCrash)
        if (created || notices.length > 0) await store.writeIndexNow()
      }
      return store
    } catch (error) {
      lock?.release()
      throw error
    }
  }

  private static emptyIndex(): LibraryIndex {
    const settings: LibrarySettings = { topics: [...DEFAULT_TOPICS] }
    return {
      schema: LIBRARY_SCHEMA_VERSION,
      libraryId: randomUUID(),
      createdAt: nowIso(),
      settings,
      labels: DEFAULT_LABELS.map((l) => ({ ...l })),
      pages: []
    }
  }

  get readOnly(): boolean {
    return this.lock === null
  }

  get libraryId(): string {
    return this.db.data.libraryId
  }

  get labels(): LabelDef[] {
    return this.db.data.labels
  }

  get settings(): LibrarySettings {
    return this.db.data.settings
  }

  /** Page summaries in import order. */
  listPages(): PageEntry[] {
    return this.db.data.pages
  }

  entry(id: string): PageEntry | undefined {
    return this.byId.get(id)
  }

  private pageFile(id: string): string {
    return join(this.dir, 'pages', `${id}.json`)
  }

  private assertWritable(): void {
    if (this.closed) throw new StoreError('io', `The library ${this.dir} is closed`)
    if (this.readOnly) throw new StoreError('read-only', `The library ${this.dir} was opened read-only`)
  }

  /** Reads a page. A damaged file is moved aside and the page restored from its newest good snapshot. */
  async getPage(id: string): Promise<PageFile> {
    const cached = this.cache.get(id)
    if (cached) {
      this.cache.delete(id)
      this.cache.set(id, cached)
      return cached
    }
    if (!this.byId.has(id)) throw new StoreError('not-found', `No page ${id} in the library ${this.dir}`)
    const file = this.pageFile(id)
    let page: PageFile | null
    try {
      page = await new AtomicJsonFile(file, parsePage).read()
      if (page === null) throw new StoreError('corrupt', `${file} is missing`)
      if (page.id !== id) throw new StoreError('corrupt', `${file} holds page ${page.id}, not ${id}`)
    } catch (error) {
      if (!(error instanceof StoreError) || error.code !== 'corrupt' || this.readOnly) throw error
      page = await this.recover(id, error.message)
    }
    this.remember(page)
    return page
  }

  private async recover(id: string, problem: string): Promise<PageFile> {
    const file = this.pageFile(id)
    const aside = `${file}.corrupt-${Date.now()}`
    const moved = await rename(file, aside).then(
      () => true,
      () => false
    )
    const movedNote = moved ? ` The damaged file was moved to ${aside};` : ''
    const restored = await this.restoreFromHistory(id, true)
    if (!restored) throw new StoreError('corrupt', `Page ${id} is damaged (${problem}) and has no readable snapshot to restore.${movedNote.replace(/;$/, '.')}`)
    this.notices.push(
      `Page ${id} (${restored.page.source}) was damaged: ${problem}.${movedNote} ` +
        `the page was restored from its snapshot of revision ${restored.from} (${restored.at}, ${restored.cause}).`
    )
    return restored.page
  }

  /**
   * Writes the newest readable snapshot of page `id` as its page file. With `bump`, as a new revision above
   * any the page had (a window still holding the damaged page's revision must get a conflict); without, as it
   * was (an import cut short). Null when no snapshot is readable.
   */
  private async restoreFromHistory(id: string, bump: boolean): Promise<{ page: PageFile; from: number; at: string; cause: string } | null> {
    for (const info of await this.history.list(id)) {
      const snap = await this.readSnapshot(info)
      if (!snap) continue
      const page: PageFile = bump ? { ...snap.page, revision: Math.max(snap.page.revision, this.byId.get(id)?.revision ?? 0) + 1, updatedAt: nowIso() } : snap.page
      await writeFileAtomic(this.pageFile(id), JSON.stringify(page))
      this.updateEntry(page)
      return { page, from: info.revision, at: snap.at, cause: snap.cause }
    }
    return null
  }

  /** A page with history but neither a file nor an index entry: an import cut short, or a file lost. */
  private async completeFromHistory(id: string): Promise<boolean> {
    const restored = await this.restoreFromHistory(id, false)
    if (restored) {
      // The import snapshot alone means the import was cut between its two writes: finishing it is no news.
      if (restored.cause !== 'import' || restored.from !== 0) {
        this.notices.push(`Page ${id} (${restored.page.source}) had no file; it was restored from its snapshot of revision ${restored.from} (${restored.at}, ${restored.cause}).`)
      }
      return true
    }
    const dir = join(this.dir, 'history', id)
    const left = (await readdir(dir).catch(() => [] as string[])).filter((n) => !/\.tmp-\d+-[0-9a-z]+$/.test(n))
    if (left.length === 0) await rm(dir, { recursive: true, force: true }) // an import cut before anything was written
    else this.notices.push(`Skipped ${dir}: page ${id} has no file and no readable snapshot (${left.join(', ')}).`)
    return false
  }

  /** Reads a snapshot; a damaged one is reported and moved aside (kept for a person), and null returned. */
  private async readSnapshot(info: RevisionInfo): Promise<{ at: string; cause: string; page: PageFile } | null> {
    try {
      const snap = await this.history.read(info)
      if (!snap) return null
      return { at: typeof snap.at === 'string' ? snap.at : '', cause: info.cause, page: parsePage(snap.page, info.file) }
    } catch (error) {
      if (!(error instanceof StoreError) || error.code !== 'corrupt') throw error
      if (this.readOnly) return null
      const aside = `${info.file}.corrupt-${Date.now()}`
      await rename(info.file, aside).catch(() => undefined)
      this.notices.push(`The history snapshot ${info.file} was damaged (${error.message}); it was moved to ${aside}. The other revisions are kept.`)
      return null
    }
  }

  private remember(page: PageFile): void {
    this.cache.delete(page.id)
    this.cache.set(page.id, page)
    while (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string)
  }

  /** Runs `task` after every earlier write of the same page (one writer per page file at a time). */
  private serialize<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve()
    const next = previous.then(task, task)
    const settled = next.catch(() => undefined)
    this.queues.set(id, settled)
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id)
    })
    return next
  }

  /**
   * Saves a new state of page `id`. `baseRevision` is the revision the caller started from: if the page has
   * moved on since (another window, the CLI), the save is refused with StoreError('conflict').
   */
  savePage(
    id: string,
    baseRevision: number,
    change: (page: PageFile) => PageFile,
    cause: string,
    extra: { articles?: number; openSuggestions?: number | null } = {}
  ): Promise<PageFile> {
    this.assertWritable()
    return this.serialize(id, async () => {
      const current = await this.getPage(id)
      if (current.revision !== baseRevision) {
        throw new StoreError(
          'conflict',
          `Page ${id} (${current.source}) was changed elsewhere (it is at revision ${current.revision}, this change started from ${baseRevision}). Reload the page and redo the change.`
        )
      }
      const next: PageFile = { ...change(current), id, revision: current.revision + 1, updatedAt: nowIso(), schema: PAGE_SCHEMA_VERSION }
      const parsed = PageFileSchema.safeParse(next)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        throw new StoreError('invalid', `Page ${id}: ${issue.path.join('.')}: ${issue.message}`)
      }
      const broken = pageInvariantError(next)
      if (broken) throw new StoreError('invalid', `Page ${id}: ${broken}`)
      if (next.raw !== current.raw || next.sha256 !== current.sha256) throw new StoreError('invalid', `Page ${id}: the raw text cannot change`)
      await writeFileAtomic(this.pageFile(id), JSON.stringify(next))
      this.remember(next)
      await this.maybeSnapshot(next, cause)
      this.updateEntry(next, extra)
      return next
    })
  }

  private async maybeSnapshot(page: PageFile, cause: string): Promise<void> {
    const last = this.lastSnapshot.get(page.id) ?? 0
    if (!ALWAYS_SNAPSHOT.has(cause) && Date.now() - last < SNAPSHOT_INTERVAL_MS) return
    await this.history.snapshot(page, cause)
    this.lastSnapshot.set(page.id, Date.now())
  }

  /** Snapshots the page as it is now (before a bulk change) and returns its revision. */
  async snapshotNow(id: string, cause: string): Promise<number> {
    this.assertWritable()
    const page = await this.getPage(id)
    await this.history.snapshot(page, cause)
    return page.revision
  }

  /** Snapshots kept for a page, newest first. */
  async revisions(id: string): Promise<Array<{ revision: number; cause: string; at: string }>> {
    if (!this.byId.has(id)) throw new StoreError('not-found', `No page ${id} in the library ${this.dir}`)
    const out: Array<{ revision: number; cause: string; at: string }> = []
    for (const info of await this.history.list(id)) {
      const snap = await this.readSnapshot(info)
      if (snap) out.push({ revision: info.revision, cause: info.cause, at: snap.at })
    }
    return out
  }

  /** Reads the page as it was at snapshot `revision`. */
  async revisionPage(id: string, revision: number): Promise<PageFile> {
    const info: RevisionInfo | undefined = (await this.history.list(id)).find((r) => r.revision === revision)
    const snap = info ? await this.readSnapshot(info) : null
    if (!info || !snap) throw new StoreError('not-found', `Page ${id} has no readable snapshot of revision ${revision}`)
    return snap.page
  }

  /** Makes the snapshot of `revision` the current state (as a new revision, so it can be undone the same way). */
  async restoreRevision(id: string, revision: number): Promise<PageFile> {
    const old = await this.revisionPage(id, revision)
    const current = await this.getPage(id)
    return this.savePage(id, current.revision, (page) => ({ ...old, revision: page.revision, importedAt: page.importedAt }), 'restore')
  }

  /** The next place in the import order; importBytes takes one when several imports run at once (importPaths). */
  nextImportOrder(): number {
    return this.importsStarted++
  }

  /**
   * Decodes, hashes and stores one file's bytes as a new page. Never throws for bad input: it reports it. The page
   * is listed at `order` among this instance's imports (by default after every import started before).
   */
  async importBytes(source: string, bytes: Uint8Array, order = this.nextImportOrder()): Promise<ImportOutcome> {
    this.assertWritable()
    const { sha256, id } = pageIdentity(bytes)
    const existing = this.byId.get(id)
    if (existing) return { status: 'duplicate', id, source, existingSource: existing.source }
    const decoded = decodeText(bytes)
    if (!decoded.ok) return { status: 'failed', source, reason: decoded.reason }
    return this.serialize(id, async () => {
      if (this.byId.has(id)) return { status: 'duplicate', id, source, existingSource: this.byId.get(id)!.source } as const
      const at = nowIso()
      const page: PageFile = {
        schema: PAGE_SCHEMA_VERSION,
        id,
        source,
        sha256,
        encoding: decoded.encoding,
        importedAt: at,
        updatedAt: at,
        revision: 0,
        status: 'raw',
        raw: decoded.text,
        clean: decoded.text,
        provenance: decoded.text.length > 0 ? [0, 0, decoded.text.length] : [],
        decisions: {},
        humanEdited: false,
        layout: null,
        entities: [],
        orphans: []
      }
      // Both files are fsync'd: writing them together waits for one disk flush instead of two.
      await Promise.all([writeFileAtomic(this.pageFile(id), JSON.stringify(page)), this.history.snapshot(page, 'import')])
      this.remember(page)
      this.updateEntry(page, { rawBytes: bytes.length, order })
      return decoded.note
        ? { status: 'imported', id, source, encoding: decoded.encoding, note: decoded.note }
        : { status: 'imported', id, source, encoding: decoded.encoding }
    })
  }

  /**
   * Stores a page made from an imported annotated corpus (JSONL or brat export): its text, layout and spans as
   * they came. The page id is derived from all of them, so importing the same export twice is a no-op.
   */
  async importAnnotatedPage(input: { source: string; text: string; layout: PageLayout; entities: EntitySpan[]; status: PageStatus }): Promise<ImportOutcome> {
    this.assertWritable()
    const bytes = new TextEncoder().encode(JSON.stringify([input.text, input.layout, input.entities]))
    const { sha256, id } = pageIdentity(bytes)
    const existing = this.byId.get(id)
    if (existing) return { status: 'duplicate', id, source: input.source, existingSource: existing.source }
    if (input.text.trim() === '') return { status: 'failed', source: input.source, reason: 'has no text' }
    return this.serialize(id, async () => {
      const at = nowIso()
      const page: PageFile = {
        schema: PAGE_SCHEMA_VERSION,
        id,
        source: input.source,
        sha256,
        encoding: 'utf-8',
        importedAt: at,
        updatedAt: at,
        revision: 0,
        status: input.status,
        raw: input.text,
        clean: input.text,
        provenance: [0, 0, input.text.length],
        decisions: {},
        humanEdited: false,
        layout: input.layout,
        entities: input.entities,
        orphans: []
      }
      const broken = pageInvariantError(page) ?? (PageFileSchema.safeParse(page).success ? null : 'the imported spans or layout are not valid')
      if (broken) return { status: 'failed', source: input.source, reason: broken } as const
      await writeFileAtomic(this.pageFile(id), JSON.stringify(page))
      await this.history.snapshot(page, 'import')
      this.remember(page)
      this.updateEntry(page, { rawBytes: new TextEncoder().encode(input.text).length, articles: input.layout.articles.length })
      return { status: 'imported', id, source: input.source, encoding: 'utf-8' } as const
    })
  }

  private updateEntry(
    page: PageFile,
    extra: { rawBytes?: number; articles?: number; openSuggestions?: number | null; order?: number } = {}
  ): void {
    const old = this.byId.get(page.id)
    const entry = summarizePage(page, {
      rawBytes: extra.rawBytes ?? old?.rawBytes ?? page.raw.length,
      articles: extra.articles ?? old?.articles ?? 0,
      openSuggestions: extra.openSuggestions !== undefined ? extra.openSuggestions : (old?.openSuggestions ?? null)
    })
    const significant = !old || SIGNIFICANT.some((k) => old[k] !== entry[k])
    if (old) Object.assign(old, entry)
    else {
      this.insertInImportOrder(entry, extra.order)
      this.byId.set(entry.id, entry)
    }
    if (significant) this.scheduleIndexWrite()
  }

  /**
   * Adds a new entry to the index. Imports run several at a time (importPaths) and finish in any order; an entry
   * goes before the entries of imports that were started after it, so the list keeps the order files were given.
   */
  private insertInImportOrder(entry: PageEntry, order: number | undefined): void {
    const pages = this.db.data.pages
    let at = pages.length
    if (order !== undefined) {
      while (at > 0 && (this.importOrder.get(pages[at - 1].id) ?? -1) > order) at--
      this.importOrder.set(entry.id, order)
    }
    pages.splice(at, 0, entry)
  }

  /** Records summary numbers computed outside the store (articles, open suggestions). */
  setPageCounts(id: string, counts: { articles?: number; openSuggestions?: number | null }): void {
    const entry = this.byId.get(id)
    if (!entry) return
    const before = { articles: entry.articles, openSuggestions: entry.openSuggestions }
    if (counts.articles !== undefined) entry.articles = counts.articles
    if (counts.openSuggestions !== undefined) entry.openSuggestions = counts.openSuggestions
    const changed = before.articles !== entry.articles || before.openSuggestions !== entry.openSuggestions
    if (changed && !this.readOnly) this.scheduleIndexWrite()
  }

  async updateLabels(labels: LabelDef[]): Promise<void> {
    this.assertWritable()
    this.db.data.labels = labels.map((l) => ({ ...l }))
    await this.writeIndexNow()
  }

  async updateSettings(settings: LibrarySettings): Promise<void> {
    this.assertWritable()
    this.db.data.settings = { ...settings, topics: [...settings.topics] }
    await this.writeIndexNow()
  }

  stats(): LibraryStats {
    const byStatus = Object.fromEntries(PAGE_STATUSES.map((s) => [s, 0])) as Record<PageStatus, number>
    let articles = 0
    let characters = 0
    let rawCharacters = 0
    let entities = 0
    for (const p of this.db.data.pages) {
      byStatus[p.status]++
      articles += p.articles
      characters += p.cleanChars
      rawCharacters += p.rawChars
      entities += p.entities
    }
    return { pages: this.db.data.pages.length, articles, characters, rawCharacters, entities, byStatus }
  }

  private scheduleIndexWrite(): void {
    if (this.readOnly || this.indexTimer) return
    this.indexTimer = setTimeout(() => {
      this.indexTimer = null
      void this.writeIndexNow().catch((error: Error) => this.notices.push(`Could not save the library index: ${error.message}`))
    }, Math.min(INDEX_WRITE_MAX_DELAY_MS, Math.max(INDEX_WRITE_DELAY_MS, INDEX_WRITE_SPACING * this.lastIndexWriteMs)))
  }

  /** Writes library.json now (after any write in progress). */
  writeIndexNow(): Promise<void> {
    if (this.indexTimer) {
      clearTimeout(this.indexTimer)
      this.indexTimer = null
    }
    this.indexWrite = this.indexWrite.then(async () => {
      const started = performance.now()
      await this.db.write()
      this.lastIndexWriteMs = performance.now() - started
    })
    return this.indexWrite
  }

  /** Waits for pending page writes and writes the index. */
  async flush(): Promise<void> {
    await Promise.all([...this.queues.values()])
    if (!this.readOnly) await this.writeIndexNow()
  }

  async close(): Promise<void> {
    if (this.closed) return
    try {
      await this.flush()
    } finally {
      this.closed = true
      this.lock?.release()
    }
  }

  /** Deletes temp files left by writes that a crash interrupted (in history/ too after a crash). */
  private async removeTempFiles(afterCrash: boolean): Promise<void> {
    const dirs = [this.dir, join(this.dir, 'pages')]
    if (afterCrash) for (const id of await readdir(join(this.dir, 'history')).catch(() => [] as string[])) dirs.push(join(this.dir, 'history', id))
    for (const dir of dirs) {
      for (const name of await readdir(dir).catch(() => [] as string[])) {
        if (/\.tmp-\d+-[0-9a-z]+$/.test(name)) await rm(join(dir, name), { force: true })
      }
    }
  }

  /**
   * Makes the index agree with the files: adds pages it lacks (an import cut short), completes an import whose
   * page file was not written but whose snapshot was, drops entries without a file or history. After a crash
   * it also refreshes every entry from its page file (the index is written with a delay, so it may lag).
   */
  private async reconcile(afterCrash: boolean): Promise<void> {
    const names = await readdir(join(this.dir, 'pages')).catch(() => [] as string[])
    const onDisk = new Set(names.filter((n) => /^[0-9a-f]{16}\.json$/.test(n)).map((n) => n.slice(0, 16)))
    // Pages that only have history (file and index entry lost) are found there and restored, not forgotten.
    const historyIds = (await readdir(join(this.dir, 'history')).catch(() => [] as string[])).filter((n) => /^[0-9a-f]{16}$/.test(n))
    let changed = false
    for (const id of new Set([...onDisk, ...historyIds])) {
      if (this.byId.has(id) && !(afterCrash && onDisk.has(id))) continue
      const file = this.pageFile(id)
      if (!onDisk.has(id)) {
        changed = (await this.completeFromHistory(id)) || changed
        continue
      }
      try {
        const page = await new AtomicJsonFile(file, parsePage).read()
        if (page === null) throw new StoreError('corrupt', `${file} is missing`)
        if (page.id !== id) throw new StoreError('corrupt', `${file} holds page ${page.id}, not ${id}`)
        this.updateEntry(page)
        changed = true
      } catch (error) {
        if (this.byId.has(id)) continue // listed: getPage reports and repairs it when the page is opened
        if (!(error instanceof StoreError) || error.code !== 'corrupt') {
          this.notices.push(`Skipped ${file}: ${(error as Error).message}`)
          continue
        }
        try {
          await this.recover(id, error.message)
          changed = true
        } catch (unrecoverable) {
          this.notices.push(`Skipped ${file}: ${(unrecoverable as Error).message}`)
        }
      }
    }
    for (const entry of [...this.db.data.pages]) {
      if (onDisk.has(entry.id)) continue
      const restorable = (await this.history.list(entry.id)).length > 0
      if (restorable) continue // getPage restores it from history when opened
      this.db.data.pages = this.db.data.pages.filter((p) => p.id !== entry.id)
      this.byId.delete(entry.id)
      this.notices.push(`Page ${entry.id} (${entry.source}) has no file and no history; it was removed from the index.`)
      changed = true
    }
    if (changed) this.scheduleIndexWrite()
  }
}
