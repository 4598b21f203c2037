// Library-wide near-duplicate detection (the job behind `jiaodui dupes`).
export { findLibraryDuplicates } from './library-duplicates'
export type { LibraryDuplicates, LibraryDuplicatesOptions, PageDuplicatePair } from './library-duplicates'
