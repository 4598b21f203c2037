// The side-by-side cleanup editor for one page: raw OCR (left), clean text (middle), suggestions (right).
// Switching pages or closing the window first saves what is unsaved.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { SUGGESTION_KINDS } from '../../../shared/cleanup/suggestion'
import type { PageEntry } from '../../../shared/model/library'
import { PAGE_STATUSES, type PageStatus } from '../../../shared/model/page'
import { api, describeError } from '../api'
import { STATUS_LABELS } from '../library/format'
import { PageSession } from './page-session'
import { RevisionsDialog } from './RevisionsDialog'
import { SaveIndicator } from './SaveIndicator'
import { tooltip } from './shortcuts'
import { KIND_LABELS, type SuggestionView } from './suggestion-states'
import { SuggestionsPanel } from './SuggestionsPanel'
import { FragmentTarget, ParagraphTools } from './ParagraphTools'
import { OrderingDialog } from './OrderingDialog'
import type { Suggestion } from '../../../shared/cleanup/suggestion'
import type { LabelDef } from '../../../shared/model/library'
import { LabelPalette } from '../tagging/LabelPalette'
import { LabelSettingsDialog } from '../tagging/LabelSettingsDialog'
import { OccurrencesDialog } from '../tagging/OccurrencesDialog'
import { TaggingPanel } from '../tagging/TaggingPanel'

interface Props {
  pageId: string
  onSaved: (entry: PageEntry) => void
  onNextPage: (pageId: string) => void
  /** Reopens this page from disk (after a restore, or to drop this editor's state after a conflict). */
  onReload: () => void
  /** Lets the app flush this page before it navigates or closes. */
  registerSession: (session: PageSession | null) => void
  labels: readonly LabelDef[]
  topics: readonly string[]
  /** Labels or topics were edited, or other pages changed (tag everywhere). */
  onLibraryChanged: (labels?: LabelDef[], topics?: string[]) => void
}

