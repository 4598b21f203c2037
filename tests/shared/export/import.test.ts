import { describe, expect, it } from 'vitest'
import { JSONL_PATH } from '../../../src/shared/export/jsonl'
import type { ExportOptions } from '../../../src/shared/export/options'
import { importBrat, type BratFiles } from '../../../src/shared/import-formats/brat'
import { importedToArticles } from '../../../src/shared/import-formats/imported'
import { importJsonl } from '../../../src/shared/import-formats/jsonl'
import { LABEL_SET, testCorpus } from './fixtures'
import { exportToMemory } from './memory-sink'

const LABELS = LABEL_SET.map((l) => l.name)
const variants: Partial<ExportOptions>[] = [
  {},
  { includeHeadlines: true, includeSuggested: true },
  { includeSuggested: true, labels: ['PER', 'DATE'] }
]

function bratDocs(files: Map<string, string>): BratFiles[] {
  return [...files.keys()]
    .filter((p) => p.startsWith('brat/') && p.endsWith('.txt'))
    .sort()
    .map((p) => ({ name: p.slice(5, -4), txt: files.get(p)!, ann: files.get(p.slice(0, -4) + '.ann') ?? null }))
}

describe('JSONL import', () => {
  for (const v of variants) {
    it(`round-trips to identical bytes: export → import → export (${JSON.stringify(v)})`, () => {
      const first = exportToMemory(testCorpus(), { ...v, formats: ['jsonl'] }).files.get(JSONL_PATH)!
      const imported = importJsonl(first, { labels: LABELS })
      expect(imported.issues).toEqual([])
      const again = exportToMemory(importedToArticles(imported.documents), { ...v, formats: ['jsonl'] }).files.get(
        JSONL_PATH
      )!
      expect(again).toBe(first)
    })
  }

  it('returns UTF-16 spans: 王伟 after 𠮷 starts at 9 in JavaScript', () => {
    const jsonl = exportToMemory(testCorpus(), { formats: ['jsonl'] }).files.get(JSONL_PATH)!
    const doc = importJsonl(jsonl).documents.find((d) => d.id === 'f00d00000000beef-a01')!
    const wang = doc.spans.find((s) => s.label === 'PER')!
    expect([wang.start, wang.end]).toEqual([9, 11])
    expect(doc.text.slice(wang.start, wang.end)).toBe('王伟')
  })

  it('refuses bad records line by line with the reason, and keeps the rest', () => {
    const good = exportToMemory(testCorpus().slice(0, 2), { formats: ['jsonl'] })
      .files.get(JSONL_PATH)!
      .trimEnd()
      .split('\n')
    const rec = (o: object) => JSON.stringify({ id: 'r', source: 's.txt', text: '江苏省阜宁县总工会主席计俊', ...o })
    const lines = [
      good[0], // 1
      '{"id": "broken", "text": "未结束', // 2 invalid JSON
      rec({
        id: 'r3',
        entities: [
          { start: 0, end: 99, label: 'LOC', text: '江苏省' },
          { start: 0, end: 3, label: 'LOC', text: '江苏省' }
        ]
      }), // 3 out of range
      rec({ id: 'r4', label: [[5, 5, 'ORG']] }), // 4 end <= start
      rec({ id: 'r5', entities: [{ start: 11, end: 13, label: 'PER', text: '计后' }] }), // 5 text mismatch
      rec({
        id: 'r6',
        entities: [
          { start: 0, end: 9, label: 'ORG', text: '江苏省阜宁县总工会' },
          { start: 3, end: 6, label: 'LOC', text: '阜宁县' }
        ]
      }), // 6 overlap
      rec({ id: 'r7', label: [[11, 13, 'PERSON']] }), // 7 unknown label
      good[1].replace(/"id":"[^"]+"/, '"id":"r3"'), // 8 duplicate id
      '', // 9 blank: ignored
      '{"id": "r10", "headline": "没有正文"}', // 10 no text
      '{"id": 11, "text": "计俊说", "label": [[0, 2, "PER"]]}', // 11 doccano style: accepted
      rec({ id: 'r12', headline: '标题', bodyStart: 3 }), // 12 bodyStart does not match
      rec({ id: 'r13', label: [[0, 3, 'LOC']], entities: [{ start: 0, end: 2, label: 'LOC', text: '江苏' }] }), // 13 disagree
      rec({ id: 'r14', type: 'editorial' }), // 14 bad enum
      '[1, 2]' // 15 not an object
    ]
    const { documents, issues } = importJsonl(lines.join('\r\n') + '\r\n', { labels: LABELS, file: 'mixed.jsonl' })
    expect(documents.map((d) => [d.id, d.spans.length])).toEqual([
      [JSON.parse(good[0]).id, JSON.parse(good[0]).entities.length],
      ['r3', 1],
      ['r4', 0],
      ['r5', 0],
      ['r6', 1],
      ['r7', 0],
      ['11', 1]
    ])
    const brief = issues.map((i) => `${i.line} ${i.severity} ${i.reason}`)
    expect(brief).toEqual([
      expect.stringMatching(/^2 record invalid JSON/),
      '3 span span 1: offsets 0–99 out of range: text has 13 code points',
      '4 span span 1: end 5 <= start 5',
      '5 span span 1: entity text "计后" does not match the text at 11–13: "计俊"',
      '6 span span 2 (LOC 3–6): overlaps span 1 (ORG 0–9); overlapping spans are not allowed',
      '7 span span 1 (PERSON 11–13): unknown label "PERSON" (known: PER, ORG, LOC, DATE, MONEY)',
      '8 record duplicate id "r3" (first on line 3)',
      '10 record field "text" is missing or not a string',
      expect.stringMatching(/^12 record field "bodyStart" \(3\) does not fall right after/),
      '13 record fields "label" and "entities" list different spans',
      '14 record field "type" must be one of news, feature, photo, sidebar, other',
      '15 record not a JSON object'
    ])
    expect(issues.every((i) => i.file === 'mixed.jsonl')).toBe(true)
  })

  it('accepts overlapping spans when asked to', () => {
    const line = JSON.stringify({
      id: 'o',
      text: '江苏省阜宁县总工会',
      label: [
        [0, 9, 'ORG'],
        [0, 3, 'LOC']
      ]
    })
    expect(importJsonl(line, { allowOverlaps: true }).documents[0].spans).toHaveLength(2)
    expect(importJsonl(line).documents[0].spans).toHaveLength(1)
  })
})

