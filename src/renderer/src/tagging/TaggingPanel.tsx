// The tagging side panel: the page's articles (type, topics, region, line roles), their entities with
// counts per label, proposals to accept or reject, and spans whose text an edit removed.
import { useMemo, useState } from 'react'
import { articlesOf, type ArticleView } from '../../../shared/articles/articleView'
import { suggestRegion } from '../../../shared/tagging/region'
import { ARTICLE_TYPES, LINE_ROLES, type ArticleType, type EntitySpan, type LineRole } from '../../../shared/model/page'
import { entitiesField } from '../editor/annotation-fields'
import { docString } from '../editor/doc-string'
import type { PageSession } from '../editor/page-session'
import { tooltip } from '../editor/shortcuts'
import { effectiveLayout } from './article-layout'
import {
  acceptSpans,
  deleteSpan,
  dismissOrphans,
  mergeArticle,
  moveCursorParagraph,
  rejectSpans,
  relabelSpan,
  setMeta,
  setRoleAtCursor,
  splitArticleAtCursor
} from './tagging-commands'

const ROLE_LABELS: Record<LineRole, string> = {
  kicker: 'Kicker (引题)',
  headline: 'Headline',
  subhead: 'Subhead',
  byline: 'Byline / dateline',
  body: 'Body',
  heading: 'Section heading',
  caption: 'Photo caption'
}

interface Props {
  session: PageSession
  version: number
  topics: readonly string[]
  onTagEverywhere: (text: string, label: string) => void
}

