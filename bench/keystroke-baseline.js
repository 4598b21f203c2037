// Measure 7's keystroke floors, bundled with esbuild and loaded into a blank page of the same browser: the 200 KB
// page's text in (a) a bare CodeMirror with the basic extensions of the app's clean editor (no state fields,
// decorations, listeners or React around it) and (b) a plain <textarea>. Plain browser JS, like browser-probes.js.
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { basicCleanExtensions } from '../src/renderer/src/editor/basic-extensions'

/** A box of the app's clean editor's size and font, so lines wrap alike. */
function box(style) {
  const el = document.createElement('div')
  Object.assign(el.style, {
    width: `${style.width}px`,
    height: `${style.height}px`,
    fontFamily: style.fontFamily,
    fontSize: style.fontSize,
    lineHeight: style.lineHeight
  })
  document.body.append(el)
  return el
}

export function codemirror(text, cursor, style) {
  const view = new EditorView({
    parent: box(style),
    state: EditorState.create({
      doc: text,
      selection: { anchor: cursor },
      extensions: [
        ...basicCleanExtensions(),
        EditorView.theme({ '&': { height: '100%' }, '.cm-scroller': { fontFamily: 'inherit', lineHeight: 'inherit' } }),
        EditorView.contentAttributes.of({ 'aria-label': 'Clean text', spellcheck: 'false' })
      ]
    })
  })
  view.scrollDOM.scrollTop = style.scrollTop
  view.focus()
}

export function textarea(text, cursor, style) {
  const el = document.createElement('textarea')
  el.setAttribute('aria-label', 'Clean text')
  el.spellcheck = false
  Object.assign(el.style, { width: '100%', height: '100%', font: 'inherit', lineHeight: 'inherit', resize: 'none' })
  el.value = text
  box(style).append(el)
  el.focus()
  el.setSelectionRange(cursor, cursor)
}
