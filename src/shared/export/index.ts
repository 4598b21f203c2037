// Corpus export: pure TypeScript (no Node, DOM or Electron). The Node writer is src/node/export.
export { articleFromParts, headerLinesOf, isBodyRole, HEADER_ROLES } from './article'
export type { ArticleParts, ExportArticle, ExportArticleMeta, ExportLine, ExportSpan } from './article'
export { EXPORT_FORMATS, EXPORT_SCHEMA_VERSION, defaultExportOptions, exportFiltersOf } from './options'
export type { ExportFilters, ExportFormat, ExportOptions } from './options'
export { checkFileSafeId, prepareArticle } from './prepare'
export type { PreparedArticle, PreparedSpan, PrepareStats } from './prepare'
export type { FileSink, FormatWriter, LabelStyle } from './sink'
export { createCorpusExporter, MAX_WARNINGS } from './corpus'
export type { CorpusExporter, CorpusExportResult, ExportCounts } from './corpus'
export { buildManifest, manifestText, MANIFEST_PATH } from './manifest'
export type { ExportManifest } from './manifest'
export { articlePlainText, createPlainTextWriter } from './plain-text'
export { createJsonlWriter, jsonlRecord, JSONL_PATH } from './jsonl'
export type { JsonlEntity, JsonlRecord } from './jsonl'
export {
  createLabelStudioWriter,
  labelStudioConfig,
  labelStudioTask,
  LABEL_STUDIO_CONFIG_PATH,
  LABEL_STUDIO_TASKS_PATH,
  SUGGESTION_MODEL_VERSION
} from './label-studio'
export type { LabelStudioRegion, LabelStudioTask } from './label-studio'
export { conllBlock, createConllWriter, CONLL_IDS_PATH, CONLL_PATH } from './conll'
export { bratAnn, bratAnnotationConf, bratVisualConf, createBratWriter, BRAT_SUGGESTED_ATTRIBUTE } from './brat'
export { createMarkdownWriter, escapeMarkdown } from './markdown'
