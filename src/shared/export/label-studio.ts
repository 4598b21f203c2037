// Label Studio: labelstudio/tasks.json (a JSON array of tasks, one per line) and labelstudio/config.xml (the NER
// labeling config they match). Label Studio's Text tag counts offsets in code points, not UTF-16: its editor
// converts with [...text].length before saving (HumanSignal/label-studio web/libs/editor/src/utils/
// selection-tools.js, charsToCodePoints / findGlobalOffset; the fix for emoji offsets, label-studio PR #1559).
import type { FileSink, FormatWriter, LabelStyle } from './sink'
import type { PreparedArticle } from './prepare'

/** One region of a Label Studio result for the `<Labels name="label" toName="text">` control. */
export interface LabelStudioRegion {
  id: string
  from_name: 'label'
  to_name: 'text'
  type: 'labels'
  value: { start: number; end: number; text: string; labels: [string] }
}

export interface LabelStudioTask {
  data: {
    text: string
    id: string
    source: string
    page: string
    kicker: string | null
    headline: string | null
    subheads: string[]
    byline: string | null
    type: string
    tags: string[]
    region: string | null
    status: string
  }
  annotations?: { result: LabelStudioRegion[] }[]
  predictions?: { model_version: string; result: LabelStudioRegion[] }[]
}

export const LABEL_STUDIO_TASKS_PATH = 'labelstudio/tasks.json'
export const LABEL_STUDIO_CONFIG_PATH = 'labelstudio/config.xml'
/** model_version of exported suggestions. */
export const SUGGESTION_MODEL_VERSION = 'jiaodui-suggestions'

/**
 * The task for one article. Accepted spans become an annotation; it is present when there are accepted spans
 * or the page is tagged/reviewed (then an empty result means "checked, no entities"). Suggestions go to
 * `predictions`.
 */
export function labelStudioTask(a: PreparedArticle): LabelStudioTask {
  const m = a.article
  const region = (s: PreparedArticle['spans'][number], id: string): LabelStudioRegion => ({
    id,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start: s.cpStart, end: s.cpEnd, text: s.text, labels: [s.label] }
  })
  const accepted: LabelStudioRegion[] = []
  const suggested: LabelStudioRegion[] = []
  for (const s of a.spans) {
    if (s.suggested) suggested.push(region(s, `s${suggested.length + 1}`))
    else accepted.push(region(s, `e${accepted.length + 1}`))
  }
  const task: LabelStudioTask = {
    data: {
      text: a.text,
      id: m.id,
      source: m.source,
      page: m.page,
      kicker: a.kicker,
      headline: a.headline,
      subheads: a.subheads,
      byline: a.byline,
      type: m.type,
      tags: m.tags,
      region: m.region,
      status: m.status
    }
  }
  if (accepted.length > 0 || m.status === 'tagged' || m.status === 'reviewed') task.annotations = [{ result: accepted }]
  if (suggested.length > 0) task.predictions = [{ model_version: SUGGESTION_MODEL_VERSION, result: suggested }]
  return task
}

function xmlAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The labeling config: NER over `$text`, newlines and spaces kept (pre-wrap) so offsets match the text. */
export function labelStudioConfig(labels: readonly LabelStyle[]): string {
  const lines = [
    '<View>',
    '  <Style>.htx-text { white-space: pre-wrap; }</Style>',
    '  <Labels name="label" toName="text">',
    ...labels.map((l) => `    <Label value="${xmlAttr(l.name)}" background="${xmlAttr(l.color)}"/>`),
    '  </Labels>',
    '  <Text name="text" value="$text"/>',
    '</View>'
  ]
  return lines.join('\n') + '\n'
}

export function createLabelStudioWriter(): FormatWriter {
  let first = true
  return {
    format: 'labelstudio',
    add(a: PreparedArticle, sink: FileSink) {
      sink.append(LABEL_STUDIO_TASKS_PATH, (first ? '[\n' : ',\n') + JSON.stringify(labelStudioTask(a)))
      first = false
    },
    end(sink: FileSink, labels: readonly LabelStyle[]) {
      sink.append(LABEL_STUDIO_TASKS_PATH, first ? '[]\n' : '\n]\n')
      sink.file(LABEL_STUDIO_CONFIG_PATH, labelStudioConfig(labels))
    }
  }
}
