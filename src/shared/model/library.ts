// The small library index (library.json): settings, label set and one summary entry per page.
import type { PageStatus } from './page'

export const LIBRARY_SCHEMA_VERSION = 1

/** One entity label: name as exported (PER), display colour, hotkey 1–9. */
export interface LabelDef {
  name: string
  color: string
  hotkey: string
}

export const DEFAULT_LABELS: LabelDef[] = [
  { name: 'PER', color: '#d9480f', hotkey: '1' },
  { name: 'ORG', color: '#1c7ed6', hotkey: '2' },
  { name: 'LOC', color: '#2b8a3e', hotkey: '3' },
  { name: 'DATE', color: '#9c36b5', hotkey: '4' },
  { name: 'MONEY', color: '#e67700', hotkey: '5' }
]

export const DEFAULT_TOPICS = ['工会工作', '劳动竞赛', '职工服务', '帮扶救助', '产业工人', '民主管理', '劳模工匠', '安全生产']

export interface LibrarySettings {
  topics: string[]
}

/** Index summary of a page: what the page list and `stats` need without opening page files. */
export interface PageEntry {
  id: string
  source: string
  sha256: string
  encoding: string
  title: string
  rawBytes: number
  rawChars: number
  cleanChars: number
  status: PageStatus
  /** Open cleanup suggestions, or null until the engine has looked at the page. */
  openSuggestions: number | null
  articles: number
  entities: number
  revision: number
  importedAt: string
  updatedAt: string
}

export interface LibraryIndex {
  schema: number
  libraryId: string
  createdAt: string
  settings: LibrarySettings
  labels: LabelDef[]
  pages: PageEntry[]
}
