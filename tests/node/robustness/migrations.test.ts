// Every library ever written by a released schema is kept under tests/fixtures/schema/v*/ (written by the code
// of its time with scripts/write-schema-fixture.mjs). This test opens each one with today's code: when a
// schema version goes up, the old fixtures only pass once a migration step brings them to the new version.
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { LibraryStore } from '../../../src/node/store/library-store'
import { LIBRARY_SCHEMA_VERSION } from '../../../src/shared/model/library'
import { PAGE_SCHEMA_VERSION } from '../../../src/shared/model/page'
import { FIXTURE_FILE, type FixtureExpectation } from './support/schema-fixture'
import { scanLibraryFiles } from './support/library-check'
import { TempFolders } from './support/temp'

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'schema')
const temp = new TempFolders()
afterAll(() => temp.cleanup())

const versions = readdirSync(FIXTURES)
  .filter((name) => /^v\d+/.test(name))
  .sort()
const sha = (text: string) => createHash('sha256').update(text).digest('hex')

/** Every file under `dir` with its bytes, to prove a folder was not touched. */
function snapshotFiles(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) for (const [k, v] of snapshotFiles(path, `${prefix}${name}/`)) out.set(k, v)
    else out.set(prefix + name, createHash('sha256').update(readFileSync(path)).digest('hex'))
  }
  return out
}

describe('schema fixtures', () => {
  it('include a library written with the current schema versions', () => {
    const expectations = versions.map(
      (v) => JSON.parse(readFileSync(join(FIXTURES, v, FIXTURE_FILE), 'utf8')) as FixtureExpectation
    )
    expect(
      expectations.some((e) => e.librarySchema === LIBRARY_SCHEMA_VERSION && e.pageSchema === PAGE_SCHEMA_VERSION),
      `no fixture for library schema ${LIBRARY_SCHEMA_VERSION} / page schema ${PAGE_SCHEMA_VERSION}: run node scripts/write-schema-fixture.mjs and commit it`
    ).toBe(true)
  })

  it.each(versions)('opens, migrates and validates the %s library', async (version) => {
    const source = join(FIXTURES, version)
    const before = snapshotFiles(source)
    const expected = JSON.parse(readFileSync(join(source, FIXTURE_FILE), 'utf8')) as FixtureExpectation
    const dir = temp.make()
    cpSync(source, dir, { recursive: true })

    const store = await LibraryStore.open(dir, { purpose: 'migration test' })
    expect(store.notices).toEqual([])
    expect(store.labels.map((l) => l.name)).toEqual(expected.labels)
    expect(store.settings.topics).toEqual(expected.topics)
    expect(store.listPages().map((p) => p.id)).toEqual(expected.pages.map((p) => p.id))
    for (const want of expected.pages) {
      const page = await store.getPage(want.id) // parsed, migrated and validated (schema + offsets)
      expect(page.schema).toBe(PAGE_SCHEMA_VERSION)
      expect({
        source: page.source,
        encoding: page.encoding,
        status: page.status,
        revision: page.revision,
        rawSha256: sha(page.raw),
        cleanSha256: sha(page.clean),
        entities: page.entities.length,
        orphans: page.orphans.length,
        decisions: Object.keys(page.decisions).length,
        layoutArticles: page.layout ? page.layout.articles.length : null
      }).toEqual({ ...want, id: undefined, revisions: undefined })
      expect((await store.revisions(want.id)).map((r) => r.revision)).toEqual(want.revisions)
      const oldest = want.revisions.at(-1)!
      expect((await store.revisionPage(want.id, oldest)).schema).toBe(PAGE_SCHEMA_VERSION)
    }
    // Saving writes the current schema; restoring the oldest snapshot (the import) brings back the raw text.
    const first = expected.pages[0]
    const restored = await store.restoreRevision(first.id, 0)
    expect(restored).toMatchObject({ status: 'raw', revision: first.revision + 1 })
    expect(sha(restored.clean)).toBe(first.rawSha256)
    await store.close()

    const scan = await scanLibraryFiles(dir)
    // An index from an older schema is kept beside the migrated one, byte for byte.
    const backup = `library.json.schema-${expected.librarySchema}.bak`
    if (expected.librarySchema < LIBRARY_SCHEMA_VERSION)
      expect(readFileSync(join(dir, backup))).toEqual(readFileSync(join(source, 'library.json')))
    expect(scan.problems.filter((p) => !p.includes(FIXTURE_FILE) && !p.includes(backup))).toEqual([])
    expect(JSON.parse(readFileSync(join(dir, 'pages', `${first.id}.json`), 'utf8')).schema).toBe(PAGE_SCHEMA_VERSION)
    expect(JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8')).schema).toBe(LIBRARY_SCHEMA_VERSION)
    expect(snapshotFiles(source)).toEqual(before) // the committed fixture itself is never written
  })
})

describe('files from a newer version', () => {
  async function libraryWithNewerIndex() {
    const dir = temp.make()
    cpSync(join(FIXTURES, versions.at(-1)!), dir, { recursive: true })
    const file = join(dir, 'library.json')
    const newer = JSON.stringify({
      ...JSON.parse(readFileSync(file, 'utf8')),
      schema: LIBRARY_SCHEMA_VERSION + 1,
      newThing: { a: 1 }
    })
    writeFileSync(file, newer)
    return { dir, before: snapshotFiles(dir) }
  }

  it('refuses a library index with a newer schema, says to update, and leaves every byte as it was', async () => {
    const { dir, before } = await libraryWithNewerIndex()
    const message = new RegExp(
      `library\\.json was written by a newer Jiaodui \\(schema ${LIBRARY_SCHEMA_VERSION + 1}; this version reads up to ${LIBRARY_SCHEMA_VERSION}\\)\\. Update Jiaodui\\.`
    )
    await expect(LibraryStore.open(dir)).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(message)
    })
    await expect(LibraryStore.open(dir, { readOnly: true })).rejects.toMatchObject({ code: 'invalid' })
    expect(snapshotFiles(dir)).toEqual(before) // no lock left behind, nothing moved aside, nothing rewritten
  })

  it('refuses it through the CLI too, with exit status 2 and the same message', async () => {
    const { dir, before } = await libraryWithNewerIndex()
    const { jiaodui } = await import('./support/processes')
    for (const args of [['stats'], ['import', join(FIXTURES, '..', '..', '..', 'seeds')]]) {
      const r = await jiaodui([...args, '--library', dir])
      expect(r.code, r.stderr).toBe(2)
      expect(r.stderr).toMatch(/was written by a newer Jiaodui .*Update Jiaodui/)
      expect(r.stderr).not.toMatch(/\n\s+at /) // a message, not a stack trace
    }
    expect(snapshotFiles(dir)).toEqual(before)
  })
})
