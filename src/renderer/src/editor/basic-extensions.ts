// The clean editor's plain CodeMirror setup, without any of the app's state: the editor builds on it, and the
// bench's bare-CodeMirror floor (bench/keystroke-baseline.js) uses exactly the same.
import { history, historyKeymap, defaultKeymap } from '@codemirror/commands'
import { search, searchKeymap } from '@codemirror/search'
import type { Extension } from '@codemirror/state'
import { EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers, type KeyBinding } from '@codemirror/view'

/** Line numbers, history, selection drawing, wrapping, search, and the default keymaps after `keys`. */
export function basicCleanExtensions(keys: readonly KeyBinding[] = []): Extension[] {
  return [
    lineNumbers(),
    history(),
    drawSelection(),
    highlightActiveLine(),
    EditorView.lineWrapping,
    search({ top: true }),
    keymap.of([...keys, ...searchKeymap, ...historyKeymap, ...defaultKeymap])
  ]
}