export function EditorWorkspace({ pageId, onSaved, onNextPage, onReload, registerSession, labels, topics, onLibraryChanged }: Props) {
  const rawHost = useRef<HTMLDivElement>(null)
  const cleanHost = useRef<HTMLDivElement>(null)
  const [session, setSession] = useState<PageSession | null>(null)
  const [error, setError] = useState('')
  const [showHistory, setShowHistory] = useState(false)
  const [showLabels, setShowLabels] = useState(false)
  const [ordering, setOrdering] = useState<Suggestion | null>(null)
  const [occurrences, setOccurrences] = useState<{ text: string; label: string } | null>(null)
  const labelsRef = useRef(labels)
  labelsRef.current = labels
  const callbacks = useRef({ onSaved, onNextPage })
  callbacks.current = { onSaved, onNextPage }

  useEffect(() => {
    let cancelled = false
    let created: PageSession | null = null
    setError('')
    setSession(null)
    void (async () => {
      try {
        const page = await api.getPage({ id: pageId })
        if (cancelled || !rawHost.current || !cleanHost.current) return
        created = new PageSession(page, {
          onSaved: (entry) => callbacks.current.onSaved(entry),
          onNextPage: (id) => callbacks.current.onNextPage(id),
          labels: labelsRef.current
        })
        created.mount(rawHost.current, cleanHost.current)
        setSession(created)
        registerSession(created)
        window.__jiaoduiSession = created
        const { suggestions } = await api.getSuggestions({ id: pageId })
        if (!cancelled) created.setSuggestions(suggestions)
      } catch (e) {
        if (!cancelled) setError(describeError(e))
      }
    })()
    return () => {
      cancelled = true
      registerSession(null)
      if (created) void created.dispose()
    }
  }, [pageId, registerSession])

  const version = useSyncExternalStore(session?.subscribe ?? noopSubscribe, session?.getVersion ?? zero)
  // Stable, so memoized suggestion items do not re-render on every keystroke.
  const reviewOrder = useCallback((v: SuggestionView) => setOrdering(v.suggestion), [])
  const statesVersion = session?.statesVersion
  const legendKinds = useMemo(() => {
    const open = new Set(session?.openViews().map((v) => v.suggestion.kind))
    return SUGGESTION_KINDS.filter((k) => open.has(k))
  }, [session, statesVersion])
  useEffect(() => session?.setLabels(labels), [session, labels])

  return (
    <main className="page-pane" aria-label="Page editor">
      <header className="page-header">
        <h1 title={session?.page.source}>{session?.page.source ?? 'Loading…'}</h1>
        {session && (
          <>
            <label className="status-select">
              <span className="visually-hidden">Page status</span>
              <select aria-label="Page status" value={session.status} onChange={(e) => session.setStatus(e.target.value as PageStatus)} className={`status-${session.status}`}>
                {PAGE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
            <SaveIndicator session={session} />
            <div className="segmented mode-switch" role="radiogroup" aria-label="Mode">
              <button type="button" role="radio" aria-checked={session.mode === 'clean'} className={session.mode === 'clean' ? 'on' : ''} onClick={() => session.setMode('clean')}>
                Cleanup
              </button>
              <button type="button" role="radio" aria-checked={session.mode === 'tag'} className={session.mode === 'tag' ? 'on' : ''} onClick={() => session.setMode('tag')}>
                Tagging
              </button>
            </div>
            <span className="spacer" />
            <div className="toolbar" role="toolbar" aria-label="Editor tools">
              <button type="button" onClick={() => session.undo()} title={tooltip('undo', 'Undo')}>
                ↶
              </button>
              <button type="button" onClick={() => session.redo()} title={tooltip('redo', 'Redo')}>
                ↷
              </button>
              <label className="check" title={tooltip('toggleUnified', 'Show removed raw text inline')}>
                <input type="checkbox" checked={session.showDeletions} onChange={(e) => session.setShowDeletions(e.target.checked)} /> Unified diff
              </label>
              <label className="check" title="Keep both sides at the same place of the page">
                <input type="checkbox" checked={session.syncScroll} onChange={(e) => session.setSyncScroll(e.target.checked)} /> Sync scrolling
              </label>
              <button type="button" onClick={() => setShowHistory(true)} title="Browse and restore earlier revisions">
                History…
              </button>
              <button type="button" className="primary" onClick={() => void session.markReviewedAndNext()} title={tooltip('markReviewed', 'Mark reviewed, next page')}>
                ✓ Reviewed, next
              </button>
            </div>
          </>
        )}
      </header>
      {error && (
        <p className="error-banner" role="alert">
          {error}
        </p>
      )}
      {session?.saveStatus.kind === 'error' && session.saveStatus.conflict && (
        <p className="error-banner" role="alert">
          {session.saveStatus.message}{' '}
          <button type="button" onClick={onReload}>
            Reload page
          </button>
          <button
            type="button"
            onClick={() =>
              void api.getPage({ id: pageId }).then((p) => session.overwrite(p.revision))
            }
          >
            Keep my version
          </button>
        </p>
      )}
      <div className="workspace" data-version={version}>
        <section className="editor-column" aria-label="Raw OCR">
          <h2 className="column-title">Raw OCR text</h2>
          <div className="legend" aria-label="Legend">
            {legendKinds.map((k) => (
              <span key={k} className="legend-item">
                <span className={`swatch kind-${k}`} aria-hidden="true" />
                {KIND_LABELS[k]}
              </span>
            ))}
          </div>
          <div className="cm-host" ref={rawHost} />
        </section>
        <section className="editor-column" aria-label="Clean">
          <h2 className="column-title">
            Clean text{' '}
            <span className="diff-key">
              <span className="cm-changed">changed</span> <span className="cm-inserted">typed</span> <span className="cm-removed-mark" /> removed
            </span>
          </h2>
          {session?.mode === 'tag' && <LabelPalette session={session} onEditLabels={() => setShowLabels(true)} />}
          {session?.mode === 'clean' && <ParagraphTools session={session} />}
          <div className="cm-host" ref={cleanHost} />
        </section>
        {session && session.mode === 'clean' && <SuggestionsPanel session={session} version={version} onReviewOrder={reviewOrder} />}
        {session && session.mode === 'tag' && <TaggingPanel session={session} version={version} topics={topics} onTagEverywhere={(text, label) => setOccurrences({ text, label })} />}
      </div>
      {session?.pickingFragment && <FragmentTarget session={session} onClose={() => session.setPickingFragment(false)} />}
      {ordering && session && <OrderingDialog session={session} suggestion={ordering} onClose={() => setOrdering(null)} />}
      {showLabels && (
        <LabelSettingsDialog labels={labels} topics={topics} onClose={() => setShowLabels(false)} onSaved={(l, t) => onLibraryChanged(l, t)} />
      )}
      {occurrences && session && (
        <OccurrencesDialog session={session} text={occurrences.text} label={occurrences.label} onClose={() => setOccurrences(null)} onLibraryChanged={() => onLibraryChanged()} />
      )}
      {showHistory && session && (
        <RevisionsDialog
          pageId={pageId}
          onClose={() => setShowHistory(false)}
          beforeRestore={() => session.flush()}
          onRestored={() => {
            setShowHistory(false)
            onReload()
          }}
        />
      )}
    </main>
  )
}

const noopSubscribe = () => () => undefined
const zero = () => 0
