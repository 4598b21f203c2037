// "Saved" / "Saving…" / what failed, for the open page.
import type { PageSession } from './page-session'

export function SaveIndicator({ session }: { session: PageSession }) {
  const s = session.saveStatus
  const text = s.kind === 'saved' ? 'Saved' : s.kind === 'error' ? s.message : 'Saving…'
  return (
    <span className={`save-status ${s.kind}`} role="status" aria-live="polite" aria-label="Save status">
      {text}
    </span>
  )
}
