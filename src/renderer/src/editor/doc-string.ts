// The document as one string, for the shared functions that take texts. On a 200 KB page `Text.toString` costs
// ~0.2 ms and 150 KB of garbage, and after a pause in typing the state refresh, the re-segmentation and the
// autosave each ask for the same document.
import type { Text } from '@codemirror/state'

const recent: Array<{ doc: Text; text: string }> = []

export function docString(doc: Text): string {
  for (const r of recent) if (r.doc === doc) return r.text
  const text = doc.toString()
  recent.unshift({ doc, text })
  if (recent.length > 2) recent.pop()
  return text
}
