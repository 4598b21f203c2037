import { describe, expect, it } from 'vitest'
import { articleFromParts, type ExportArticle, type ExportSpan } from '../../../src/shared/export/article'
import { CONLL_IDS_PATH, CONLL_PATH, conllBlock } from '../../../src/shared/export/conll'
import { prepareArticle } from '../../../src/shared/export/prepare'
import { astralArticle, testCorpus } from './fixtures'
import { exportToMemory } from './memory-sink'

interface Doc {
  sentences: [string, string][][]
}

/** Parses corpus.conll strictly: DOCSTART blocks, "TOKEN TAG" lines, blank line after each sentence. */
function parseConll(text: string): Doc[] {
  expect(text.endsWith('\n\n') || text === '').toBe(true)
  const docs: Doc[] = []
  for (const block of text.split('\n\n')) {
    if (block === '') continue
    if (block === '-DOCSTART- O') {
      docs.push({ sentences: [] })
      continue
    }
    const sentence = block.split('\n').map((line) => {
      const m = /^(\S+) (O|[BI]-[A-Z][A-Z0-9_]*)$/.exec(line)
      if (!m) throw new Error(`bad CoNLL line ${JSON.stringify(line)}`)
      return [m[1], m[2]] as [string, string]
    })
    docs[docs.length - 1].sentences.push(sentence)
  }
  return docs
}

/** Entities read back from BIO tags, as [label, concatenated tokens]. */
function bioEntities(doc: Doc): [string, string][] {
  const out: [string, string][] = []
  for (const s of doc.sentences) {
    let cur: [string, string] | null = null
    for (const [tok, tag] of s) {
      if (tag === 'O') cur = null
      else if (tag.startsWith('B-')) out.push((cur = [tag.slice(2), tok]))
      else {
        expect(cur?.[0], `I-tag ${tag} must continue an entity of the same label`).toBe(tag.slice(2))
        cur![1] += tok
      }
    }
  }
  return out
}

function small(body: string, spans: [string, string][]): ExportArticle {
  const entities: ExportSpan[] = spans.map(([label, s]) => ({
    start: body.indexOf(s),
    end: body.indexOf(s) + s.length,
    label,
    status: 'accepted'
  }))
  return articleFromParts(
    {
      id: 't-a01',
      source: 't.txt',
      page: 't',
      pageIndex: 0,
      articleIndex: 0,
      type: 'news',
      tags: [],
      region: null,
      status: 'tagged'
    },
    { kicker: null, headline: null, subheads: [], byline: null, body, headings: [] },
    entities
  )
}

const block = (a: ExportArticle, tokens: 'char' | 'latin-runs' = 'latin-runs', dropped: string[] = []) =>
  conllBlock(
    prepareArticle(
      a,
      { labels: null, includeHeadlines: false, includeSuggested: false },
      { notInText: 0, invalid: 0, duplicates: 0 },
      () => {}
    ),
    tokens,
    (l, t) => dropped.push(`${l} ${t}`)
  )

describe('CoNLL export', () => {
  for (const mode of ['char', 'latin-runs'] as const) {
    it(`(${mode}) concatenates each article's tokens back to its text without whitespace and keeps every entity`, () => {
      const corpus = testCorpus()
      const { files } = exportToMemory(corpus, { formats: ['conll', 'jsonl'], conllTokens: mode })
      const docs = parseConll(files.get(CONLL_PATH)!)
      const recs = files
        .get('jsonl/corpus.jsonl')!
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; text: string; entities: { label: string; text: string }[] })
      expect(docs).toHaveLength(recs.length)
      expect(files.get(CONLL_IDS_PATH)).toBe(recs.map((r) => r.id).join('\n') + '\n')
      docs.forEach((doc, i) => {
        const tokens = doc.sentences.flat().map(([t]) => t)
        expect(tokens.join('')).toBe(recs[i].text.replace(/\s/g, ''))
        if (mode === 'char') for (const t of tokens) expect(Array.from(t)).toHaveLength(1)
        expect(bioEntities(doc)).toEqual(recs[i].entities.map((e) => [e.label, e.text.replace(/\s/g, '')]))
      })
    })
  }

  it('iterates code points: 𠮷 is one token and 𠮷安村 is B-LOC I-LOC I-LOC', () => {
    const text = block(astralArticle())
    expect(text).toContain('家 O\n住 O\n𠮷 B-LOC\n安 I-LOC\n村 I-LOC\n的 O\n')
  })

  it('keeps an ASCII run as one token but splits it where a span starts or ends', () => {
    const text = block(
      small('型号ABC123X发布5G手机', [
        ['ORG', 'ABC'],
        ['MONEY', '3X']
      ])
    )
    expect(text).toBe('-DOCSTART- O\n\n型 O\n号 O\nABC B-ORG\n12 O\n3X B-MONEY\n发 O\n布 O\n5G O\n手 O\n机 O\n\n')
    expect(block(small('型号ABC发布', [['ORG', 'ABC']]), 'char')).toContain('A B-ORG\nB I-ORG\nC I-ORG\n')
  })

  it('splits sentences after 。！？ and the closing quotes that follow, and at paragraph ends', () => {
    const text = block(small('他说：“好。”然后走了！？真的吗\n第二段', []))
    const sentences = text
      .split('\n\n')
      .slice(1, -1)
      .map((s) =>
        s
          .split('\n')
          .map((l) => l.split(' ')[0])
          .join('')
      )
    expect(sentences).toEqual(['他说：“好。”', '然后走了！？', '真的吗', '第二段'])
  })

  it('drops whitespace but keeps a span across a space as one entity', () => {
    const text = block(small('本报记者 Li Feng 报道', [['PER', 'Li Feng']]))
    expect(text).toContain('者 O\nLi B-PER\nFeng I-PER\n报 O\n')
  })

  it('leaves out the later of two overlapping spans and reports it', () => {
    const dropped: string[] = []
    const text = block(
      small('江苏省盐城市阜宁县总工会', [
        ['ORG', '江苏省盐城市阜宁县总工会'],
        ['LOC', '江苏省']
      ]),
      'latin-runs',
      dropped
    )
    expect(text).toContain('江 B-ORG\n苏 I-ORG\n')
    expect(dropped).toEqual(['LOC 江苏省'])
  })
})

describe('CoNLL whitespace', () => {
  it('drops exactly the characters JavaScript counts as \\s', () => {
    const spaces: string[] = []
    const others: string[] = []
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      const ch = String.fromCharCode(c)
      if (/\s/.test(ch)) spaces.push(ch)
      else if (c > 0x20 && c !== 0x7f && !/[A-Za-z0-9。！？”’」』）》〉】]/.test(ch) && c % 97 === 0) others.push(ch)
    }
    expect(spaces.length).toBe(25)
    const inline = spaces.filter((ch) => ch !== '\n') // "\n" separates paragraphs
    const text = block(small(`甲${inline.join('乙')}丙`, []), 'char')
    expect(text).toBe('-DOCSTART- O\n\n甲 O\n' + '乙 O\n'.repeat(inline.length - 1) + '丙 O\n\n')
    const kept = block(small(others.join(''), []), 'char')
      .split('\n')
      .slice(2)
      .filter((l) => l !== '')
      .map((l) => l.slice(0, -2))
    expect(kept.join('')).toBe(others.join(''))
  })
})
