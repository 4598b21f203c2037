// Revision history of a page: one snapshot file per kept revision in history/<id>/, written once and never
// rewritten, so taking a snapshot costs one small file. Keeps the original import plus the newest ones.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { PageFile } from '../../shared/model/page'
import { writeFileAtomic } from './atomic-json-file'
import { StoreError } from './store-error'

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

  /** Reads one snapshot (its page unchecked); null when it is missing, StoreError('corrupt') when it is not JSON. */
  async read(info: RevisionInfo): Promise<{ at: unknown; cause: unknown; page: unknown } | null> {
    let text: string
    try {
      text = await readFile(info.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw new StoreError('io', `Cannot read ${info.file}: ${(error as Error).message}`)
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      throw new StoreError('corrupt', `${info.file} is not valid JSON (${(error as Error).message})`)
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new StoreError('corrupt', `${info.file} is not a snapshot`)
    return json as { at: unknown; cause: unknown; page: unknown }
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
