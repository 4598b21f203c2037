// How many articles a page holds: its stored layout, or the automatic segmentation of its clean text.
import { articlesOf } from '../../shared/articles/articleView'
import { segmentPage } from '../../shared/articles/segmentPage'
import type { PageFile } from '../../shared/model/page'

export function pageArticleCount(page: Pick<PageFile, 'clean' | 'layout'>): number {
  return articlesOf(page.clean, page.layout ?? segmentPage(page.clean)).length
}
