// Public API of shared/articles.
export { segmentPage, HEADING_MAX } from './segmentPage'
export type { SegmentHints } from './segmentHints'
export {
  articlesOf,
  articleAt,
  linePartsOf,
  type ArticleView,
  type ArticlePart,
  type ArticleParagraph
} from './articleView'
export { bodyOffsetOf, cleanOffsetOf, bodySpanOf, partOffsetOf, partsSpanOf } from './bodyOffsets'
export { detectArticleType } from './articleType'
export { splitArticleAt, mergeWithPrevious, setLineRole, setArticleMeta, type ArticleMeta } from './layoutEdits'
export { moveParagraphToArticle, moveParagraphsToArticle, type MoveResult, type TextMove } from './moveParagraphs'
export { mapLayout } from './mapLayout'
export { checkLayout } from './checkLayout'
export { nextArticleId } from './articleIds'
export {
  parseByline,
  datelinePrefixLength,
  datelineCredit,
  photoCreditStart,
  isBylineLine,
  type Byline,
  type BylineName
} from './bylines'
export { lineFeatures, type LineFeatures } from './lineKinds'
export { splitLines, isLineStart, lineStartOf, lineEndOf, type Line } from './lines'
export { suggestTitleSplits, titleSplitPoint } from './titleSplits'
