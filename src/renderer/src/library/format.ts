// Small display formatters for the page list and status line.
import type { PageStatus } from '../../../shared/model/page'

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export const STATUS_LABELS: Record<PageStatus, string> = {
  raw: 'Raw',
  'auto-cleaned': 'Auto-cleaned',
  cleaned: 'Cleaned',
  tagged: 'Tagged',
  reviewed: 'Reviewed'
}
