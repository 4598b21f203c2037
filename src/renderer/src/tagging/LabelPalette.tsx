// The label palette above the clean text in tagging mode: click a label (or press its digit) to tag the
// selection.
import type { PageSession } from '../editor/page-session'

export function LabelPalette({ session, onEditLabels }: { session: PageSession; onEditLabels: () => void }) {
  return (
    <div className="label-palette" role="toolbar" aria-label="Labels">
      {session.labels.map((l) => (
        <button
          key={l.name}
          type="button"
          className="label-button"
          style={{ ['--label' as string]: l.color }}
          title={`Tag the selection as ${l.name} (${l.hotkey})`}
          onMouseDown={(e) => e.preventDefault() /* keep the editor's selection */}
          onClick={() => session.tag(l.name)}
        >
          <kbd>{l.hotkey}</kbd> {l.name}
        </button>
      ))}
      <button type="button" className="link" onClick={onEditLabels}>
        Edit labels…
      </button>
      <span className="muted palette-hint">Select text, then press a digit. Alt+Y / Alt+N accept / reject a proposal.</span>
    </div>
  )
}
