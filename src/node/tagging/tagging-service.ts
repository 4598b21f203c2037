// Pre-annotation and "tag every occurrence" for the app: the shared rules with the jieba tagger, plus a
// lexicon of surfaces people have accepted in this library, learned as pages are saved.
import { randomUUID } from 'node:crypto'
import { segmentPage } from '../../shared/articles/segmentPage'
import type { EntitySpan, PageFile, PageLayout } from '../../shared/model/page'
import { findOccurrences } from '../../shared/tagging/occurrences'
import { preAnnotate, type LexiconEntry } from '../../shared/tagging/preAnnotate'
import type { LibraryStore } from '../store/library-store'
import { createJiebaTagger, type JiebaTagger } from './jiebaTagger'

/** Span ids: short, unique, key-safe. */
export function newSpanId(): string {
  return 'e' + randomUUID().replace(/-/g, '').slice(0, 15)
}

export class TaggingService {
  private tagger: JiebaTagger | null = null
  private readonly lexicon = new Map<string, string>()
  private learned = false

  constructor(private readonly store: LibraryStore) {}

  private jieba(): JiebaTagger {
    return (this.tagger ??= createJiebaTagger())
  }

  /** Adds a page's accepted spans to the library lexicon (and to the tagger's dictionary for names). */
  learn(page: Pick<PageFile, 'clean' | 'entities'>): void {
    const words: Array<{ word: string; pos: string }> = []
    for (const e of page.entities) {
      if (e.status !== 'accepted') continue
      const text = page.clean.slice(e.start, e.end)
      if (text.length < 2 || text.length > 40 || /\s/.test(text) || this.lexicon.get(text) === e.label) continue
      this.lexicon.set(text, e.label)
      const pos = e.label === 'PER' ? 'nr' : e.label === 'ORG' ? 'nt' : e.label === 'LOC' ? 'ns' : null
      if (pos) words.push({ word: text, pos })
    }
    if (words.length && this.tagger) this.tagger.addWords(words)
  }

  /** Learns from every page once (in the background of the first proposal). */
  private async learnLibrary(): Promise<void> {
    if (this.learned) return
    this.learned = true
    for (const entry of this.store.listPages()) {
      if (entry.entities === 0) continue
      try {
        this.learn(await this.store.getPage(entry.id))
      } catch {
        /* a damaged page is reported when opened; it teaches nothing */
      }
    }
  }

  /** Pending proposals for a clean text: never overlapping kept spans, never repeating rejected ones. */
  async propose(clean: string, layout: PageLayout | null, existing: readonly EntitySpan[]): Promise<EntitySpan[]> {
    await this.learnLibrary()
    const labels = this.store.labels.map((l) => l.name)
    const lexicon: LexiconEntry[] = [...this.lexicon].filter(([, label]) => labels.includes(label)).map(([text, label]) => ({ text, label }))
    return preAnnotate(clean, layout ?? segmentPage(clean), { tagger: this.jieba(), lexicon, labels, existing }).map((s) => ({ ...s, id: newSpanId() }))
  }

  /** Where `text` stands untagged in the library: per page, how often, with a few samples. */
  async occurrences(text: string, label: string) {
    const out: Array<{ pageId: string; source: string; count: number; samples: Array<{ before: string; after: string }> }> = []
    for (const entry of this.store.listPages()) {
      const page = await this.store.getPage(entry.id)
      const found = findOccurrences(page.clean, text, label, page.entities, 12)
      if (found.length) out.push({ pageId: entry.id, source: entry.source, count: found.length, samples: found.slice(0, 3).map((o) => ({ before: o.before, after: o.after })) })
    }
    return out
  }

  /** Tags every untagged occurrence of `text` with `label` in the given pages (accepted, made by a person). */
  async tagEverywhere(text: string, label: string, pageIds: readonly string[], onProgress?: (done: number, total: number) => void): Promise<number> {
    let tagged = 0
    for (let i = 0; i < pageIds.length; i++) {
      onProgress?.(i, pageIds.length)
      const page = await this.store.getPage(pageIds[i])
      const found = findOccurrences(page.clean, text, label, page.entities)
      if (found.length === 0) continue
      const added: EntitySpan[] = found.map((o) => ({ id: newSpanId(), start: o.start, end: o.end, label, status: 'accepted', origin: 'human' }))
      // A pending proposal over the same text gives way to the person's tag.
      const kept = page.entities.filter((e) => !(e.status === 'pending' && added.some((a) => a.start < e.end && e.start < a.end)))
      await this.store.savePage(page.id, page.revision, (p) => ({ ...p, entities: [...kept, ...added].sort((a, b) => a.start - b.start || a.end - b.end) }), 'tag')
      tagged += added.length
    }
    onProgress?.(pageIds.length, pageIds.length)
    return tagged
  }
}

/** Adds pending proposals to pages (all when `ids` is empty); accepted and rejected spans are never touched. */
export async function proposeForLibrary(
  store: LibraryStore,
  tagging: TaggingService,
  ids: readonly string[],
  onProgress?: (done: number, total: number) => void
): Promise<{ pages: number; proposed: number; byLabel: Record<string, number> }> {
  const targets = ids.length ? ids : store.listPages().map((p) => p.id)
  const byLabel: Record<string, number> = {}
  let proposed = 0
  for (let i = 0; i < targets.length; i++) {
    onProgress?.(i, targets.length)
    const page = await store.getPage(targets[i])
    const fresh = (await tagging.propose(page.clean, page.layout, page.entities)).filter(
      (p) => !page.entities.some((e) => e.start < p.end && p.start < e.end)
    )
    if (fresh.length) {
      await store.savePage(page.id, page.revision, (p) => ({ ...p, entities: [...p.entities, ...fresh].sort((a, b) => a.start - b.start || a.end - b.end) }), 'tag')
      proposed += fresh.length
      for (const f of fresh) byLabel[f.label] = (byLabel[f.label] ?? 0) + 1
    }
    await new Promise((r) => setImmediate(r))
  }
  onProgress?.(targets.length, targets.length)
  return { pages: targets.length, proposed, byLabel }
}
