// The library's pages: a virtualized list (fast at tens of thousands of pages) with a text and status filter.
import { useMemo, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { PageEntry } from '../../../shared/model/library'
import { PAGE_STATUSES, type PageStatus } from '../../../shared/model/page'
import { formatSize, STATUS_LABELS } from './format'

interface Props {
  pages: PageEntry[]
  selectedId: string | null
  onSelect: (id: string) => void
}

const ROW_HEIGHT = 64

export function PageList({ pages, selectedId, onSelect }: Props) {
  const [query, setQuery] = useState('')
  const [status, setStatus] = useState<PageStatus | 'all' | 'open'>('all')
  const visible = useMemo(() => {
    const q = query.trim().toLowerCase()
    return pages.filter(
      (p) =>
        (status === 'all' || (status === 'open' ? (p.openSuggestions ?? 0) > 0 : p.status === status)) &&
        (q === '' || p.title.toLowerCase().includes(q) || p.source.toLowerCase().includes(q))
    )
  }, [pages, query, status])
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: visible.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 })

  return (
    <nav className="page-list" aria-label="Library">
      <div className="page-list-filters">
        <input type="search" placeholder="Filter pages" aria-label="Filter pages" value={query} onChange={(e) => setQuery(e.target.value)} />
        <select aria-label="Filter by status" value={status} onChange={(e) => setStatus(e.target.value as PageStatus | 'all' | 'open')}>
          <option value="all">All statuses</option>
          <option value="open">With open suggestions</option>
          {PAGE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="page-list-count" aria-live="polite">
        {visible.length === pages.length ? `${pages.length} pages` : `${visible.length} of ${pages.length} pages`}
      </div>
      <div className="page-list-scroll" ref={scrollRef}>
        <ul role="list" aria-label="Pages" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const page = visible[row.index]
            const selected = page.id === selectedId
            return (
              <li
                key={page.id}
                className={selected ? 'page-item selected' : 'page-item'}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
              >
                <button type="button" aria-current={selected ? 'page' : undefined} onClick={() => onSelect(page.id)} title={page.title}>
                  <span className="page-title">{page.title || '(untitled)'}</span>
                  <span className="page-meta">
                    <span className="page-source">{page.source}</span>
                    <span className="page-size">{formatSize(page.rawBytes)}</span>
                    <span className={`badge status-${page.status}`}>{STATUS_LABELS[page.status]}</span>
                    {page.openSuggestions !== null && page.openSuggestions > 0 && (
                      <span className="badge suggestions" title="Open suggestions">
                        {page.openSuggestions}
                      </span>
                    )}
                  </span>
                </button>
              </li>
            )
          })}
        </ul>
        {pages.length === 0 && <p className="empty">No pages yet. Use File → Import Files… or drop text files here.</p>}
      </div>
    </nav>
  )
}
