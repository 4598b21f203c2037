import { describe, expect, it } from 'vitest'
import { articleFromParts } from '../../../src/shared/export/article'
import { astralArticle, goldArticles, testCorpus } from './fixtures'
import { cpSlice, exportToMemory } from './memory-sink'

describe('brat export', () => {
  it('writes a .txt and an .ann per article, and every T line text equals the .txt slice at its code-point offsets', () => {
    const corpus = testCorpus()
    const { files } = exportToMemory(corpus, { formats: ['brat'], includeSuggested: true, includeHeadlines: true })
    let tLines = 0
    for (const a of corpus) {
      const txt = files.get(`brat/${a.id}.txt`)!
      const ann = files.get(`brat/${a.id}.ann`)!
      expect(txt.endsWith('\n')).toBe(true)
      for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
        const m = /^T\d+\t([A-Z]+) (\d+) (\d+)\t(.+)$/.exec(line)
        expect(m, line).not.toBeNull()
        expect(cpSlice(txt, Number(m![2]), Number(m![3]))).toBe(m![4])
        tLines++
      }
    }
    expect(tLines).toBeGreaterThan(60)
  })

  it('marks suggestions with the Suggested attribute and numbers T and A lines in order', () => {
    const { files } = exportToMemory([astralArticle()], { formats: ['brat'], includeSuggested: true })
    const ann = files.get('brat/f00d00000000beef-a01.ann')!
    const date = /^(T\d+)\tDATE 18 20\t今年$/m.exec(ann)
    expect(date).not.toBeNull()
    expect(ann).toContain(`A1\tSuggested ${date![1]}\n`)
    expect(ann).toMatch(/^T1\tLOC 2 5\t𠮷安村\nT2\tPER 8 10\t王伟\n/)
  })

  it('writes a span across a line break as two fragments on one line', () => {
    const a = articleFromParts(
      {
        id: 'n-a01',
        source: 'n.txt',
        page: 'n',
        pageIndex: 0,
        articleIndex: 0,
        type: 'news',
        tags: [],
        region: null,
        status: 'tagged'
      },
      { kicker: null, headline: null, subheads: [], byline: null, body: '江苏省盐城\n市阜宁县', headings: [] },
      [{ start: 3, end: 8, label: 'LOC', status: 'accepted' }]
    )
    const { files } = exportToMemory([a], { formats: ['brat'] })
    expect(files.get('brat/n-a01.ann')).toBe('T1\tLOC 3 5;6 8\t盐城 市阜\n')
  })

  it('writes annotation.conf and visual.conf from the label set so brat opens the folder as is', () => {
    const { files } = exportToMemory(goldArticles(), { formats: ['brat'], labels: ['PER', 'ORG'] })
    expect(files.get('brat/annotation.conf')).toMatch(
      /\[entities\]\nPER\nORG\n\[relations\]\n[\s\S]*\[events\]\n\[attributes\]\nSuggested\tArg:<ENTITY>\n$/
    )
    expect(files.get('brat/visual.conf')).toContain('PER\tbgColor:#d9480f, borderColor:darken\n')
    expect(files.get('brat/visual.conf')).not.toContain('LOC')
  })
})

describe('plain text export', () => {
  it('writes header lines, a blank line and the body per article, and one blank-line-separated corpus.txt', () => {
    const gold = goldArticles()
    const { files } = exportToMemory(gold, { formats: ['txt'] })
    expect(files.get('txt/5e8ab85cd838b191-a04.txt')).toBe(
      '陕西工会全力为党政分忧为企业解困为职工解难\n上下整体联动 助推复工复产\n抗疫情促发展 工会在行动\n本报（记者毛浓曦）\n\n近日，记者了解到，陕西省总工会在引导各级工会积极投身疫情防控工作之时，发挥工会组织的资源优势，整体联动，助推复工复产，为党政分忧、为企业解困、帮职工解难。\n' +
        gold[4].lines
          .slice(5)
          .map((l) => l.text)
          .join('\n') +
        '\n'
    )
    const corpus = files.get('txt/corpus.txt')!
    const blocks = corpus.slice(0, -1).split('\n\n')
    expect(blocks).toHaveLength(gold.length)
    expect(blocks.map((b) => b.split('\n').length)).toEqual(gold.map((a) => a.lines.length))
    expect(corpus.endsWith('\n') && !corpus.endsWith('\n\n')).toBe(true)
  })
})
