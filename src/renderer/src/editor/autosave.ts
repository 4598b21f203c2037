// Autosave of the open page: a short debounce after each change, one save in flight at a time, and a
// status the status line shows ("Saving…", "Saved", or what failed). Nothing is dropped: a change made
// while a save runs is saved right after it.
import type { EditablePage } from '../../../shared/api/contract'
import type { PageEntry } from '../../../shared/model/library'
import { api, ApiCallError, describeError } from '../api'

export type SaveStatus = { kind: 'saved'; at: number } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'error'; message: string; conflict: boolean }

export type SaveCause = 'edit' | 'accept' | 'reject' | 'paragraph' | 'replace' | 'segment' | 'tag' | 'status'

const DEBOUNCE_MS = 350
/** Causes that outrank others when several changes are saved together (the snapshot is labelled by it). */
const CAUSE_RANK: SaveCause[] = ['edit', 'tag', 'segment', 'status', 'reject', 'accept', 'paragraph', 'replace']

export class PageSaver {
  private timer: ReturnType<typeof setTimeout> | null = null
  private inFlight: Promise<void> | null = null
  private dirty = false
  private cause: SaveCause = 'edit'
  private stopped = false
  /** The status line says "pending" (set by changed, cleared when a save starts). */
  private pending = false

  constructor(
    readonly pageId: string,
    private revision: number,
    private readonly snapshot: () => EditablePage,
    private readonly onStatus: (s: SaveStatus) => void,
    private readonly onSaved: (revision: number, entry: PageEntry) => void
  ) {}

  get baseRevision(): number {
    return this.revision
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null
  }

  /** Notes a change; it is saved after a short pause. */
  changed(cause: SaveCause): void {
    if (this.stopped) return
    this.dirty = true
    if (CAUSE_RANK.indexOf(cause) > CAUSE_RANK.indexOf(this.cause)) this.cause = cause
    // Reported once per run of keystrokes: every status report re-renders the workspace.
    if (!this.pending) this.onStatus({ kind: 'pending' })
    this.pending = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), DEBOUNCE_MS)
  }

  /** Saves now if anything is unsaved, and resolves when everything is on disk. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer)
      this.timer = null
    }
    while (this.inFlight) await this.inFlight
    if (!this.dirty || this.stopped) return
    this.dirty = false
    const cause = this.cause
    this.cause = 'edit'
    this.pending = false
    this.onStatus({ kind: 'saving' })
    this.inFlight = (async () => {
      try {
        const saved = await api.savePage({ id: this.pageId, baseRevision: this.revision, cause, page: this.snapshot() })
        this.revision = saved.revision
        this.onSaved(saved.revision, saved.entry)
        if (!this.dirty) this.onStatus({ kind: 'saved', at: Date.now() })
      } catch (error) {
        this.dirty = true // keep the change: it is still in the editor and will be retried
        const conflict = error instanceof ApiCallError && error.code === 'conflict'
        this.onStatus({ kind: 'error', message: `Could not save: ${describeError(error)}`, conflict })
        if (conflict) this.stopped = true
      } finally {
        this.inFlight = null
      }
    })()
    await this.inFlight
    if (this.dirty && !this.stopped && !this.timer) this.timer = setTimeout(() => void this.flush(), DEBOUNCE_MS * 4)
  }

  /** After a conflict: save this editor's state over the page's newer revision (the person chose so). */
  async overwrite(currentRevision: number): Promise<void> {
    this.revision = currentRevision
    this.stopped = false
    this.dirty = true
    await this.flush()
  }

  dispose(): void {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
  }
}
