// Settings → Labels and topics: the entity label set (name, colour, hotkey 1–9) and the topic list,
// stored in the library.
import { useState } from 'react'
import type { LabelDef } from '../../../shared/model/library'
import { validateLabels } from '../../../shared/tagging/labels'
import { api, describeError } from '../api'

export function LabelSettingsDialog({
  labels,
  topics,
  onClose,
  onSaved
}: {
  labels: readonly LabelDef[]
  topics: readonly string[]
  onClose: () => void
  onSaved: (labels: LabelDef[], topics: string[]) => void
}) {
  const [rows, setRows] = useState<LabelDef[]>(labels.map((l) => ({ ...l })))
  const [topicText, setTopicText] = useState(topics.join('\n'))
  const [error, setError] = useState('')
  const problems = validateLabels(rows)

  const update = (i: number, patch: Partial<LabelDef>) => setRows(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)))
  const freeKey = () => '123456789'.split('').find((k) => !rows.some((r) => r.hotkey === k))

  const save = async () => {
    try {
      const saved = await api.updateLabels({ labels: rows })
      const t = await api.updateSettings({ topics: topicText.split('\n').map((x) => x.trim()).filter(Boolean) })
      onSaved(saved, t.topics)
      onClose()
    } catch (e) {
      setError(describeError(e))
    }
  }

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <section className="dialog" role="dialog" aria-modal="true" aria-label="Labels and topics" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <header>
          <h2>Labels and topics</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <table className="label-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Colour</th>
              <th>Key</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td>
                  <input aria-label={`Label ${i + 1} name`} value={r.name} onChange={(e) => update(i, { name: e.target.value.toUpperCase() })} />
                </td>
                <td>
                  <input aria-label={`Label ${i + 1} colour`} type="color" value={r.color} onChange={(e) => update(i, { color: e.target.value })} />
                </td>
                <td>
                  <select aria-label={`Label ${i + 1} key`} value={r.hotkey} onChange={(e) => update(i, { hotkey: e.target.value })}>
                    {'123456789'.split('').map((k) => (
                      <option key={k}>{k}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <button type="button" className="small subtle" disabled={rows.length <= 1} onClick={() => setRows(rows.filter((_, k) => k !== i))}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="small" disabled={rows.length >= 9} onClick={() => setRows([...rows, { name: 'NEW', color: '#6b7280', hotkey: freeKey() ?? '9' }])}>
          Add label
        </button>
        {problems.length > 0 && (
          <ul className="error-text" role="alert">
            {problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        )}
        <h3>Topics</h3>
        <p className="muted">One per line; offered when tagging articles (free tags are allowed too).</p>
        <textarea aria-label="Topics" rows={6} value={topicText} onChange={(e) => setTopicText(e.target.value)} lang="zh-CN" />
        {error && <p className="error-text">{error}</p>}
        <footer className="dialog-footer">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="primary" disabled={problems.length > 0} onClick={() => void save()}>
            Save
          </button>
        </footer>
      </section>
    </div>
  )
}