describe('brat import', () => {
  for (const v of variants) {
    it(`round-trips .txt and .ann to identical bytes (${JSON.stringify(v)})`, () => {
      const first = exportToMemory(testCorpus(), { ...v, formats: ['brat'] }).files
      const imported = importBrat(bratDocs(first), { labels: LABELS })
      expect(imported.issues).toEqual([])
      const again = exportToMemory(importedToArticles(imported.documents), { ...v, formats: ['brat'] }).files
      expect([...again.keys()].sort()).toEqual([...first.keys()].sort())
      for (const [path, data] of first) expect(again.get(path), path).toBe(data)
    })
  }

  it('refuses bad .ann lines with line number and reason, and keeps the document and its other spans', () => {
    const txt = '江苏省阜宁县总工会主席计俊介绍，\n𠮷安村今年新建职工之家。\n'
    const ann = [
      'T1\tORG 0 9\t江苏省阜宁县总工会', // 1 ok
      'T2\tPER 11 13\t计俊', // 2 ok
      'T3\tLOC 17 20\t𠮷安村', // 3 ok: code points after the line break
      'T4\tLOC 0 3\t江苏省', // 4 overlaps T1
      'T5\tPER 11 99\t计俊', // 5 out of range
      'T6\tPER 13 11\t计俊', // 6 end <= start
      'T7\tDATE 20 22\t今天', // 7 text mismatch
      'T8\tTOPIC 20 22\t今年', // 8 unknown label
      'T9\tORG 0 3;6 9\t江苏省 总工会', // 9 discontinuous
      'T2\tDATE 20 22\t今年', // 10 T2 twice
      'R1\tMember Arg1:T2 Arg2:T1', // 11 relation: note
      '#1\tAnnotatorNotes T1\t县级工会', // 12 note
      'A1\tSuggested T3', // 13 marks T3 pending
      'A2\tSuggested T42', // 14 missing target
      'T10 ORG 0 9 江苏省阜宁县总工会', // 15 malformed (spaces)
      'X1\twhat' // 16 unrecognised
    ].join('\n')
    const { documents, issues } = importBrat([{ name: 'p-a01', txt, ann }], { labels: LABELS })
    expect(documents[0].text).toBe(txt.slice(0, -1))
    expect(documents[0].spans).toEqual([
      { start: 0, end: 9, label: 'ORG', status: 'accepted' },
      { start: 11, end: 13, label: 'PER', status: 'accepted' },
      { start: 17, end: 21, label: 'LOC', status: 'pending' }
    ])
    expect(issues.map((i) => `${i.file}:${i.line} ${i.severity}`)).toEqual(
      [4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16].map((n) => `p-a01.ann:${n} ${n === 11 || n === 12 ? 'note' : 'span'}`)
    )
    const reason = (line: number) => issues.find((i) => i.line === line)!.reason
    expect(reason(4)).toBe('T4 (LOC 0 3): overlaps T1 (ORG 0 9); overlapping spans are not allowed')
    expect(reason(5)).toBe('T5: offsets 11–99 out of range: p-a01.txt has 29 code points')
    expect(reason(6)).toBe('T6: end 11 <= start 13')
    expect(reason(7)).toBe('T7: text "今天" does not match p-a01.txt at 20 22: "今年"')
    expect(reason(8)).toMatch(/unknown label "TOPIC"/)
    expect(reason(9)).toMatch(/discontinuous span/)
    expect(reason(10)).toBe('T2 is defined twice')
    expect(reason(14)).toBe('A2: T42 is not a text-bound annotation in this file')
  })

  it('joins fragments split at a line break back into one span', () => {
    const { documents, issues } = importBrat([
      { name: 'n', txt: '江苏省盐城\n市阜宁县\n', ann: 'T1\tLOC 3 5;6 8\t盐城 市阜\n' }
    ])
    expect(issues).toEqual([])
    expect(documents[0].spans).toEqual([{ start: 3, end: 8, label: 'LOC', status: 'accepted' }])
  })
})
