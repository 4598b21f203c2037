// Revision history of a page: one snapshot file per kept revision in history/<id>/, written once and never
// rewritten, so taking a snapshot costs one small file. Keeps the original import plus the newest ones.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { PageFile } from '../../shared/model/page'
import { writeFileAtomic } from './atomic-json-file'

export const HISTORY_LIMIT = 50

export interface RevisionInfo {
  revision: number
  cause: string
  at: string
  file: string
}

const NAME = /^(\d{8})-([a-z-]{1,32})\.json$/

export class PageHistory {
  constructor(private readonly root: string) {}

  private dir(id: string): string {
    return join(this.root, id)
  }

  /** Stores `page` as a snapshot taken for `cause`, then prunes to the original plus the newest HISTORY_LIMIT. */
  async snapshot(page: PageFile, cause: string): Promise<void> {
    const dir = this.dir(page.id)
    await mkdir(dir, { recursive: true })
    const safeCause = cause.replace(/[^a-z-]/g, '').slice(0, 32) || 'edit'
    const file = join(dir, `${String(page.revision).padStart(8, '0')}-${safeCause}.json`)
    await writeFileAtomic(file, JSON.stringify({ at: new Date().toISOString(), cause: safeCause, page }))
    await this.prune(page.id)
  }

  /** Snapshots of a page, newest first. */
  async list(id: string): Promise<RevisionInfo[]> {
    let names: string[]
    try {
      names = await readdir(this.dir(id))
    } catch {
      return []
    }
    const out: RevisionInfo[] = []
    for (const name of names) {
      const m = NAME.exec(name)
      if (!m) continue
      out.push({ revision: Number(m[1]), cause: m[2], at: '', file: join(this.dir(id), name) })
    }
    out.sort((a, b) => b.revision - a.revision || b.file.localeCompare(a.file))
    return out
  }

  /** Reads one snapshot; null when it is missing or damaged. */
  async read(info: RevisionInfo): Promise<{ at: string; cause: string; page: PageFile } | null> {
    try {
      return JSON.parse(await readFile(info.file, 'utf8')) as { at: string; cause: string; page: PageFile }
    } catch {
      return null
    }
  }

  private async prune(id: string): Promise<void> {
    const all = await this.list(id)
    const original = all.filter((r) => r.cause === 'import').at(-1)
    const keep = new Set(all.slice(0, HISTORY_LIMIT).map((r) => r.file))
    if (original) keep.add(original.file)
    for (const r of all) if (!keep.has(r.file)) await rm(r.file, { force: true })
  }

  async remove(id: string): Promise<void> {
    await rm(this.dir(id), { recursive: true, force: true })
  }
}
