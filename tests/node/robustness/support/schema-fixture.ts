// Writes a small but complete library with the current code: three pages in three encodings, edits with
// provenance, decisions, entities (accepted, pending, orphaned), a stored layout, history snapshots
// (import, auto, tag, restore), custom labels and topics. Committed under tests/fixtures/schema/v<N>/ so
// that a later schema change must migrate it (tests/node/robustness/migrations.test.ts).
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { LibraryStore } from '../../../../src/node/store/library-store'
import { LIBRARY_SCHEMA_VERSION } from '../../../../src/shared/model/library'
import { PAGE_SCHEMA_VERSION, type PageFile } from '../../../../src/shared/model/page'

export interface FixtureExpectation {
  librarySchema: number
  pageSchema: number
  labels: string[]
  topics: string[]
  pages: Array<{
    id: string
    source: string
    encoding: string
    status: string
    revision: number
    rawSha256: string
    cleanSha256: string
    entities: number
    orphans: number
    decisions: number
    layoutArticles: number | null
    revisions: number[]
  }>
}

export const FIXTURE_FILE = 'expected.json'

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

const UTF8_PAGE =
  '职工之家建设经验交流会召开\n本报讯（记者王伟）12日，市总工会在昆明召开职工之家建设经验交流会。\n会议要求，各级工会要把职工之家建成职工信赖的温暖之家。\n'
const BOM_PAGE = '劳模工匠进校园\n本报讯 近日，全国劳动模范李丰走进昆明市第一中学，与学生交流。\n'
const UTF16_PAGE = '安全生产月活动启动\r\n本报讯 6月1日，云南省总工会启动“安全生产月”活动。\r\n'

function editPage(page: PageFile): PageFile {
  // Delete the "（记者王伟）" parenthesis and insert "特别" before 要求: provenance runs cover kept, deleted and inserted text.
  const cut = page.raw.indexOf('（记者王伟）')
  const insertAt = page.raw.indexOf('要求')
  const clean = page.raw.slice(0, cut) + page.raw.slice(cut + 6, insertAt) + '特别' + page.raw.slice(insertAt)
  const provenance = [
    0,
    0,
    cut,
    cut,
    cut + 6,
    insertAt - cut - 6,
    insertAt - 6,
    -1,
    2,
    insertAt - 4,
    insertAt,
    page.raw.length - insertAt
  ]
  return {
    ...page,
    clean,
    provenance,
    status: 'auto-cleaned',
    decisions: {
      'paren-1': { action: 'accepted', at: '2026-11-23T08:00:00.000Z', by: 'auto' },
      'space-2': { action: 'rejected', at: '2026-11-23T08:01:00.000Z', by: 'human' }
    }
  }
}

function tagPage(page: PageFile): PageFile {
  const at = (text: string) => page.clean.indexOf(text)
  return {
    ...page,
    status: 'tagged',
    humanEdited: true,
    entities: [
      { id: 'e1', start: at('市总工会'), end: at('市总工会') + 4, label: 'ORG', status: 'accepted', origin: 'human' },
      { id: 'e2', start: at('昆明'), end: at('昆明') + 2, label: 'LOC', status: 'pending', origin: 'rule' },
      { id: 'e3', start: at('12日'), end: at('12日') + 3, label: 'DATE', status: 'rejected', origin: 'rule' }
    ],
    orphans: [
      {
        span: { id: 'e0', start: 5, end: 7, label: 'PER', status: 'accepted', origin: 'human' },
        text: '王伟',
        at: '2026-11-23T08:02:00.000Z'
      }
    ],
    layout: {
      articles: [{ id: 'a1', start: 0, type: 'news', tags: ['工会工作'], region: '云南' }],
      roles: [
        { at: 0, role: 'headline' },
        { at: page.clean.indexOf('\n') + 1, role: 'body' }
      ]
    }
  }
}

/** Writes the fixture library into the empty folder `dir` and returns what a reader must find in it. */
export async function writeSchemaFixture(dir: string): Promise<FixtureExpectation> {
  const store = await LibraryStore.open(dir, { purpose: 'schema fixture writer' })
  const ids: string[] = []
  const inputs: Array<[string, Uint8Array]> = [
    ['职工之家.txt', new TextEncoder().encode(UTF8_PAGE)],
    ['劳模 BOM.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BOM_PAGE, 'utf8')])],
    ['安全生产 utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UTF16_PAGE, 'utf16le')])]
  ]
  for (const [name, bytes] of inputs) {
    const outcome = await store.importBytes(name, bytes)
    if (outcome.status !== 'imported') throw new Error(`fixture import of ${name}: ${JSON.stringify(outcome)}`)
    ids.push(outcome.id)
  }
  const edited = await store.savePage(ids[0], (await store.getPage(ids[0])).revision, editPage, 'auto')
  await store.savePage(ids[0], edited.revision, tagPage, 'tag')
  await store.savePage(ids[1], (await store.getPage(ids[1])).revision, (p) => ({ ...p, status: 'cleaned' }), 'auto')
  await store.restoreRevision(ids[1], 0)
  await store.updateLabels([...store.labels, { name: 'EVENT', color: '#495057', hotkey: '6' }])
  await store.updateSettings({ ...store.settings, topics: [...store.settings.topics, '职工之家'] })
  const expectation: FixtureExpectation = {
    librarySchema: LIBRARY_SCHEMA_VERSION,
    pageSchema: PAGE_SCHEMA_VERSION,
    labels: store.labels.map((l) => l.name),
    topics: store.settings.topics,
    pages: []
  }
  for (const id of ids) {
    const page = await store.getPage(id)
    expectation.pages.push({
      id,
      source: page.source,
      encoding: page.encoding,
      status: page.status,
      revision: page.revision,
      rawSha256: sha(page.raw),
      cleanSha256: sha(page.clean),
      entities: page.entities.length,
      orphans: page.orphans.length,
      decisions: Object.keys(page.decisions).length,
      layoutArticles: page.layout ? page.layout.articles.length : null,
      revisions: (await store.revisions(id)).map((r) => r.revision)
    })
  }
  await store.close()
  writeFileSync(join(dir, FIXTURE_FILE), JSON.stringify(expectation, null, 2) + '\n')
  return expectation
}
