// Find and replace across the library: a preview of every match with its context, then a replacement that
// snapshots each page first, so the whole replacement can be undone in one step.
import { decodeProvenance, encodeProvenance, mapProvenance } from '../../shared/cleanup/provenance'
import type { TextChange } from '../../shared/text/changes'
import { applyChanges } from '../../shared/text/changes'
import { mapEntities } from '../../shared/tagging/mapEntities'
import { mapLayout } from '../../shared/articles/mapLayout'
import type { LibraryStore } from '../store/library-store'
import { runRegex, type RegexMatch } from './regex-worker'

export interface LibraryQuery {
  pattern: string
  regex: boolean
  caseSensitive: boolean
}

export interface LibraryMatch {
  pageId: string
  source: string
  line: number
  from: number
  to: number
  before: string
  match: string
  after: string
  replacement?: string
}

function toRegex(q: LibraryQuery): { pattern: string; flags: string } {
  const pattern = q.regex ? q.pattern : q.pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return { pattern, flags: `gu${q.caseSensitive ? '' : 'i'}` }
}

async function pageTexts(store: LibraryStore, ids?: readonly string[]) {
  const list = ids ?? store.listPages().map((p) => p.id)
  const out: Array<{ id: string; text: string }> = []
  for (const id of list) out.push({ id, text: (await store.getPage(id)).clean })
  return out
}

/** Every match in the clean texts (up to `max`), with context, for the preview. */
export async function findInLibrary(store: LibraryStore, q: LibraryQuery, replacement: string | undefined, max = 2000) {
  if (q.pattern === '') return { matches: [] as LibraryMatch[], total: 0, truncated: false }
  const { pattern, flags } = toRegex(q)
  const pages = await pageTexts(store)
  const result = await runRegex({ pattern, flags, replacement: q.regex ? replacement : replacement?.replace(/\$/g, '$$$$'), pages, maxMatches: max })
  if (!result.ok) throw new Error(result.message)
  const texts = new Map(pages.map((p) => [p.id, p.text]))
  const matches: LibraryMatch[] = []
  for (const [pageId, list] of Object.entries(result.matches)) {
    const text = texts.get(pageId) as string
    for (const m of list) {
      let line = 1
      for (let i = text.indexOf('\n'); i >= 0 && i < m.from; i = text.indexOf('\n', i + 1)) line++
      matches.push({
        pageId,
        source: store.entry(pageId)?.source ?? pageId,
        line,
        from: m.from,
        to: m.to,
        before: text.slice(Math.max(0, m.from - 16), m.from),
        match: text.slice(m.from, m.to),
        after: text.slice(m.to, m.to + 16),
        replacement: m.replacement
      })
    }
  }
  return { matches, total: result.total, truncated: result.truncated }
}

/** Clean-text changes for matches; a same-length replacement keeps each unit's raw origin. */
function changesOf(text: string, prov: Int32Array, matches: RegexMatch[]): TextChange[] {
  return matches.map((m) => {
    const insert = m.replacement ?? ''
    const sameLength = insert.length === m.to - m.from
    return { from: m.from, to: m.to, insert, insertProv: sameLength ? Array.from(prov.subarray(m.from, m.to)) : new Array<number>(insert.length).fill(-1) }
  })
}

/**
 * Replaces every match in the given pages. Returns, per page, the revision to restore to undo it: each page is
 * snapshotted before it changes.
 */
export async function replaceInLibrary(
  store: LibraryStore,
  q: LibraryQuery,
  replacement: string,
  pageIds: readonly string[],
  onProgress?: (done: number, total: number, current: string) => void
): Promise<{ replaced: number; pages: Array<{ id: string; revision: number }> }> {
  const { pattern, flags } = toRegex(q)
  const texts = await pageTexts(store, pageIds)
  const result = await runRegex({ pattern, flags, replacement: q.regex ? replacement : replacement.replace(/\$/g, '$$$$'), pages: texts, maxMatches: 1_000_000 })
  if (!result.ok) throw new Error(result.message)
  const undo: Array<{ id: string; revision: number }> = []
  let replaced = 0
  const ids = Object.keys(result.matches)
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]
    onProgress?.(i, ids.length, store.entry(id)?.source ?? id)
    const page = await store.getPage(id)
    if (page.clean !== texts.find((t) => t.id === id)?.text) continue // changed meanwhile: leave it alone
    const before = await store.snapshotNow(id, 'before-replace')
    const prov = decodeProvenance(page.provenance, page.clean.length, page.raw.length)
    const changes = changesOf(page.clean, prov, result.matches[id])
    const clean = applyChanges(page.clean, changes)
    const mapped = mapEntities(page.entities, changes, page.clean, clean)
    await store.savePage(
      id,
      page.revision,
      (p) => ({
        ...p,
        clean,
        provenance: encodeProvenance(mapProvenance(prov, changes)),
        entities: mapped.entities,
        orphans: [...p.orphans, ...mapped.orphans],
        layout: p.layout ? mapLayout(p.layout, changes, p.clean, clean) : null,
        humanEdited: true
      }),
      'replace'
    )
    undo.push({ id, revision: before })
    replaced += changes.length
  }
  onProgress?.(ids.length, ids.length, '')
  return { replaced, pages: undo }
}
