// Reading-order repair buttons above the clean text: move the cursor's paragraph up or down, join it with
// the next, split it at the cursor, and move a selected fragment to the end of another paragraph.
import { useState } from 'react'
import type { PageSession } from './page-session'
import { joinWithNext, moveFragmentToLineEnd, moveParagraph, splitAtCursor } from './paragraph-commands'
import { tooltip } from './shortcuts'

export function ParagraphTools({ session }: { session: PageSession }) {
  const state = () => session.cleanState()
  const keep = (e: React.MouseEvent) => e.preventDefault() // keep the editor's selection and focus
  return (
    <div className="paragraph-tools" role="toolbar" aria-label="Paragraph tools">
      <span className="muted">Paragraph</span>
      <button type="button" onMouseDown={keep} onClick={() => session.runSpec(moveParagraph(state(), -1))} title={tooltip('moveParagraphUp')}>
        ↑ Up
      </button>
      <button type="button" onMouseDown={keep} onClick={() => session.runSpec(moveParagraph(state(), 1))} title={tooltip('moveParagraphDown')}>
        ↓ Down
      </button>
      <button type="button" onMouseDown={keep} onClick={() => session.runSpec(joinWithNext(state()))} title={tooltip('joinParagraph')}>
        Join with next
      </button>
      <button type="button" onMouseDown={keep} onClick={() => session.runSpec(splitAtCursor(state()))} title={tooltip('splitParagraph', 'Split at the cursor')}>
        Split here
      </button>
      <button type="button" onMouseDown={keep} onClick={() => session.setPickingFragment(true)} title={tooltip('moveFragment')} disabled={!session.cleanView}>
        Move selection to…
      </button>
    </div>
  )
}

/** Picks the paragraph whose end receives the selected fragment. */
export function FragmentTarget({ session, onClose }: { session: PageSession; onClose: () => void }) {
  const state = session.cleanState()
  const sel = state.selection.main
  const [query, setQuery] = useState('')
  const lines: Array<{ no: number; text: string }> = []
  for (let no = 1; no <= state.doc.lines; no++) {
    const line = state.doc.line(no)
    if (line.text.trim() === '' || (sel.from >= line.from && sel.to <= line.to)) continue
    if (query === '' || line.text.includes(query)) lines.push({ no, text: line.text })
  }
  const pick = (no: number) => {
    session.runSpec(moveFragmentToLineEnd(session.cleanState(), no))
    onClose()
  }
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <section className="dialog" role="dialog" aria-modal="true" aria-label="Move the selection to the end of a paragraph" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <header>
          <h2>Move the selection to the end of…</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        {sel.empty ? (
          <p>Select the fragment to move first (for example a continuation such as “障行动的序幕。”).</p>
        ) : (
          <>
            <p className="muted" lang="zh-CN">
              Moving: 「{state.sliceDoc(sel.from, Math.min(sel.to, sel.from + 40))}
              {sel.to - sel.from > 40 ? '…' : ''}」
            </p>
            <input aria-label="Filter paragraphs" placeholder="Filter paragraphs" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus lang="zh-CN" />
            <ul className="paragraph-choices" aria-label="Paragraphs">
              {lines.slice(0, 200).map((l) => (
                <li key={l.no}>
                  <button type="button" onClick={() => pick(l.no)} lang="zh-CN">
                    <span className="muted">{l.no}</span> …{[...l.text].slice(-24).join('')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  )
}
