// Plain text: txt/<id>.txt per article (header lines, a blank line, body paragraphs one per line) and
// txt/corpus.txt with every article as one block (header and body lines, no blank line inside), blocks
// separated by one blank line. Every file ends with one "\n".
import type { FileSink, FormatWriter } from './sink'
import type { PreparedArticle } from './prepare'

/** The per-article .txt content. */
export function articlePlainText(a: PreparedArticle): string {
  const header = a.header.map((l) => l.text).join('\n')
  const body = a.body.map((l) => l.text).join('\n')
  return (header && body ? `${header}\n\n${body}` : header || body) + '\n'
}

export function createPlainTextWriter(): FormatWriter {
  let first = true
  return {
    format: 'txt',
    add(a: PreparedArticle, sink: FileSink) {
      sink.file(`txt/${a.article.id}.txt`, articlePlainText(a))
      const block = [...a.header, ...a.body].map((l) => l.text).join('\n')
      sink.append('txt/corpus.txt', (first ? '' : '\n') + block + '\n')
      first = false
    },
    end(sink: FileSink) {
      sink.append('txt/corpus.txt', '') // exists even when nothing was exported
    }
  }
}
