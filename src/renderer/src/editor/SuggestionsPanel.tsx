// The suggestions panel: open suggestions grouped by kind with counts, before → after and the explanation,
// Accept / Reject per item and per kind, a safe / needs-review filter. Keyboard: see shortcuts.ts.
import { memo, useEffect, useMemo, useRef, useState } from 'react'
import { SUGGESTION_KINDS, type SuggestionKind } from '../../../shared/cleanup/suggestion'
import { describeSuggestion, lineNumberAt } from './describe-suggestion'
import type { PageSession, SuggestionFilter } from './page-session'
import { tooltip } from './shortcuts'
import { KIND_LABELS, type SuggestionView } from './suggestion-states'

const PER_GROUP = 150

interface Props {
  session: PageSession
  version: number
  onReviewOrder?: (view: SuggestionView) => void
}

export function SuggestionsPanel({ session, version, onReviewOrder }: Props) {
  const [filter, setFilter] = useState<SuggestionFilter>('all')
  const [collapsed, setCollapsed] = useState<Set<SuggestionKind>>(new Set(['blank-lines']))
  const [expanded, setExpanded] = useState<Set<SuggestionKind>>(new Set())
  // Keyed on statesVersion, which changes only when suggestion states change (not per keystroke): a 200 KB page
  // has thousands of suggestions.
  const statesVersion = session.statesVersion
  const open = useMemo(() => session.openViews(), [session, statesVersion])
  const safeCount = useMemo(() => open.filter((v) => v.suggestion.safe).length, [open])
  const decided = useMemo(
    () => session.views.filter((v) => v.state === 'accepted' || v.state === 'rejected').length,
    [session, statesVersion]
  )
  const shown = useMemo(() => session.openViews(filter), [session, filter, statesVersion])
  const groups = useMemo(() => {
    const by = new Map<SuggestionKind, SuggestionView[]>()
    for (const v of shown) {
      const list = by.get(v.suggestion.kind)
      if (list) list.push(v)
      else by.set(v.suggestion.kind, [v])
    }
    for (const list of by.values()) list.sort((a, b) => a.cleanFrom - b.cleanFrom || (a.suggestion.rank ?? 1) - (b.suggestion.rank ?? 1))
    // Kinds that need a person's judgement first; the bulk of safe fixes after them.
    const needsReview = (k: SuggestionKind) => (by.get(k) ?? []).some((v) => !v.suggestion.safe)
    const kinds = SUGGESTION_KINDS.filter((k) => by.has(k))
    return [...kinds.filter(needsReview), ...kinds.filter((k) => !needsReview(k))].map((k) => [k, by.get(k) as SuggestionView[]] as const)
  }, [shown])
  const listRef = useRef<HTMLUListElement>(null)

  useEffect(() => {
    if (!session.selectedId) return
    listRef.current?.querySelector(`[data-id="${session.selectedId}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [session.selectedId, version])

  const toggle = (set: Set<SuggestionKind>, k: SuggestionKind) => {
    const next = new Set(set)
    if (next.has(k)) next.delete(k)
    else next.add(k)
    return next
  }

  return (
    <aside className="suggestions-panel" aria-label="Suggestions panel">
      <header className="panel-header">
        <h2>Suggestions</h2>
        <span className="muted" aria-live="polite">
          {open.length} open · {safeCount} safe · {decided} decided
        </span>
      </header>
      <div className="segmented" role="radiogroup" aria-label="Show suggestions">
        {(['all', 'safe', 'review'] as const).map((f) => (
          <button key={f} type="button" role="radio" aria-checked={filter === f} className={filter === f ? 'on' : ''} onClick={() => setFilter(f)}>
            {f === 'all' ? 'All' : f === 'safe' ? 'Safe' : 'Needs review'}
          </button>
        ))}
      </div>
      <div className="panel-nav">
        <button
          type="button"
          className="primary"
          disabled={safeCount === 0}
          onClick={() => session.acceptAllSafe()}
          title="Accept every safe suggestion on this page (one undo step)"
        >
          Accept all safe ({safeCount})
        </button>
        <button type="button" onClick={() => session.step(-1)} title={tooltip('prevSuggestion')}>
          ↑ Previous
        </button>
        <button type="button" onClick={() => session.step(1)} title={tooltip('nextSuggestion')}>
          ↓ Next
        </button>
      </div>
      {session.analyzing && <p className="empty">Analyzing the page…</p>}
      {!session.analyzing && shown.length === 0 && <p className="empty">{open.length === 0 ? 'No open suggestions on this page.' : 'None in this filter.'}</p>}
      <ul className="suggestion-groups" aria-label="Suggestions" ref={listRef}>
        {groups.map(([kind, list]) => (
          <li key={kind} className="suggestion-group">
            <div className="group-header">
              <button type="button" className="group-toggle" aria-expanded={!collapsed.has(kind)} onClick={() => setCollapsed(toggle(collapsed, kind))}>
                <span className={`swatch kind-${kind}`} aria-hidden="true" />
                {KIND_LABELS[kind]} <span className="count">{list.length}</span>
              </button>
              <button type="button" className="small" onClick={() => session.acceptAllOfKind(kind, filter)} title={`Accept all ${list.length} ${KIND_LABELS[kind].toLowerCase()} (one undo step)`}>
                Accept all
              </button>
              <button type="button" className="small subtle" onClick={() => session.rejectAllOfKind(kind, filter)} title={`Reject all ${list.length}`}>
                Reject all
              </button>
            </div>
            {!collapsed.has(kind) && (
              <ul aria-label={KIND_LABELS[kind]}>
                {(expanded.has(kind) ? list : list.slice(0, PER_GROUP)).map((v) => (
                  <SuggestionItem key={v.suggestion.id} view={v} session={session} selected={v.suggestion.id === session.selectedId} onReviewOrder={onReviewOrder} />
                ))}
                {list.length > PER_GROUP && !expanded.has(kind) && (
                  <li>
                    <button type="button" className="link" onClick={() => setExpanded(toggle(expanded, kind))}>
                      Show all {list.length}
                    </button>
                  </li>
                )}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </aside>
  )
}

/** An item shows only its suggestion: a new view object for the same suggestion and state needs no re-render. */
const sameItem = (a: ItemProps, b: ItemProps) =>
  a.view.suggestion === b.view.suggestion &&
  a.view.state === b.view.state &&
  a.selected === b.selected &&
  a.session === b.session &&
  a.onReviewOrder === b.onReviewOrder

interface ItemProps {
  view: SuggestionView
  session: PageSession
  selected: boolean
  onReviewOrder?: (view: SuggestionView) => void
}

const SuggestionItem = memo(function SuggestionItem({
  view,
  session,
  selected,
  onReviewOrder
}: ItemProps) {
  const s = view.suggestion
  const snip = describeSuggestion(s, session.raw)
  return (
    <li className={selected ? 'suggestion selected' : 'suggestion'} data-id={s.id} onClick={() => session.select(s.id)}>
      <div className="suggestion-change" lang="zh-CN">
        {snip.move ? (
          <span>
            {s.moves?.[0]?.to ? 'Move ' : 'Remove '}
            <del>{snip.move.text}</del>
            {snip.move.target && (
              <>
                {' '}
                to <ins>{snip.move.target}</ins>
              </>
            )}
          </span>
        ) : (
          <span>
            <span className="ctx">{snip.context}</span>
            <del>{snip.before || '∅'}</del>
            <span className="arrow">→</span>
            <ins>{snip.after || '∅'}</ins>
            <span className="ctx">{snip.contextAfter}</span>
          </span>
        )}
      </div>
      <div className="suggestion-why">{s.explanation}</div>
      <div className="suggestion-meta">
        <span className={s.safe ? 'tag safe' : 'tag review'}>{s.safe ? 'safe' : 'review'}</span>
        <span className="muted">{Math.round(s.confidence * 100)}%</span>
        {s.rank !== undefined && s.group && <span className="muted">option {s.rank}</span>}
        {s.twin && (
          <button
            type="button"
            className="link"
            onClick={(e) => {
              e.stopPropagation()
              session.rawView?.dispatch({ selection: { anchor: s.twin!.from, head: s.twin!.to }, scrollIntoView: true })
            }}
          >
            twin at line {lineNumberAt(session.raw, s.twin.from)}
          </button>
        )}
        <span className="spacer" />
        {s.kind === 'column-order' && onReviewOrder && (
          <button
            type="button"
            className="small subtle"
            onClick={(e) => {
              e.stopPropagation()
              onReviewOrder(view)
            }}
          >
            Review order…
          </button>
        )}
        <button
          type="button"
          className="small primary"
          title={tooltip('acceptSuggestion', 'Accept')}
          onClick={(e) => {
            e.stopPropagation()
            session.accept(s.id)
          }}
        >
          Accept
        </button>
        <button
          type="button"
          className="small"
          title={tooltip('rejectSuggestion', 'Reject')}
          onClick={(e) => {
            e.stopPropagation()
            session.reject(s.id)
          }}
        >
          Reject
        </button>
      </div>
    </li>
  )
}, sameItem)
