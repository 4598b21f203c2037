// Recognizable whole page states for crash tests: save number k writes a state in which the clean text,
// status, decisions, entities and layout all carry k, and the store makes the revision k too. A page on disk
// whose fields disagree about k is a torn write; one whose k is older than an acknowledged save lost data.
import type { EditablePage } from '../../../../src/shared/api/contract'
import { PAGE_STATUSES, type PageFile } from '../../../../src/shared/model/page'

/** The editable fields of save number `k` of a page with raw text `raw` (k = 0 is the state right after import). */
export function pageStateFor(raw: string, k: number): EditablePage {
  if (k === 0) {
    return {
      clean: raw,
      provenance: raw.length ? [0, 0, raw.length] : [],
      decisions: {},
      humanEdited: false,
      status: 'raw',
      layout: null,
      entities: [],
      orphans: []
    }
  }
  const marker = `\n【第${k}次保存】${'校'.repeat(k % 13)}`
  return {
    clean: raw + marker,
    provenance: [0, 0, raw.length, raw.length, -1, marker.length],
    decisions: { [`s${k}`]: { action: k % 2 ? 'accepted' : 'rejected', at: `save-${k}`, by: 'human' } },
    humanEdited: k % 2 === 1,
    status: PAGE_STATUSES[k % PAGE_STATUSES.length],
    layout:
      k % 3 === 0
        ? null
        : { articles: [{ id: `a${k}`, start: 0, type: 'news', tags: [`t${k}`], region: null }], roles: [] },
    entities: [
      { id: `e${k}`, start: raw.length + 1, end: raw.length + 2, label: 'PER', status: 'accepted', origin: 'human' }
    ],
    orphans: []
  }
}

const FIELDS = ['clean', 'provenance', 'decisions', 'humanEdited', 'status', 'layout', 'entities', 'orphans'] as const

/** Null when `page` is exactly save number page.revision of its raw text; else what disagrees. */
export function tornStateProblem(page: PageFile): string | null {
  const expected = pageStateFor(page.raw, page.revision)
  for (const field of FIELDS) {
    if (JSON.stringify(page[field]) !== JSON.stringify(expected[field])) {
      return `page ${page.id} at revision ${page.revision}: ${field} does not belong to save ${page.revision}`
    }
  }
  return null
}

/** Applies save number `k` to a stored page (what a client's change function does). */
export function applyState(page: PageFile, k: number): PageFile {
  return { ...page, ...pageStateFor(page.raw, k) }
}
