// Progress and outcome of an import: a bar with counts while it runs, then a summary and every refused
// file with its reason.
import type { ImportState } from './useImport'

export function ImportPanel({ state, onClose }: { state: ImportState; onClose: () => void }) {
  if (!state.running && state.message === '' && state.failures.length === 0) return null
  const percent = state.total > 0 ? Math.round((state.done / state.total) * 100) : 0
  return (
    <section className="import-panel" role="dialog" aria-label="Import" aria-live="polite">
      <header>
        <strong>{state.running ? 'Importing…' : 'Import finished'}</strong>
        {!state.running && (
          <button type="button" className="icon-button" aria-label="Close import summary" onClick={onClose}>
            ×
          </button>
        )}
      </header>
      {state.running && (
        <>
          <progress max={state.total || 1} value={state.done} aria-label="Import progress" />
          <div className="import-count">
            {state.done} / {state.total || '…'} files ({percent}%) {state.current && <span className="import-current">{state.current}</span>}
          </div>
        </>
      )}
      {state.message && <p className="import-summary">{state.message}</p>}
      {state.failures.length > 0 && (
        <ul className="import-failures" aria-label="Files not imported">
          {state.failures.map((f, i) => (
            <li key={i}>
              <span className="file">{f.file}</span> <span className="reason">{f.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
