// Find and replace across the library: type a pattern (plain or regular expression), see every match with
// its context and replacement before anything changes, replace in the pages you keep ticked, undo in one step.
import { useState } from 'react'
import type { ApiOutput } from '../../../shared/api/contract'
import { api, describeError } from '../api'

type Found = ApiOutput<'findInLibrary'>

async function waitJob(jobId: string) {
  for (;;) {
    const job = await api.getJob({ jobId })
    if (job.state !== 'running') return job
    await new Promise((r) => setTimeout(r, 150))
  }
}

export function LibraryFindDialog({ onClose, beforeChange, onChanged }: { onClose: () => void; beforeChange: () => Promise<void>; onChanged: () => void }) {
  const [pattern, setPattern] = useState('')
  const [replacement, setReplacement] = useState('')
  const [regex, setRegex] = useState(true)
  const [caseSensitive, setCaseSensitive] = useState(true)
  const [found, setFound] = useState<Found | null>(null)
  const [excluded, setExcluded] = useState<Set<string>>(new Set())
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const [undo, setUndo] = useState<Array<{ id: string; revision: number }> | null>(null)
  const query = { pattern, regex, caseSensitive }

  const preview = async () => {
    setBusy(true)
    setMessage('')
    try {
      await beforeChange()
      const result = await api.findInLibrary({ query, replacement })
      setFound(result)
      setExcluded(new Set())
      setMessage(`${result.total}${result.truncated ? '+' : ''} matches in ${new Set(result.matches.map((m) => m.pageId)).size} pages`)
    } catch (e) {
      setFound(null)
      setMessage(describeError(e))
    }
    setBusy(false)
  }

  const replace = async () => {
    if (!found) return
    const pageIds = [...new Set(found.matches.map((m) => m.pageId))].filter((id) => !excluded.has(id))
    if (pageIds.length === 0) return
    setBusy(true)
    try {
      await beforeChange()
      const { jobId } = await api.replaceInLibrary({ query, replacement, pageIds })
      const job = await waitJob(jobId)
      setMessage(job.state === 'done' ? `${job.message}. You can undo this replacement as one step.` : `Replace failed: ${job.message}`)
      setUndo((job.result as Array<{ id: string; revision: number }> | undefined) ?? null)
      setFound(null)
      onChanged()
    } catch (e) {
      setMessage(describeError(e))
    }
    setBusy(false)
  }

  const undoAll = async () => {
    if (!undo) return
    setBusy(true)
    try {
      const r = await api.undoLibraryReplace({ pages: undo })
      setMessage(`Undone: ${r.restored} pages restored` + (r.failed.length ? `; ${r.failed.length} could not be restored: ${r.failed[0].reason}` : ''))
      setUndo(null)
      onChanged()
    } catch (e) {
      setMessage(describeError(e))
    }
    setBusy(false)
  }

  const byPage = new Map<string, Found['matches']>()
  for (const m of found?.matches ?? []) byPage.set(m.pageId, [...(byPage.get(m.pageId) ?? []), m])

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <section className="dialog wide" role="dialog" aria-modal="true" aria-label="Find and replace in the library" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <header>
          <h2>Find and replace in the library</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <form
          className="find-form"
          onSubmit={(e) => {
            e.preventDefault()
            void preview()
          }}
        >
          <input aria-label="Find" placeholder="Find (e.g. 深人(?=落实))" value={pattern} onChange={(e) => setPattern(e.target.value)} autoFocus lang="zh-CN" />
          <input aria-label="Replace with" placeholder="Replace with ($1 for groups)" value={replacement} onChange={(e) => setReplacement(e.target.value)} lang="zh-CN" />
          <label className="check">
            <input type="checkbox" checked={regex} onChange={(e) => setRegex(e.target.checked)} /> Regular expression
          </label>
          <label className="check">
            <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} /> Match case
          </label>
          <button type="submit" disabled={busy || pattern === ''}>
            Preview matches
          </button>
          <button type="button" className="primary" disabled={busy || !found || found.matches.length === 0} onClick={() => void replace()}>
            Replace in ticked pages
          </button>
          {undo && (
            <button type="button" disabled={busy} onClick={() => void undoAll()}>
              Undo replacement
            </button>
          )}
        </form>
        {message && (
          <p className="find-message" role="status">
            {message}
          </p>
        )}
        {found && (
          <ul className="find-results" aria-label="Matches">
            {[...byPage].map(([pageId, matches]) => (
              <li key={pageId}>
                <label className="check find-page">
                  <input
                    type="checkbox"
                    checked={!excluded.has(pageId)}
                    onChange={(e) => {
                      const next = new Set(excluded)
                      if (e.target.checked) next.delete(pageId)
                      else next.add(pageId)
                      setExcluded(next)
                    }}
                  />
                  {matches[0].source} <span className="muted">({matches.length})</span>
                </label>
                <ul>
                  {matches.slice(0, 50).map((m) => (
                    <li key={`${m.from}`} className="find-match" lang="zh-CN">
                      <span className="muted">{m.line}:</span> {m.before}
                      <del>{m.match}</del>
                      {m.replacement !== undefined && <ins>{m.replacement}</ins>}
                      {m.after}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
