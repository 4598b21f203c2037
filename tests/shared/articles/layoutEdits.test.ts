import { describe, expect, it } from 'vitest'
import { articlesOf } from '../../../src/shared/articles/articleView'
import {
  mergeWithPrevious,
  setArticleMeta,
  setLineRole,
  splitArticleAt
} from '../../../src/shared/articles/layoutEdits'
import { segmentPage } from '../../../src/shared/articles/segmentPage'
import { lineStart, SEED_PAGE } from './seedPage'

const layout = segmentPage(SEED_PAGE)

describe('layout edits', () => {
  it('splits an article at the start of the line holding the offset, with a fresh id', () => {
    const heading = lineStart(SEED_PAGE, 5) // 进驻工作薄弱区域
    const next = splitArticleAt(SEED_PAGE, layout, heading + 3)
    const views = articlesOf(SEED_PAGE, next)
    expect(views).toHaveLength(6)
    expect(views[1].range.start).toBe(heading)
    expect(new Set(next.articles.map((a) => a.id)).size).toBe(6)
    expect(() => splitArticleAt(SEED_PAGE, next, heading)).toThrow(RangeError)
  })

  it('merges an article into the previous one, turning its title lines into headings', () => {
    const split = splitArticleAt(SEED_PAGE, layout, lineStart(SEED_PAGE, 5))
    const headingLayout = setLineRole(SEED_PAGE, split, lineStart(SEED_PAGE, 5), 'headline')
    const merged = mergeWithPrevious(headingLayout, split.articles[1].id)
    const views = articlesOf(SEED_PAGE, merged)
    expect(views).toHaveLength(5)
    expect(views[0].headline).toBe('“建会小分队”来了')
    expect(views[0].paragraphs.filter((p) => p.role === 'heading').map((p) => p.text)).toEqual(['进驻工作薄弱区域'])
    expect(() => mergeWithPrevious(layout, layout.articles[0].id)).toThrow(RangeError)
    expect(() => mergeWithPrevious(layout, 'nope')).toThrow(RangeError)
  })

  it('sets a line role; body removes the mark; a mid-line offset is refused', () => {
    const heading = lineStart(SEED_PAGE, 5)
    const asBody = setLineRole(SEED_PAGE, layout, heading, 'body')
    expect(asBody.roles.some((r) => r.at === heading)).toBe(false)
    expect(articlesOf(SEED_PAGE, asBody)[0].paragraphs.every((p) => p.role === 'body')).toBe(true)
    expect(() => setLineRole(SEED_PAGE, layout, heading + 1, 'heading')).toThrow(RangeError)
  })

  it('sets type, tags and region; tags are trimmed and deduplicated; an unknown type is refused', () => {
    const id = layout.articles[2].id
    const next = setArticleMeta(layout, id, { type: 'feature', tags: [' 工会工作', '工会工作', ''], region: '江苏' })
    expect(next.articles[2]).toMatchObject({ type: 'feature', tags: ['工会工作'], region: '江苏' })
    expect(layout.articles[2].type).toBe('news')
    expect(() => setArticleMeta(layout, id, { type: 'poem' as never })).toThrow(RangeError)
  })
})
