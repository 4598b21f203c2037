// Markdown for reading and review: md/<page>.md per page, each article a "##" section with its kicker,
// subheads, byline and metadata as a quote, body paragraphs separated by blank lines, in-article section
// headings as "###", and a closing line listing its entities (suggestions marked). Text is escaped so OCR
// characters such as * _ [ # never turn into formatting.
import type { FileSink, FormatWriter } from './sink'
import type { PreparedArticle } from './prepare'

/** Escapes Markdown syntax in one line of text. */
export function escapeMarkdown(line: string): string {
  const s = line.replace(/[\\`*_[\]<>|~]/g, '\\$&')
  // Line-start markers that would make a heading, list item or rule: "# x", "- x", "+ x", "1. x", "1) x", "---".
  const m = /^(\s{0,3})(#{1,6}(?=\s|$)|[-+](?=\s|$)|\d{1,9}(?=[.)](?:\s|$))|[=-]+\s*$)/.exec(s)
  if (!m) return s
  const lead = m[1]
  const rest = s.slice(lead.length)
  return /^\d/.test(m[2]) ? lead + rest.replace(/^(\d+)([.)])/, '$1\\$2') : lead + '\\' + rest
}

function articleMarkdown(a: PreparedArticle): string {
  const out: string[] = []
  out.push(`## ${a.headline === null ? '（无标题）' : escapeMarkdown(a.headline.replace(/\n/g, ' '))}`, '')
  const quote: string[] = []
  if (a.kicker !== null) quote.push(`引题：${escapeMarkdown(a.kicker.replace(/\n/g, ' '))}`)
  for (const s of a.subheads) quote.push(`副题：${escapeMarkdown(s)}`)
  if (a.byline !== null) quote.push(`署名：${escapeMarkdown(a.byline.replace(/\n/g, ' '))}`)
  const m = a.article
  const meta = [`编号 ${m.id}`, `类型 ${m.type}`]
  if (m.tags.length) meta.push(`标签 ${m.tags.map(escapeMarkdown).join('、')}`)
  if (m.region !== null) meta.push(`地区 ${escapeMarkdown(m.region)}`)
  quote.push(meta.join(' · '))
  out.push(quote.map((q) => `> ${q}`).join('  \n'), '')
  for (const l of a.body) out.push(l.role === 'heading' ? `### ${escapeMarkdown(l.text)}` : escapeMarkdown(l.text), '')
  if (a.spans.length) {
    const byLabel: [string, string[]][] = []
    for (const s of a.spans) {
      let group = byLabel.find((g) => g[0] === s.label)
      if (!group) byLabel.push((group = [s.label, []]))
      const shown = escapeMarkdown(s.text.replace(/\n/g, ' ')) + (s.suggested ? '（建议）' : '')
      if (!group[1].includes(shown)) group[1].push(shown)
    }
    out.push(`*实体* — ${byLabel.map(([label, names]) => `${label}：${names.join('、')}`).join('；')}`, '')
  }
  return out.join('\n')
}

export function createMarkdownWriter(): FormatWriter {
  let page: string | null = null
  let parts: string[] = []
  const flush = (sink: FileSink) => {
    if (page !== null) sink.file(`md/${page}.md`, parts.join('\n').replace(/\n+$/, '') + '\n')
    page = null
    parts = []
  }
  return {
    format: 'md',
    add(a: PreparedArticle, sink: FileSink) {
      if (a.article.page !== page) {
        flush(sink)
        page = a.article.page
        parts.push(
          `# ${escapeMarkdown(a.article.source)}`,
          '',
          `> 页面 ${a.article.page} · 状态 ${a.article.status}`,
          ''
        )
      }
      parts.push(articleMarkdown(a))
    },
    end(sink: FileSink) {
      flush(sink)
    }
  }
}
