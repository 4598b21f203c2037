// Importers for exported corpora (JSONL, brat) back into documents with UTF-16 spans. Pure TypeScript.
export { createJsonlImporter, importJsonl } from './jsonl'
export type { JsonlImporter } from './jsonl'
export { importBrat } from './brat'
export type { BratFiles } from './brat'
export { emptyMeta, headerLineCount, importedToArticles } from './imported'
export type { ImportIssue, ImportOptions, ImportResult, ImportedDocument, ImportedMeta, ImportedSpan } from './imported'
