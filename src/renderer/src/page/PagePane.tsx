// The open page: its header and raw text (the side-by-side editor builds on this).
import { useEffect, useState } from 'react'
import type { PageFile } from '../../../shared/model/page'
import { api, describeError } from '../api'
import { formatSize, STATUS_LABELS } from '../library/format'
import { RawView } from './RawView'

export function PagePane({ pageId }: { pageId: string | null }) {
  const [page, setPage] = useState<PageFile | null>(null)
  const [error, setError] = useState('')

  useEffect(() => {
    if (!pageId) return
    let stale = false
    setError('')
    api.getPage({ id: pageId }).then(
      (p) => !stale && setPage(p),
      (e) => !stale && setError(describeError(e))
    )
    return () => {
      stale = true
    }
  }, [pageId])

  if (!pageId) return <main className="page-pane empty-pane">Choose a page from the list.</main>
  if (error) return <main className="page-pane empty-pane" role="alert">{error}</main>
  if (!page || page.id !== pageId) return <main className="page-pane empty-pane">Loading…</main>
  return (
    <main className="page-pane" aria-label="Page">
      <header className="page-header">
        <h1>{page.source}</h1>
        <span className={`badge status-${page.status}`}>{STATUS_LABELS[page.status]}</span>
        <span className="muted">
          {formatSize(new TextEncoder().encode(page.raw).length)} · {page.encoding} · revision {page.revision}
        </span>
      </header>
      <section className="editor-column" aria-label="Raw OCR">
        <h2 className="column-title">Raw OCR text</h2>
        <RawView text={page.raw} />
      </section>
    </main>
  )
}
