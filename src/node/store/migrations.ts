// Versioned migrations of stored files. Each step takes the JSON of version n and returns version n+1;
// files newer than this build are refused rather than damaged. The library index is backed up before a
// migration rewrites it (see library-store.ts).
import { LIBRARY_SCHEMA_VERSION } from '../../shared/model/library'
import { PAGE_SCHEMA_VERSION } from '../../shared/model/page'
import { StoreError } from './store-error'

type Json = Record<string, unknown>
type Step = (json: Json) => Json

/** Steps for page files: PAGE_STEPS[n] migrates version n to n+1. Version 1 is the first released format. */
const PAGE_STEPS: Record<number, Step> = {}

/** Steps for library.json: INDEX_STEPS[n] migrates version n to n+1. */
const INDEX_STEPS: Record<number, Step> = {}

function migrate(json: unknown, file: string, current: number, steps: Record<number, Step>): { json: Json; from: number } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new StoreError('corrupt', `${file} does not hold a JSON object`)
  let data = json as Json
  const from = typeof data.schema === 'number' ? data.schema : NaN
  if (!Number.isInteger(from) || from < 1) throw new StoreError('corrupt', `${file} has no valid schema version`)
  if (from > current) {
    throw new StoreError('invalid', `${file} was written by a newer Jiaodui (schema ${from}; this version reads up to ${current}). Update Jiaodui.`)
  }
  for (let v = from; v < current; v++) {
    const step = steps[v]
    if (!step) throw new StoreError('invalid', `${file}: no migration from schema ${v} to ${v + 1}`)
    data = { ...step(data), schema: v + 1 }
  }
  return { json: data, from }
}

/** Brings a page file's JSON to the current schema; `from` tells whether anything changed. */
export function migratePageJson(json: unknown, file: string) {
  return migrate(json, file, PAGE_SCHEMA_VERSION, PAGE_STEPS)
}

/** Brings library.json to the current schema. */
export function migrateIndexJson(json: unknown, file: string) {
  return migrate(json, file, LIBRARY_SCHEMA_VERSION, INDEX_STEPS)
}
