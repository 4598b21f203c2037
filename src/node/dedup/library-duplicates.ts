// The library job: streams every page's raw text through a DuplicateFinder and reports passages repeated
// across pages with page ids and raw offsets. Only signatures stay in memory (about 200 bytes per passage).
import type { DuplicateMatch } from '../../shared/dedup/duplicate-finder'
import { DuplicateFinder } from '../../shared/dedup/duplicate-finder'
import type { PassageRange } from '../../shared/dedup/passages'
import type { LibraryStore } from '../store/library-store'

/** A passage repeated on two pages: UTF-16 offsets into each page's raw text; page A comes first in the library. */
export interface PageDuplicatePair {
  pageA: string
  rangeA: PassageRange
  pageB: string
  rangeB: PassageRange
  /** Estimated Jaccard similarity of the passages' character 4-gram sets; 1 for exact repeats. */
  similarity: number
  /** Same text up to whitespace, punctuation width and quote style. */
  exact: boolean
}

export interface LibraryDuplicatesOptions {
  /** Similarity from which a pair is reported (0..1], default 0.5. */
  threshold?: number
  /** Shortest passage in characters (folded UTF-16 units), default 30. */
  minChars?: number
  /** Also report passages repeated within one page (OCR duplicates); default false. */
  includeSamePage?: boolean
  signal?: AbortSignal
  /** Called after each page (done of total). */
  onProgress?: (done: number, total: number) => void
}

export interface LibraryDuplicates {
  pairs: PageDuplicatePair[]
  pages: number
  passages: number
  /** Pages that could not be read, with the reason; the others were compared. */
  unreadable: Array<{ page: string; reason: string }>
  ms: number
}

/** Finds passages repeated across the pages of `store` (in library order), exactly or with OCR differences. */
export async function findLibraryDuplicates(
  store: LibraryStore,
  options: LibraryDuplicatesOptions = {}
): Promise<LibraryDuplicates> {
  const t0 = performance.now()
  const finder = new DuplicateFinder({
    threshold: options.threshold,
    minUnits: options.minChars,
    includeSameDocument: options.includeSamePage
  })
  const ids = store.listPages().map((p) => p.id)
  const unreadable: LibraryDuplicates['unreadable'] = []
  // Read one page ahead, so the file read overlaps hashing the current page.
  const read = (i: number): Promise<string | Error> =>
    i < ids.length
      ? store.getPage(ids[i]).then(
          (page) => page.raw,
          (error: Error) => error
        )
      : Promise.resolve('')
  let next = read(0)
  for (let i = 0; i < ids.length; i++) {
    options.signal?.throwIfAborted()
    const raw = await next
    next = read(i + 1)
    if (raw instanceof Error) unreadable.push({ page: ids[i], reason: raw.message })
    else finder.add(i, raw)
    options.onProgress?.(i + 1, ids.length)
    if (i % 16 === 15) await new Promise((r) => setImmediate(r)) // let other requests in during a long scan
  }
  const pairs = finder.finish().map((m: DuplicateMatch): PageDuplicatePair => ({
    pageA: ids[m.docA],
    rangeA: m.rangeA,
    pageB: ids[m.docB],
    rangeB: m.rangeB,
    similarity: m.similarity,
    exact: m.exact
  }))
  return {
    pairs,
    pages: ids.length - unreadable.length,
    passages: finder.passages,
    unreadable,
    ms: Math.round(performance.now() - t0)
  }
}
