// The clean-text editor state of one page: document, provenance, decisions and whether a person has typed,
// built from the stored page and turned back into the fields a save sends.
import { StateField, type Extension, type EditorState } from '@codemirror/state'
import type { EditablePage } from '../../../shared/api/contract'
import { decodeProvenance, encodeProvenance } from '../../../shared/cleanup/provenance'
import type { PageFile } from '../../../shared/model/page'
import { decisionsExtension, decisionsField } from './decisions-field'
import { docString } from './doc-string'
import { provenanceExtension, provenanceOf } from './provenance-field'

/** Typing, deleting, pasting or moving text by hand (not accepting suggestions) marks a page as edited by a person. */
const MANUAL_EVENTS = ['input', 'delete', 'move', 'paste', 'drop', 'paragraph', 'replace']

export const handEditedField = StateField.define<boolean>({
  create: () => false,
  update: (edited, tr) => edited || (tr.docChanged && MANUAL_EVENTS.some((e) => tr.isUserEvent(e)))
})

export function pageFieldsExtension(page: PageFile): Extension {
  return [
    provenanceExtension(decodeProvenance(page.provenance, page.clean.length, page.raw.length)),
    decisionsExtension(page.decisions),
    handEditedField.init(() => page.humanEdited)
  ]
}

/** The editable fields of the page as they stand in `state` (status, layout and entities come from elsewhere). */
export function editableFields(state: EditorState): Pick<EditablePage, 'clean' | 'provenance' | 'decisions' | 'humanEdited'> {
  return {
    clean: docString(state.doc),
    provenance: encodeProvenance(provenanceOf(state)),
    decisions: { ...state.field(decisionsField) },
    humanEdited: state.field(handEditedField)
  }
}
