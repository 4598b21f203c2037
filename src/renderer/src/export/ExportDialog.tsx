// File → Export…: formats, filters and destination (a folder in the desktop app, a zip download in the
// browser), a progress bar with counts, and a summary at the end.
import { useState } from 'react'
import type { ExportResult } from '../../../shared/api/contract'
import { EXPORT_FORMATS, type ExportFilters, type ExportFormat } from '../../../shared/export/options'
import type { LabelDef } from '../../../shared/model/library'
import { PAGE_STATUSES, type PageStatus } from '../../../shared/model/page'
import { api, describeError, downloadUrl, transport } from '../api'
import { STATUS_LABELS } from '../library/format'

const FORMAT_LABELS: Record<ExportFormat, string> = {
  txt: 'Plain text (one file per article + corpus.txt)',
  jsonl: 'JSONL (doccano: text, label [start, end, LABEL])',
  labelstudio: 'Label Studio JSON (NER template)',
  conll: 'CoNLL BIO (one token per line)',
  brat: 'brat standoff (.txt + .ann + annotation.conf)',
  md: 'Markdown (one file per page, for reading)'
}

interface Progress {
  state: 'running' | 'done' | 'failed'
  done: number
  total: number
  current: string
  message: string
  result?: ExportResult
  jobId: string
}

