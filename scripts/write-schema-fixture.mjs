#!/usr/bin/env node
// Writes tests/fixtures/schema/v<N>/ (N = the current library/page schema) with the current code, for the
// migration test. Run it once when you bump a schema version, and commit the folder: it must never change
// afterwards, because it stands for libraries that users already have on disk.
//   node scripts/write-schema-fixture.mjs [--force]
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { register as registerEsm } from 'tsx/esm/api'
import { register as registerCjs } from 'tsx/cjs/api'

registerEsm()
registerCjs()
const root = join(import.meta.dirname, '..')
// tsx loads the repository's .ts files as CommonJS: their exports may sit under `default`.
const load = async (path) => {
  const mod = await import(join(root, path))
  return mod.default ?? mod
}
const { writeSchemaFixture } = await load('tests/node/robustness/support/schema-fixture.ts')
const { LIBRARY_SCHEMA_VERSION } = await load('src/shared/model/library.ts')
const { PAGE_SCHEMA_VERSION } = await load('src/shared/model/page.ts')

const name =
  LIBRARY_SCHEMA_VERSION === PAGE_SCHEMA_VERSION
    ? `v${LIBRARY_SCHEMA_VERSION}`
    : `v${LIBRARY_SCHEMA_VERSION}-page${PAGE_SCHEMA_VERSION}`
const dir = join(root, 'tests', 'fixtures', 'schema', name)
if (existsSync(dir) && readdirSync(dir).length > 0) {
  if (!process.argv.includes('--force')) {
    console.error(
      `${dir} exists. Fixtures of released schemas must not change; pass --force only if ${name} was never released.`
    )
    process.exit(1)
  }
  rmSync(dir, { recursive: true })
}
mkdirSync(dir, { recursive: true })
const expectation = await writeSchemaFixture(dir)
rmSync(join(dir, 'library.lock'), { force: true })
console.log(
  `Wrote ${dir}: ${expectation.pages.length} pages (library schema ${expectation.librarySchema}, page schema ${expectation.pageSchema}).`
)
