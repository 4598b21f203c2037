// Revision history of a page: snapshots with time and cause, a preview of each, and restore.
import { useEffect, useState } from 'react'
import type { ApiOutput } from '../../../shared/api/contract'
import { api, describeError } from '../api'

type Revision = ApiOutput<'listRevisions'>[number]

const CAUSES: Record<string, string> = {
  import: 'Original import',
  auto: 'Automatic cleanup',
  restore: 'Restored',
  recover: 'Recovered',
  edit: 'Editing',
  accept: 'Accepted suggestions',
  reject: 'Rejected suggestions',
  paragraph: 'Paragraph changes',
  replace: 'Find and replace',
  segment: 'Articles',
  tag: 'Tagging',
  status: 'Status'
}

export function RevisionsDialog({
  pageId,
  onClose,
  beforeRestore,
  onRestored
}: {
  pageId: string
  onClose: () => void
  beforeRestore: () => Promise<void>
  onRestored: () => void
}) {
  const [revisions, setRevisions] = useState<Revision[] | null>(null)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void beforeRestore()
      .then(() => api.listRevisions({ id: pageId }))
      .then(setRevisions, (e) => setError(describeError(e)))
  }, [pageId, beforeRestore])

  const restore = async (revision: number) => {
    setBusy(true)
    try {
      await beforeRestore()
      await api.restoreRevision({ id: pageId, revision })
      onRestored()
    } catch (e) {
      setError(describeError(e))
      setBusy(false)
    }
  }

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <section className="dialog" role="dialog" aria-modal="true" aria-label="Revision history" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <header>
          <h2>Revision history</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <p className="muted">The original import and the newest 50 snapshots are kept. Restoring makes a new revision, so it can be undone the same way.</p>
        {error && <p role="alert" className="error-text">{error}</p>}
        {!revisions && !error && <p>Loading…</p>}
        {revisions && (
          <ul className="revision-list" aria-label="Revisions">
            {revisions.map((r) => (
              <li key={`${r.revision}-${r.cause}`}>
                <span className="rev-number">#{r.revision}</span>
                <span className="rev-cause">{CAUSES[r.cause] ?? r.cause}</span>
                <time className="muted">{new Date(r.at).toLocaleString()}</time>
                <button type="button" disabled={busy} onClick={() => void restore(r.revision)}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
