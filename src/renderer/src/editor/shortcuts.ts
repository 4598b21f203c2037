// Every keyboard shortcut of the editor in one table: keymaps, button tooltips and Help → Keyboard
// shortcuts all read it, so they cannot disagree.

export type ShortcutId =
  | 'nextSuggestion'
  | 'prevSuggestion'
  | 'acceptSuggestion'
  | 'rejectSuggestion'
  | 'moveParagraphUp'
  | 'moveParagraphDown'
  | 'joinParagraph'
  | 'splitParagraph'
  | 'moveFragment'
  | 'find'
  | 'findLibrary'
  | 'undo'
  | 'redo'
  | 'markReviewed'
  | 'toggleUnified'
  | 'tagLabel'
  | 'acceptEntity'
  | 'rejectEntity'
  | 'nextEntity'
  | 'splitArticle'

export interface Shortcut {
  id: ShortcutId
  /** CodeMirror key notation (Mod = Ctrl, or Cmd on macOS). */
  keys: string[]
  label: string
  group: 'Suggestions' | 'Paragraphs' | 'Editing' | 'Pages' | 'Tagging'
}

export const SHORTCUTS: Shortcut[] = [
  { id: 'nextSuggestion', keys: ['Alt-j', 'F8'], label: 'Next suggestion', group: 'Suggestions' },
  { id: 'prevSuggestion', keys: ['Alt-k', 'Shift-F8'], label: 'Previous suggestion', group: 'Suggestions' },
  { id: 'acceptSuggestion', keys: ['Alt-a'], label: 'Accept the selected suggestion', group: 'Suggestions' },
  { id: 'rejectSuggestion', keys: ['Alt-r'], label: 'Reject the selected suggestion', group: 'Suggestions' },
  { id: 'moveParagraphUp', keys: ['Alt-ArrowUp'], label: 'Move paragraph up', group: 'Paragraphs' },
  { id: 'moveParagraphDown', keys: ['Alt-ArrowDown'], label: 'Move paragraph down', group: 'Paragraphs' },
  { id: 'joinParagraph', keys: ['Mod-j'], label: 'Join paragraph with the next', group: 'Paragraphs' },
  { id: 'splitParagraph', keys: ['Enter'], label: 'Split paragraph at the cursor', group: 'Paragraphs' },
  { id: 'moveFragment', keys: ['Mod-Shift-m'], label: 'Move the selection to the end of another paragraph', group: 'Paragraphs' },
  { id: 'find', keys: ['Mod-f'], label: 'Find and replace in the page (regular expressions)', group: 'Editing' },
  { id: 'findLibrary', keys: ['Mod-Shift-f'], label: 'Find and replace across the library', group: 'Editing' },
  { id: 'undo', keys: ['Mod-z'], label: 'Undo (edits and accepted suggestions)', group: 'Editing' },
  { id: 'redo', keys: ['Mod-Shift-z', 'Mod-y'], label: 'Redo', group: 'Editing' },
  { id: 'toggleUnified', keys: ['Mod-Alt-u'], label: 'Show removed raw text inline (unified diff)', group: 'Editing' },
  { id: 'markReviewed', keys: ['Mod-Shift-Enter'], label: 'Mark page reviewed and open the next page needing work', group: 'Pages' },
  { id: 'tagLabel', keys: ['1', '…', '9'], label: 'Tag the selection with label 1–9 (in tagging mode)', group: 'Tagging' },
  { id: 'acceptEntity', keys: ['Alt-y'], label: 'Accept the proposed entity at the cursor', group: 'Tagging' },
  { id: 'rejectEntity', keys: ['Alt-n'], label: 'Reject the proposed entity at the cursor', group: 'Tagging' },
  { id: 'nextEntity', keys: ['Alt-e'], label: 'Next proposed entity', group: 'Tagging' },
  { id: 'splitArticle', keys: ['Mod-Alt-Enter'], label: 'Start a new article at the cursor line', group: 'Tagging' }
]

const byId = new Map(SHORTCUTS.map((s) => [s.id, s]))

export function keysOf(id: ShortcutId): string[] {
  return byId.get(id)?.keys ?? []
}

const IS_MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)

/** Key notation as people read it: Mod-Shift-m → Ctrl+Shift+M. */
export function displayKeys(keys: string[]): string {
  return keys
    .map((k) =>
      k
        .split('-')
        .map((p) => (p === 'Mod' ? (IS_MAC ? '⌘' : 'Ctrl') : p.length === 1 ? p.toUpperCase() : p.replace('Arrow', '')))
        .join('+')
    )
    .join(' / ')
}

/** "Accept the selected suggestion (Alt+A)" for a button's title. */
export function tooltip(id: ShortcutId, label?: string): string {
  const s = byId.get(id)
  return `${label ?? s?.label ?? ''} (${displayKeys(s?.keys ?? [])})`
}
