// Near-duplicate passages across documents: folding, passages, MinHash + LSH. Pure TypeScript; the library job
// that feeds it a whole library is src/node/dedup.
export { foldForMatch, foldUnitsInto } from './fold'
export { DEFAULT_MIN_PASSAGE_UNITS, passagesOf } from './passages'
export type { PassageRange } from './passages'
export { estimateSimilarity, MinHasher, SHINGLE_UNITS, SIGNATURE_SIZE } from './minhash'
export { candidatePairs, LSH_BANDS, LSH_ROWS, MAX_BUCKET_PAIRS_SIZE } from './lsh'
export { DEFAULT_SIMILARITY_THRESHOLD, DuplicateFinder, findDuplicates } from './duplicate-finder'
export type { DuplicateFinderOptions, DuplicateMatch } from './duplicate-finder'
