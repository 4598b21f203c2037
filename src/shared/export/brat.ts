// brat standoff: brat/<id>.txt (the text plus a final "\n") and brat/<id>.ann with one "T" line per span,
// offsets in code points (brat is Python). Pending suggestions carry the binary attribute Suggested
// ("A1<TAB>Suggested T3"). A span crossing a line break is written as fragments ("0 5;6 9") so it stays on one
// .ann line. annotation.conf and visual.conf make the folder open in brat as is.
import { codePointLength } from '../text/offsets'
import type { FileSink, FormatWriter, LabelStyle } from './sink'
import type { PreparedArticle } from './prepare'

/** Name of the binary attribute that marks suggested (pending) spans. */
export const BRAT_SUGGESTED_ATTRIBUTE = 'Suggested'

/** The .ann content for one article ("" when it has no spans). */
export function bratAnn(a: PreparedArticle): string {
  const out: string[] = []
  const attrs: string[] = []
  a.spans.forEach((s, i) => {
    const fragments: string[] = []
    const texts: string[] = []
    let cp = s.cpStart
    for (const piece of s.text.split('\n')) {
      const len = codePointLength(piece)
      if (len > 0) {
        fragments.push(`${cp} ${cp + len}`)
        texts.push(piece)
      }
      cp += len + 1
    }
    out.push(`T${i + 1}\t${s.label} ${fragments.join(';')}\t${texts.join(' ')}\n`)
    if (s.suggested) attrs.push(`A${attrs.length + 1}\t${BRAT_SUGGESTED_ATTRIBUTE} T${i + 1}\n`)
  })
  return out.join('') + attrs.join('')
}

export function bratAnnotationConf(labels: readonly LabelStyle[]): string {
  return (
    [
      '# Entity types exported by Jiaodui (校对). Offsets in the .ann files are Unicode code points.',
      '[entities]',
      ...labels.map((l) => l.name),
      '[relations]',
      '# Spans may overlap (e.g. a suggestion over an accepted span).',
      '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
      '[events]',
      '[attributes]',
      `${BRAT_SUGGESTED_ATTRIBUTE}\tArg:<ENTITY>`
    ].join('\n') + '\n'
  )
}

export function bratVisualConf(labels: readonly LabelStyle[]): string {
  return (
    [
      '[labels]',
      ...labels.map((l) => l.name),
      `${BRAT_SUGGESTED_ATTRIBUTE} | suggested`,
      '[drawing]',
      'SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken',
      'ARC_DEFAULT\tcolor:black, arrowHead:triangle-5',
      'ATTRIBUTE_DEFAULT\tglyph:*',
      ...labels.map((l) => `${l.name}\tbgColor:${l.color}, borderColor:darken`),
      `${BRAT_SUGGESTED_ATTRIBUTE}\tdashArray:3-3, glyph:?`
    ].join('\n') + '\n'
  )
}

export function createBratWriter(): FormatWriter {
  return {
    format: 'brat',
    add(a: PreparedArticle, sink: FileSink) {
      sink.file(`brat/${a.article.id}.txt`, a.text + '\n')
      sink.file(`brat/${a.article.id}.ann`, bratAnn(a))
    },
    end(sink: FileSink, labels: readonly LabelStyle[]) {
      sink.file('brat/annotation.conf', bratAnnotationConf(labels))
      sink.file('brat/visual.conf', bratVisualConf(labels))
    }
  }
}
