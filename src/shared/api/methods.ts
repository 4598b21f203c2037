// The names of the API methods, with no imports, so the sandboxed preload can build `window.api` from it.
// contract.ts gives every name its input and output schema; a name without one is a compile error there.

export const API_METHODS = [
  'getLibraryInfo',
  'listPages',
  'getPage',
  'savePage',
  'importFiles',
  'importWithDialog',
  'getJob',
  'listRevisions',
  'restoreRevision',
  'updateLabels',
  'updateSettings',
  'getSuggestions',
  'decideSuggestions',
  'runAuto',
  'findInLibrary',
  'replaceInLibrary',
  'undoLibraryReplace',
  'proposeEntities',
  'findOccurrencesInLibrary',
  'tagOccurrencesInLibrary',
  'exportWithDialog',
  'exportZip',
  'revealExport'
] as const

export type ApiMethod = (typeof API_METHODS)[number]

/** IPC channel of a method: one prefix, so main can reject anything else. */
export const IPC_PREFIX = 'jiaodui:'

/** Channel on which the Electron menu sends command names to the renderer. */
export const MENU_CHANNEL = 'jiaodui-menu'

/** Commands the application menu (Electron) or the in-page menu bar (browser) can trigger. */
export const MENU_COMMANDS = ['import-files', 'import-folder', 'export', 'find', 'find-library', 'auto-clean', 'shortcuts', 'about', 'next-page'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]
