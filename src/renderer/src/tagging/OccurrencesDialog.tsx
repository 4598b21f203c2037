// "Tag every occurrence": preview where else the text stands untagged — in this page or in the whole
// library — and tag the ones kept ticked.
import { useEffect, useMemo, useState } from 'react'
import type { ApiOutput } from '../../../shared/api/contract'
import { findOccurrences } from '../../../shared/tagging/occurrences'
import { entitiesField, setEntities } from '../editor/annotation-fields'
import type { PageSession } from '../editor/page-session'
import { api, describeError } from '../api'
import { Transaction } from '@codemirror/state'
import { newSpanId } from './tagging-commands'

type LibraryHits = ApiOutput<'findOccurrencesInLibrary'>

export function OccurrencesDialog({ session, text, label, onClose, onLibraryChanged }: { session: PageSession; text: string; label: string; onClose: () => void; onLibraryChanged: () => void }) {
  const [scope, setScope] = useState<'page' | 'library'>('page')
  const [library, setLibrary] = useState<LibraryHits | null>(null)
  const [skip, setSkip] = useState<Set<string>>(new Set())
  const [message, setMessage] = useState('')
  const state = session.cleanState()
  const inPage = useMemo(() => findOccurrences(state.doc.toString(), text, label, state.field(entitiesField).entities), [state, text, label])

  useEffect(() => {
    if (scope !== 'library' || library) return
    void session
      .flush()
      .then(() => api.findOccurrencesInLibrary({ text, label }))
      .then(setLibrary, (e) => setMessage(describeError(e)))
  }, [scope, library, session, text, label])

  /** Tags occurrences in the open page through the editor, so undo covers it. */
  const tagInEditor = (found: ReadonlyArray<{ start: number; end: number }>) => {
    if (found.length === 0) return
    const current = session.cleanState().field(entitiesField)
    const added = found.map((o) => ({ id: newSpanId(), start: o.start, end: o.end, label, status: 'accepted' as const, origin: 'human' as const }))
    // A pending proposal over the same text gives way to the person's tag.
    const kept = current.entities.filter((e) => !(e.status === 'pending' && added.some((a) => a.start < e.end && e.start < a.end)))
    session.runSpec({ effects: setEntities.of({ entities: [...kept, ...added].sort((a, b) => a.start - b.start), orphans: current.orphans }), annotations: Transaction.userEvent.of('tag') })
  }

  const tagPage = () => {
    tagInEditor(inPage.filter((o) => !skip.has(String(o.start))))
    onClose()
  }

  const tagLibrary = async () => {
    if (!library) return
    const pageIds = library.map((h) => h.pageId).filter((id) => !skip.has(id) && id !== session.pageId)
    try {
      // The open page is tagged in the editor (undoable), the others by the host.
      if (!skip.has(session.pageId)) tagInEditor(findOccurrences(session.cleanState().doc.toString(), text, label, session.cleanState().field(entitiesField).entities))
      await session.flush()
      if (pageIds.length) {
        const { jobId } = await api.tagOccurrencesInLibrary({ text, label, pageIds })
        for (;;) {
          const job = await api.getJob({ jobId })
          if (job.state !== 'running') {
            setMessage(job.message)
            break
          }
          await new Promise((r) => setTimeout(r, 150))
        }
      }
      onLibraryChanged()
      onClose()
    } catch (e) {
      setMessage(describeError(e))
    }
  }

  const toggle = (key: string) => {
    const next = new Set(skip)
    if (next.has(key)) next.delete(key)
    else next.add(key)
    setSkip(next)
  }

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <section className="dialog" role="dialog" aria-modal="true" aria-label="Tag every occurrence" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <header>
          <h2>
            Tag every <span lang="zh-CN">「{text}」</span> as {label}
          </h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="segmented narrow" role="radiogroup" aria-label="Where">
          <button type="button" role="radio" aria-checked={scope === 'page'} className={scope === 'page' ? 'on' : ''} onClick={() => setScope('page')}>
            This page ({inPage.length})
          </button>
          <button type="button" role="radio" aria-checked={scope === 'library'} className={scope === 'library' ? 'on' : ''} onClick={() => setScope('library')}>
            Whole library{library ? ` (${library.reduce((a, h) => a + h.count, 0)})` : ''}
          </button>
        </div>
        {message && <p role="status">{message}</p>}
        {scope === 'page' ? (
          <ul className="find-results" aria-label="Occurrences">
            {inPage.map((o) => (
              <li key={o.start} className="find-match" lang="zh-CN">
                <label className="check">
                  <input type="checkbox" checked={!skip.has(String(o.start))} onChange={() => toggle(String(o.start))} />
                  {o.before}
                  <ins>{text}</ins>
                  {o.after}
                </label>
              </li>
            ))}
            {inPage.length === 0 && <li className="muted">No untagged occurrences in this page.</li>}
          </ul>
        ) : (
          <ul className="find-results" aria-label="Pages with occurrences">
            {!library && <li>Searching the library…</li>}
            {library?.map((h) => (
              <li key={h.pageId}>
                <label className="check find-page">
                  <input type="checkbox" checked={!skip.has(h.pageId)} onChange={() => toggle(h.pageId)} />
                  {h.source} <span className="muted">({h.count})</span>
                </label>
                <ul>
                  {h.samples.map((s, i) => (
                    <li key={i} className="find-match" lang="zh-CN">
                      {s.before}
                      <ins>{text}</ins>
                      {s.after}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
        <footer className="dialog-footer">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={() => (scope === 'page' ? tagPage() : void tagLibrary())} disabled={scope === 'library' && !library}>
            Tag ticked occurrences
          </button>
        </footer>
      </section>
    </div>
  )
}
