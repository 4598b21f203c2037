import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  LABEL_STUDIO_CONFIG_PATH,
  LABEL_STUDIO_TASKS_PATH,
  type LabelStudioTask
} from '../../../src/shared/export/label-studio'
import { escapeMarkdown } from '../../../src/shared/export/markdown'
import { astralArticle, goldArticles, testCorpus } from './fixtures'
import { cpSlice, exportToMemory } from './memory-sink'

// Label Studio's documented task shape for the NER template (labelstud.io/guide/predictions, /tags/text,
// /tags/labels): data.text, annotations[].result[] and predictions[] with model_version and result[];
// each region {id, from_name, to_name, type: "labels", value: {start, end, text, labels: [one label]}}.
const Region = z
  .object({
    id: z.string().min(1),
    from_name: z.literal('label'),
    to_name: z.literal('text'),
    type: z.literal('labels'),
    value: z
      .object({
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        text: z.string().min(1),
        labels: z.tuple([z.string().regex(/^[A-Z][A-Z0-9_]*$/)])
      })
      .strict()
  })
  .strict()
  .refine((r) => r.value.end > r.value.start, 'end must be after start')
const Task = z
  .object({
    data: z.object({ text: z.string() }).passthrough(),
    annotations: z.array(z.object({ result: z.array(Region) }).strict()).optional(),
    predictions: z.array(z.object({ model_version: z.string().min(1), result: z.array(Region) }).strict()).optional()
  })
  .strict()
const Tasks = z.array(Task)

function tasksOf(files: Map<string, string>): LabelStudioTask[] {
  return Tasks.parse(JSON.parse(files.get(LABEL_STUDIO_TASKS_PATH)!)) as LabelStudioTask[]
}

describe('Label Studio export', () => {
  it('validates against the documented task shape, with code-point offsets that slice to the region text', () => {
    const { files } = exportToMemory(testCorpus(), { formats: ['labelstudio'], includeSuggested: true })
    const tasks = tasksOf(files)
    expect(tasks).toHaveLength(testCorpus().length)
    let regions = 0
    for (const t of tasks)
      for (const r of [...(t.annotations ?? []), ...(t.predictions ?? [])].flatMap((x) => x.result)) {
        expect(cpSlice(t.data.text, r.value.start, r.value.end)).toBe(r.value.text)
        regions++
      }
    expect(regions).toBeGreaterThan(60)
    for (const t of tasks) {
      const ids = [...(t.annotations ?? []), ...(t.predictions ?? [])].flatMap((x) => x.result.map((r) => r.id))
      expect(new Set(ids).size).toBe(ids.length)
    }
  })

  it('puts suggestions in predictions and accepted spans in annotations', () => {
    const { files } = exportToMemory([astralArticle()], { formats: ['labelstudio'], includeSuggested: true })
    const [t] = tasksOf(files)
    expect(t.predictions).toEqual([
      {
        model_version: 'jiaodui-suggestions',
        result: [expect.objectContaining({ id: 's1', value: { start: 18, end: 20, text: '今年', labels: ['DATE'] } })]
      }
    ])
    expect(t.annotations![0].result.map((r) => r.value.text)).toEqual([
      '𠮷安村',
      '王伟',
      '阜宁县总工会',
      '5万元',
      '𠮷安村',
      '2000余元'
    ])
    expect(t.data).toMatchObject({
      id: 'f00d00000000beef-a01',
      source: '099_f00d00000000beef.txt',
      headline: '𠮷安村职工领到创业贴息',
      tags: ['帮扶救助']
    })
  })

  it('leaves annotations out for an untagged page without spans, so Label Studio does not count it as done', () => {
    const a = { ...goldArticles('cleaned')[1], entities: [] }
    const { files } = exportToMemory([a], { formats: ['labelstudio'] })
    expect(tasksOf(files)[0].annotations).toBeUndefined()
    const { files: reviewed } = exportToMemory([{ ...a, status: 'reviewed' as const }], { formats: ['labelstudio'] })
    expect(tasksOf(reviewed)[0].annotations).toEqual([{ result: [] }])
  })

  it('writes the matching labeling config and an empty array for an empty export', () => {
    const { files } = exportToMemory([], { formats: ['labelstudio'] })
    expect(files.get(LABEL_STUDIO_TASKS_PATH)).toBe('[]\n')
    const xml = files.get(LABEL_STUDIO_CONFIG_PATH)!
    expect(xml).toContain('<Labels name="label" toName="text">')
    expect(xml).toContain('<Label value="MONEY" background="#e67700"/>')
    expect(xml).toContain('<Text name="text" value="$text"/>')
  })
})

describe('Markdown export', () => {
  it('writes one file per page with articles as ## sections and section headings as ###', () => {
    const { files } = exportToMemory(goldArticles(), { formats: ['md'] })
    expect([...files.keys()].sort()).toEqual(['md/5e8ab85cd838b191.md', 'md/68092b021be56c48.md'])
    const md = files.get('md/5e8ab85cd838b191.md')!
    expect(md.startsWith('# 004\\_5e8ab85cd838b191.txt\n')).toBe(true)
    expect(md.match(/^## /gm)).toHaveLength(4)
    expect(md).toContain('\n## “建会小分队”来了\n\n> 引题：贵州仁怀市总成立专门工作团队')
    expect(md).toContain('> 署名：本报记者 李丰  \n')
    expect(md).toContain('\n### 进驻工作薄弱区域\n')
    expect(md).toMatch(/^\*实体\* — .*PER：陈世元、赵洪、余俊(；|$)/m)
    expect(md.endsWith('\n') && !md.endsWith('\n\n')).toBe(true)
  })

  it('escapes characters that would become formatting', () => {
    expect(escapeMarkdown('1. 加强*重点*企业_建会')).toBe('1\\. 加强\\*重点\\*企业\\_建会')
    expect(escapeMarkdown('# 不是标题')).toBe('\\# 不是标题')
    expect(escapeMarkdown('- 列表')).toBe('\\- 列表')
    expect(escapeMarkdown('1.67亿元')).toBe('1.67亿元')
    expect(escapeMarkdown('<b>[链接]')).toBe('\\<b\\>\\[链接\\]')
  })
})
