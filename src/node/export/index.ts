// Node side of corpus export: writing folders (with manifest and hashes), zips, and reading exports back.
export { exportCorpus } from './export-corpus'
export type { ExportProgress, ExportSummary, NodeExportOptions } from './export-corpus'
export { FolderWriter } from './folder-writer'
export type { FolderWriterResult } from './folder-writer'
export { exportCorpusZip, listFiles, zipDirectory } from './zip'
export type { ZipOptions } from './zip'
export { importBratFolder, importJsonlFile, readBratFolder } from './read-imports'
