// Help → Keyboard shortcuts, generated from the shortcut table the keymaps use.
import { displayKeys, SHORTCUTS } from '../editor/shortcuts'

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const groups = [...new Set(SHORTCUTS.map((s) => s.group))]
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <section className="dialog" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" onKeyDown={(e) => e.key === 'Escape' && onClose()} tabIndex={-1} ref={(el) => el?.focus()}>
        <header>
          <h2>Keyboard shortcuts</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="shortcut-groups">
          {groups.map((g) => (
            <table key={g} className="shortcuts">
              <caption>{g}</caption>
              <tbody>
                {SHORTCUTS.filter((s) => s.group === g).map((s) => (
                  <tr key={s.id}>
                    <td>{s.label}</td>
                    <td>
                      <kbd>{s.id === 'tagLabel' ? '1 … 9' : displayKeys(s.keys)}</kbd>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
      </section>
    </div>
  )
}