export function TaggingPanel({ session, version, topics, onTagEverywhere }: Props) {
  const state = session.cleanView?.state
  const data = useMemo(() => {
    if (!state) return null
    const layout = effectiveLayout(state)
    let articles: ArticleView[] = []
    try {
      articles = articlesOf(docString(state.doc), layout)
    } catch {
      articles = []
    }
    const { entities, orphans } = state.field(entitiesField)
    const cursor = state.selection.main.head
    const line = state.doc.lineAt(cursor)
    const role = layout.roles.find((r) => r.at === line.from)?.role ?? 'body'
    const current = articles.find((a) => a.range.start <= cursor && cursor <= a.range.end) ?? null
    return { articles, entities: entities.filter((e) => e.status !== 'rejected'), orphans, role, current, text: docString(state.doc) }
  }, [state, version])
  const [openArticle, setOpenArticle] = useState<string | null>(null)
  if (!data || !state) return null
  const { articles, entities, orphans, role, current, text } = data
  const pending = entities.filter((e) => e.status === 'pending')
  const run = (spec: Parameters<PageSession['runSpec']>[0]) => session.runSpec(spec)

  return (
    <aside className="tagging-panel" aria-label="Tagging panel">
      <header className="panel-header">
        <h2>Articles &amp; entities</h2>
        <span className="muted">
          {articles.length} articles · {entities.length - pending.length} entities · {pending.length} proposed
        </span>
      </header>
      <div className="tag-actions">
        <button type="button" className="small" disabled={session.proposing} onClick={() => void session.propose()} title="Propose PER, ORG, LOC, DATE and MONEY spans from rules, dictionaries and the segmenter">
          Propose entities
        </button>
        <button type="button" className="small primary" disabled={pending.length === 0} onClick={() => run(acceptSpans(state, new Set(pending.map((e) => e.id))))}>
          Accept all proposed ({pending.length})
        </button>
        <button type="button" className="small" disabled={pending.length === 0} onClick={() => run(rejectSpans(state, new Set(pending.map((e) => e.id))))}>
          Reject all
        </button>
        <button type="button" className="small subtle" disabled={pending.length === 0} onClick={() => session.stepEntity()} title={tooltip('nextEntity')}>
          Next proposed
        </button>
      </div>
      {session.message && (
        <p className="panel-message" role="status">
          {session.message}
        </p>
      )}
      <section className="line-tools" aria-label="Line and article tools">
        <label>
          Line role{' '}
          <select aria-label="Line role" value={role} onChange={(e) => run(setRoleAtCursor(state, e.target.value as LineRole))}>
            {LINE_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="small" onClick={() => run(splitArticleAtCursor(state))} title={tooltip('splitArticle', 'New article from this line')}>
          New article here
        </button>
        {current && current.index > 0 && (
          <button type="button" className="small" onClick={() => run(mergeArticle(state, current.id))}>
            Merge with previous
          </button>
        )}
        {articles.length > 1 && (
          <select aria-label="Move paragraph to article" value="" onChange={(e) => e.target.value && run(moveCursorParagraph(state, e.target.value))}>
            <option value="">Move paragraph to…</option>
            {articles
              .filter((a) => a.id !== current?.id)
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.index + 1}. {a.headline ?? '(no headline)'}
                </option>
              ))}
          </select>
        )}
      </section>
      <ul className="article-list" aria-label="Articles">
        {articles.map((a) => {
          const spans = entities.filter((e) => e.start >= a.range.start && e.end <= a.range.end)
          const open = openArticle === a.id || (openArticle === null && current?.id === a.id)
          return (
            <li key={a.id} className={current?.id === a.id ? 'article current' : 'article'}>
              <button type="button" className="article-title" aria-expanded={open} onClick={() => (setOpenArticle(open ? '' : a.id), session.jumpTo(a.range.start, a.range.start))}>
                <span className="article-no">{a.index + 1}</span>
                <span className="article-headline" lang="zh-CN">
                  {a.headline ?? '(no headline)'}
                </span>
                <span className="count">{spans.length}</span>
              </button>
              {open && <ArticleDetails article={a} spans={spans} session={session} topics={topics} text={text} onTagEverywhere={onTagEverywhere} />}
            </li>
          )
        })}
      </ul>
      {orphans.length > 0 && (
        <section className="orphans" aria-label="Removed entities">
          <h3>
            Removed by edits ({orphans.length}){' '}
            <button type="button" className="link" onClick={() => run(dismissOrphans(state))}>
              Dismiss
            </button>
          </h3>
          <ul>
            {orphans.map((o) => (
              <li key={o.span.id} lang="zh-CN">
                <span className="entity-label" style={{ ['--label' as string]: session.labels.find((l) => l.name === o.span.label)?.color }}>
                  {o.span.label}
                </span>{' '}
                <del>{o.text}</del> <span className="muted">(undo brings it back)</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  )
}

function ArticleDetails({
  article,
  spans,
  session,
  topics,
  text,
  onTagEverywhere
}: {
  article: ArticleView
  spans: EntitySpan[]
  session: PageSession
  topics: readonly string[]
  text: string
  onTagEverywhere: (text: string, label: string) => void
}) {
  const state = session.cleanState()
  const [tagInput, setTagInput] = useState('')
  const counts = new Map<string, number>()
  for (const s of spans) if (s.status === 'accepted') counts.set(s.label, (counts.get(s.label) ?? 0) + 1)
  const suggested = suggestRegion(article)
  const addTag = (t: string) => {
    const tag = t.trim()
    if (tag && !article.tags.includes(tag)) session.runSpec(setMeta(state, article.id, { tags: [...article.tags, tag] }))
    setTagInput('')
  }
  return (
    <div className="article-details">
      <div className="meta-row">
        <label>
          Type{' '}
          <select aria-label="Article type" value={article.type} onChange={(e) => session.runSpec(setMeta(state, article.id, { type: e.target.value as ArticleType }))}>
            {ARTICLE_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Region{' '}
          <input
            aria-label="Region"
            lang="zh-CN"
            placeholder={suggested ? `${suggested}?` : '—'}
            defaultValue={article.region ?? ''}
            key={article.region ?? ''}
            onBlur={(e) => e.target.value !== (article.region ?? '') && session.runSpec(setMeta(state, article.id, { region: e.target.value.trim() || null }))}
          />
        </label>
        {suggested && !article.region && (
          <button type="button" className="link" onClick={() => session.runSpec(setMeta(state, article.id, { region: suggested }))}>
            use {suggested}
          </button>
        )}
      </div>
      <div className="meta-row tags-row">
        {article.tags.map((t) => (
          <span key={t} className="chip">
            {t}
            <button type="button" aria-label={`Remove tag ${t}`} onClick={() => session.runSpec(setMeta(state, article.id, { tags: article.tags.filter((x) => x !== t) }))}>
              ×
            </button>
          </span>
        ))}
        <input
          aria-label="Add topic tag"
          list="topic-list"
          placeholder="+ topic"
          value={tagInput}
          lang="zh-CN"
          onChange={(e) => setTagInput(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              addTag(tagInput)
            }
          }}
        />
        <datalist id="topic-list">
          {topics.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </div>
      <div className="label-counts">
        {session.labels.map((l) => (
          <span key={l.name} className="entity-label" style={{ ['--label' as string]: l.color }}>
            {l.name} {counts.get(l.name) ?? 0}
          </span>
        ))}
      </div>
      <ul className="entity-list" aria-label="Entities">
        {spans.map((e) => (
          <li key={e.id} className={e.status === 'pending' ? 'entity pending' : 'entity'}>
            <button type="button" className="entity-text" lang="zh-CN" onClick={() => session.jumpTo(e.start, e.end)} title="Show in the text">
              {text.slice(e.start, e.end)}
            </button>
            <select aria-label="Label" value={e.label} onChange={(ev) => session.runSpec(relabelSpan(state, e.id, ev.target.value))} style={{ ['--label' as string]: session.labels.find((l) => l.name === e.label)?.color }}>
              {session.labels.map((l) => (
                <option key={l.name} value={l.name}>
                  {l.name}
                </option>
              ))}
            </select>
            {e.status === 'pending' ? (
              <>
                <button type="button" className="small primary" onClick={() => session.runSpec(acceptSpans(state, new Set([e.id])))} title={tooltip('acceptEntity', 'Accept')}>
                  Accept
                </button>
                <button type="button" className="small" onClick={() => session.runSpec(rejectSpans(state, new Set([e.id])))} title={tooltip('rejectEntity', 'Reject')}>
                  Reject
                </button>
              </>
            ) : (
              <>
                <button type="button" className="small subtle" onClick={() => onTagEverywhere(text.slice(e.start, e.end), e.label)} title="Tag every occurrence of this text">
                  All…
                </button>
                <button type="button" className="small subtle" aria-label={`Delete ${text.slice(e.start, e.end)}`} onClick={() => session.runSpec(deleteSpan(state, e.id))}>
                  ×
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
