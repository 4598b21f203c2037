// The ordering view for shredded columns: the lines the engine would chain into one paragraph, in its
// proposed order, which a person reviews and rearranges (drag, or the arrow buttons) before accepting.
import { useMemo, useState } from 'react'
import { analyzeRawPage, firstContentUnit, lastContentUnit, type PageLine } from '../../../shared/cleanup/rawPage'
import type { RawMove, Suggestion } from '../../../shared/cleanup/suggestion'
import type { PageSession } from './page-session'

/** The raw lines of a column-order suggestion in its proposed order (meta.lines holds 1-based line numbers). */
function chainLines(s: Suggestion, lines: readonly PageLine[]): PageLine[] {
  const numbers = String(s.meta?.lines ?? '')
    .split(',')
    .map((n) => Number(n) - 1)
  return numbers.map((i) => lines.find((l) => l.index === i)).filter((l): l is PageLine => l !== undefined)
}

/** The same suggestion rebuilding the paragraph in `order` around its home line (the earliest raw line). */
export function reordered(s: Suggestion, order: readonly PageLine[]): Suggestion {
  const home = order.reduce((a, b) => (b.index < a.index ? b : a))
  const at = order.indexOf(home)
  const range = (l: PageLine) => ({ from: l.start, to: l.end })
  const moves: RawMove[] = []
  if (at > 0) moves.push({ to: { before: firstContentUnit(home) }, pieces: order.slice(0, at).map(range) })
  if (at < order.length - 1) moves.push({ to: { after: lastContentUnit(home) }, pieces: order.slice(at + 1).map(range) })
  return { ...s, moves }
}

export function OrderingDialog({ session, suggestion, onClose }: { session: PageSession; suggestion: Suggestion; onClose: () => void }) {
  const page = useMemo(() => analyzeRawPage(session.raw), [session.raw])
  const proposed = useMemo(() => chainLines(suggestion, page.lines), [suggestion, page])
  const [order, setOrder] = useState(proposed)
  const [dragging, setDragging] = useState<number | null>(null)
  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length || from === to) return
    const next = [...order]
    const [item] = next.splice(from, 1)
    next.splice(to, 0, item)
    setOrder(next)
  }
  const changed = order.some((l, i) => l !== proposed[i])
  const accept = () => {
    session.acceptCustom(changed ? reordered(suggestion, order) : suggestion)
    onClose()
  }
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <section className="dialog wide" role="dialog" aria-modal="true" aria-label="Review line order" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <header>
          <h2>Review the line order of this paragraph</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <p className="muted">{suggestion.explanation}. Drag lines (or use the arrows) until the paragraph reads right, then accept.</p>
        <ol className="order-list" aria-label="Lines in reading order">
          {order.map((l, i) => (
            <li
              key={l.index}
              draggable
              className={dragging === i ? 'dragging' : ''}
              onDragStart={() => setDragging(i)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={() => {
                if (dragging !== null) move(dragging, i)
                setDragging(null)
              }}
              onDragEnd={() => setDragging(null)}
            >
              <span className="drag-handle" aria-hidden="true">
                ⠿
              </span>
              <span className="muted line-no">raw {l.index + 1}</span>
              <span className="order-text" lang="zh-CN">
                {l.text}
              </span>
              <button type="button" className="small subtle" aria-label={`Move raw line ${l.index + 1} up`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                ↑
              </button>
              <button type="button" className="small subtle" aria-label={`Move raw line ${l.index + 1} down`} disabled={i === order.length - 1} onClick={() => move(i, i + 1)}>
                ↓
              </button>
            </li>
          ))}
        </ol>
        <h3>Result</h3>
        <p className="order-preview" lang="zh-CN">
          {order.map((l) => l.text.replace(/\s+/g, '')).join('')}
        </p>
        <footer className="dialog-footer">
          {changed && (
            <button type="button" onClick={() => setOrder(proposed)}>
              Back to the proposal
            </button>
          )}
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={accept}>
            {changed ? 'Accept this order' : 'Accept'}
          </button>
        </footer>
      </section>
    </div>
  )
}