export function ExportDialog({
  labels,
  nativeDialogs,
  currentPageId,
  onClose,
  beforeExport
}: {
  labels: readonly LabelDef[]
  nativeDialogs: boolean
  currentPageId: string | null
  onClose: () => void
  beforeExport: () => Promise<void>
}) {
  const [formats, setFormats] = useState<Set<ExportFormat>>(new Set(EXPORT_FORMATS))
  const [statuses, setStatuses] = useState<Set<PageStatus>>(new Set(PAGE_STATUSES))
  const [labelSet, setLabelSet] = useState<Set<string>>(new Set(labels.map((l) => l.name)))
  const [onlyThisPage, setOnlyThisPage] = useState(false)
  const [includeHeadlines, setIncludeHeadlines] = useState(false)
  const [includeSuggested, setIncludeSuggested] = useState(false)
  const [conllTokens, setConllTokens] = useState<'char' | 'latin-runs'>('latin-runs')
  const [progress, setProgress] = useState<Progress | null>(null)
  const [error, setError] = useState('')

  const toggle = <T,>(set: Set<T>, value: T, apply: (s: Set<T>) => void) => {
    const next = new Set(set)
    if (next.has(value)) next.delete(value)
    else next.add(value)
    apply(next)
  }

  const filters = (): ExportFilters => ({
    formats: EXPORT_FORMATS.filter((f) => formats.has(f)),
    statuses: statuses.size === PAGE_STATUSES.length ? null : PAGE_STATUSES.filter((s) => statuses.has(s)),
    pageIds: onlyThisPage && currentPageId ? [currentPageId] : null,
    labels: labelSet.size === labels.length ? null : labels.map((l) => l.name).filter((n) => labelSet.has(n)),
    includeHeadlines,
    includeSuggested,
    conllTokens
  })

  const start = async () => {
    setError('')
    try {
      await beforeExport()
      const started = nativeDialogs ? await api.exportWithDialog({ filters: filters() }) : await api.exportZip({ filters: filters() })
      if (!started) return
      for (;;) {
        const job = await api.getJob({ jobId: started.jobId })
        setProgress({ state: job.state, done: job.done, total: job.total, current: job.current, message: job.message, result: job.result as ExportResult | undefined, jobId: started.jobId })
        if (job.state !== 'running') break
        await new Promise((r) => setTimeout(r, 150))
      }
    } catch (e) {
      setError(describeError(e))
    }
  }

  const result = progress?.result
  const invalid = formats.size === 0 || statuses.size === 0 || labelSet.size === 0
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && progress?.state !== 'running' && onClose()}>
      <section className="dialog wide" role="dialog" aria-modal="true" aria-label="Export" onKeyDown={(e) => e.key === 'Escape' && progress?.state !== 'running' && onClose()}>
        <header>
          <h2>Export corpus</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose} disabled={progress?.state === 'running'}>
            ×
          </button>
        </header>
        {!progress && (
          <div className="export-form">
            <fieldset>
              <legend>Formats</legend>
              {EXPORT_FORMATS.map((f) => (
                <label key={f} className="check block">
                  <input type="checkbox" checked={formats.has(f)} onChange={() => toggle(formats, f, setFormats)} /> {FORMAT_LABELS[f]}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>Pages</legend>
              {PAGE_STATUSES.map((s) => (
                <label key={s} className="check block">
                  <input type="checkbox" checked={statuses.has(s)} onChange={() => toggle(statuses, s, setStatuses)} /> {STATUS_LABELS[s]}
                </label>
              ))}
              <label className="check block">
                <input type="checkbox" checked={onlyThisPage} disabled={!currentPageId} onChange={(e) => setOnlyThisPage(e.target.checked)} /> Only the open page
              </label>
            </fieldset>
            <fieldset>
              <legend>Entities and text</legend>
              <div className="label-checks">
                {labels.map((l) => (
                  <label key={l.name} className="check">
                    <input type="checkbox" checked={labelSet.has(l.name)} onChange={() => toggle(labelSet, l.name, setLabelSet)} />
                    <span className="entity-label" style={{ ['--label' as string]: l.color }}>
                      {l.name}
                    </span>
                  </label>
                ))}
              </div>
              <label className="check block">
                <input type="checkbox" checked={includeSuggested} onChange={(e) => setIncludeSuggested(e.target.checked)} /> Include proposed (unreviewed) entities, marked as suggested
              </label>
              <label className="check block">
                <input type="checkbox" checked={includeHeadlines} onChange={(e) => setIncludeHeadlines(e.target.checked)} /> Put kicker, headline and byline into the text
              </label>
              <label className="block">
                CoNLL tokens{' '}
                <select aria-label="CoNLL tokens" value={conllTokens} onChange={(e) => setConllTokens(e.target.value as 'char' | 'latin-runs')}>
                  <option value="latin-runs">one per character; Latin/digit runs together</option>
                  <option value="char">one per character</option>
                </select>
              </label>
            </fieldset>
          </div>
        )}
        {progress && (
          <div className="export-progress" aria-live="polite">
            {progress.state === 'running' && (
              <>
                <progress max={progress.total || 1} value={progress.done} aria-label="Export progress" />
                <p>
                  Page {progress.done} of {progress.total || '…'} · {progress.current}
                </p>
              </>
            )}
            {progress.state === 'failed' && (
              <p className="error-text" role="alert">
                Export failed: {progress.message}
              </p>
            )}
            {progress.state === 'done' && result && (
              <div className="export-summary">
                <p>{progress.message}</p>
                <p className="muted">
                  {result.files} files, {(result.bytes / 1024 / 1024).toFixed(2)} MB. Every file's sha256 is in manifest.json.
                </p>
                {result.warnings.length > 0 && (
                  <details>
                    <summary>{result.warnings.length} warnings</summary>
                    <ul>
                      {result.warnings.map((w, i) => (
                        <li key={i}>{w}</li>
                      ))}
                    </ul>
                  </details>
                )}
                {result.outDir && (
                  <button type="button" className="primary" onClick={() => void api.revealExport({ jobId: progress.jobId }).catch((e) => setError(describeError(e)))}>
                    Open folder
                  </button>
                )}
                {result.download && (
                  <a className="button primary" href={downloadUrl(result.download)} download>
                    Download {result.download}
                  </a>
                )}
              </div>
            )}
          </div>
        )}
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        {!progress && (
          <footer className="dialog-footer">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="primary" disabled={invalid} onClick={() => void start()}>
              {nativeDialogs ? 'Choose folder and export…' : transport === 'http' ? 'Export and download zip' : 'Export'}
            </button>
          </footer>
        )}
      </section>
    </div>
  )
}
