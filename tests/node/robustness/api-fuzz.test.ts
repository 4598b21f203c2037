// Thousands of malformed payloads to every API method, through dispatch (what IPC calls) and through the
// HTTP host with its token. Each call must come back as a Result — ok, or ok:false with a known code and a
// short message — never a crash or a hang; Object.prototype stays clean; no file appears outside the library.
// The generator is seeded: the seed is printed, and JIAODUI_SEED=<seed> replays a run.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/node/api/dispatch'
import { openAppSession, type AppSession } from '../../../src/node/app-session'
import { startHost, type RunningHost } from '../../../src/node/host/http-host'
import { API_METHODS } from '../../../src/shared/api/methods'
import type { ApiErrorCode, Result } from '../../../src/shared/api/result'
import { DEFAULT_LABELS } from '../../../src/shared/model/library'
import type { PageFile } from '../../../src/shared/model/page'
import {
  deeplyNested,
  junkString,
  junkValue,
  mutate,
  PROTO_KEYS,
  setOwn,
  traversalStrings
} from './support/fuzz-payloads'
import { scanLibraryFiles } from './support/library-check'
import { httpRequest } from './support/processes'
import { Random, seedFromEnv } from './support/random'
import { TempFolders } from './support/temp'

const RUNS = Number(process.env.JIAODUI_FUZZ_RUNS ?? (process.env.CI ? 1500 : 3000))
const HTTP_RUNS = Math.ceil(RUNS / 3)
const SEED = seedFromEnv()
const CALL_TIMEOUT_MS = 20_000
const SEEDS_DIR = join(__dirname, '..', '..', '..', 'seeds')

const KNOWN_CODES = new Set<ApiErrorCode>([
  'invalid-input',
  'invalid',
  'unknown-method',
  'not-found',
  'conflict',
  'corrupt',
  'locked',
  'read-only',
  'unsupported',
  'forbidden',
  'io',
  'internal'
])
const UNKNOWN_METHODS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' getPage',
  'getPage/../savePage',
  'GETPAGE',
  'getpage',
  'a'.repeat(10_000),
  '\u0000',
  '../../etc/passwd'
]

const temp = new TempFolders()
let session: AppSession
let host: RunningHost
let root: string
let library: string
let escapeDir: string
let sample: PageFile
const protoBefore = {
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  fn: Object.getOwnPropertyNames(Function.prototype).sort()
}

/** A valid payload per method, as a starting point for mutations; methods added later get `{}`. */
function validPayload(method: string): unknown {
  const id = sample.id
  const editable = {
    clean: sample.clean,
    provenance: sample.provenance,
    decisions: {},
    humanEdited: false,
    status: 'raw',
    layout: null,
    entities: [],
    orphans: []
  }
  const query = { pattern: '工会', regex: false, caseSensitive: false }
  const samples: Record<string, unknown> = {
    getLibraryInfo: {},
    listPages: {},
    getPage: { id },
    savePage: { id, baseRevision: sample.revision, cause: 'edit', page: editable },
    importFiles: { files: [{ name: 'fuzz.txt', base64: Buffer.from('模糊测试正文。').toString('base64') }] },
    importWithDialog: { mode: 'files' },
    getJob: { jobId: '00000000-0000-0000-0000-000000000000' },
    listRevisions: { id },
    restoreRevision: { id, revision: 0 },
    updateLabels: { labels: DEFAULT_LABELS },
    updateSettings: { topics: ['工会工作'] },
    getSuggestions: { id },
    decideSuggestions: { id, baseRevision: sample.revision, accept: [], reject: [] },
    runAuto: { ids: [id] },
    findInLibrary: { query },
    replaceInLibrary: { query, replacement: '工会', pageIds: [id] },
    undoLibraryReplace: { pages: [{ id, revision: 0 }] },
    exportZip: {
      filters: {
        formats: ['txt', 'jsonl'],
        statuses: null,
        pageIds: [id],
        labels: null,
        includeHeadlines: true,
        includeSuggested: false,
        conllTokens: 'char'
      }
    }
  }
  return Object.hasOwn(samples, method) ? samples[method] : {} // not samples[method]: 'constructor' is a method name here too
}

/** What is wrong with a reply, or null when it is a proper Result. */
function resultProblem(result: unknown): string | null {
  if (typeof result !== 'object' || result === null) return `not a Result: ${String(result)}`
  const r = result as Result<unknown>
  if (r.ok === true) return 'value' in r ? null : 'ok without a value'
  if (r.ok !== false) return 'neither ok nor failed'
  const { code, message } = r.error ?? {}
  if (!KNOWN_CODES.has(code)) return `unknown error code ${String(code)}`
  if (code === 'internal') return `internal error (a handler threw something unexpected): ${message}`
  if (typeof message !== 'string' || message.trim() === '') return 'empty error message'
  if (message.length > 2000) return `error message of ${message.length} characters (not a clear message)`
  return null
}

const short = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text)

function preview(payload: unknown): string {
  try {
    const text = JSON.stringify(payload) ?? String(payload)
    return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} chars)` : text
  } catch {
    return '(nested too deep to print)'
  }
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>(
      (_, reject) =>
        (timer = setTimeout(
          () => reject(new Error(`no answer within ${CALL_TIMEOUT_MS} ms: ${what}`)),
          CALL_TIMEOUT_MS
        ))
    )
  ])
}

/** Every file under `dir` with a hash of its bytes, except inside `except`. */
function fileTree(dir: string, except: string, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (path === except) continue
    const info = statSync(path, { throwIfNoEntry: false })
    if (!info) continue
    if (info.isDirectory()) fileTree(path, except, out)
    else out.set(path, createHash('sha256').update(readFileSync(path)).digest('hex'))
  }
  return out
}

function escapees(): string[] {
  const found = readdirSync(tmpdir()).filter((n) => n.includes('jiaodui-fuzz-escape'))
  if (existsSync(escapeDir)) found.push(escapeDir)
  return found
}

function assertPrototypesClean() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore.object)
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(protoBefore.array)
  expect(Object.getOwnPropertyNames(Function.prototype).sort()).toEqual(protoBefore.fn)
  const probe = {} as Record<string, unknown>
  for (const key of ['polluted', 'action', 'id', 'page', 'files', 'a', 'then'])
    expect(probe[key], `Object.prototype.${key}`).toBeUndefined()
}

let treeBefore: Map<string, string>
let cwdBefore: string[]

beforeAll(async () => {
  console.info(
    `api-fuzz: seed ${SEED} (replay with JIAODUI_SEED=${SEED}), ${RUNS} dispatch calls, ${HTTP_RUNS} HTTP calls`
  )
  root = temp.make('jiaodui-fuzz-')
  library = join(root, 'library')
  escapeDir = join(tmpdir(), `jiaodui-fuzz-escape-${SEED}`)
  const assets = join(root, 'assets')
  mkdirSync(join(assets, 'assets'), { recursive: true })
  writeFileSync(join(assets, 'index.html'), '<!doctype html><title>t</title>')
  writeFileSync(join(root, 'bystander.txt'), 'SECRET-BYSTANDER-CONTENT')
  session = await openAppSession({
    libraryDir: library,
    platform: { transport: 'http' },
    purpose: 'fuzz',
    seedsDir: SEEDS_DIR
  })
  sample = await session.store.getPage(session.store.listPages()[0].id)
  host = await startHost({ handlers: session.handlers, assetsDir: assets })
  treeBefore = fileTree(root, library)
  cwdBefore = readdirSync(process.cwd()).sort()
}, 60_000)

afterAll(async () => {
  await host?.close()
  await session?.close()
  temp.cleanup()
})

describe(`API fuzz (seed ${SEED})`, () => {
  it('answers every malformed payload to every method through dispatch with a Result', async () => {
    const rnd = new Random(SEED)
    const problems: string[] = []
    const methods = [...API_METHODS]
    const counts = { calls: 0, ok: 0, failed: new Map<string, number>() }
    const timing = new Map<string, number>()
    for (let i = 0; i < RUNS; i++) {
      const method = rnd.chance(0.03) ? rnd.pick(UNKNOWN_METHODS) : methods[i % methods.length]
      const payload = rnd.chance(0.1)
        ? junkValue(rnd, { escapeDir })
        : mutate(rnd, validPayload(method), { escapeDir, hugeString: 0.01 })
      let result: unknown
      const started = performance.now()
      try {
        result = await withTimeout(dispatch(session.handlers, method, payload), `${method} ${preview(payload)}`)
        timing.set(short(method, 30), (timing.get(short(method, 30)) ?? 0) + performance.now() - started)
      } catch (error) {
        problems.push(
          `#${i} ${short(method)}: dispatch threw ${(error as Error).message.slice(0, 300)} for ${preview(payload)}`
        )
        continue
      }
      counts.calls++
      const problem = resultProblem(result)
      if (problem) problems.push(`#${i} ${short(method)}: ${problem} for ${preview(payload)}`)
      const r = result as Result<unknown>
      if (r.ok) counts.ok++
      else counts.failed.set(r.error.code, (counts.failed.get(r.error.code) ?? 0) + 1)
    }
    await session.jobs.idle()
    console.info(
      `api-fuzz dispatch: ${counts.calls} calls, ${counts.ok} ok, failed by code ${JSON.stringify(Object.fromEntries(counts.failed))}`
    )
    console.info(
      `api-fuzz dispatch ms by method: ${JSON.stringify(Object.fromEntries([...timing].map(([m, t]) => [m, Math.round(t)])))}`
    )
    expect(problems.slice(0, 15), `${problems.length} problems (seed ${SEED})`).toEqual([])
    assertPrototypesClean()
  }, 600_000)

  it('refuses prototype-polluting keys at any depth, however they arrive', async () => {
    for (const key of PROTO_KEYS) {
      for (const depth of [0, 1, 3, 8, 30]) {
        const json = `${'{"x":'.repeat(depth)}{"${key}":{"polluted":true}}${'}'.repeat(depth)}`
        const payloads = [JSON.parse(json), JSON.parse(`{"id":"${sample.id}","extra":${json}}`)]
        const viaDefine: Record<string, unknown> = { id: sample.id }
        setOwn(viaDefine, key, { polluted: true })
        payloads.push(viaDefine)
        for (const payload of payloads) {
          for (const method of ['getPage', 'savePage', 'updateSettings', 'importFiles']) {
            const result = await dispatch(session.handlers, method, payload)
            expect(result, `${method} with ${key} at depth ${depth}`).toMatchObject({
              ok: false,
              error: { code: 'invalid-input' }
            })
          }
        }
      }
    }
    const decisions = JSON.parse(
      `{"constructor":{"action":"accepted","at":"t","by":"human"},"__proto__":{"action":"accepted","at":"t","by":"human"}}`
    )
    const save = {
      id: sample.id,
      baseRevision: sample.revision,
      cause: 'accept',
      page: { ...(validPayload('savePage') as { page: object }).page, decisions }
    }
    expect(await dispatch(session.handlers, 'savePage', save)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
    assertPrototypesClean()
  })

  it('answers payloads nested 100,000 levels deep with a clear error instead of overflowing the stack', async () => {
    for (const kind of ['object', 'array'] as const) {
      for (const method of ['getPage', 'savePage', 'updateLabels']) {
        const result = await dispatch(session.handlers, method, { id: sample.id, extra: deeplyNested(100_000, kind) })
        expect(result, `${method} ${kind}`).toMatchObject({
          ok: false,
          error: { code: 'invalid-input', message: expect.stringMatching(/nested/) }
        })
      }
    }
  })

  it('answers every malformed request to the HTTP host with a JSON Result, and serves nothing outside its assets', async () => {
    const rnd = new Random(SEED ^ 0x5a5a5a5a)
    const problems: string[] = []
    const methods = [...API_METHODS]
    const post = (path: string, body: string | Buffer) =>
      withTimeout(
        httpRequest(host.port, path, {
          method: 'POST',
          headers: { 'x-jiaodui-token': host.token, 'content-type': 'application/json' },
          body
        }),
        `POST ${short(path)}`
      )
    const rawBodies = [
      'NaN',
      '{"id": NaN}',
      '{"baseRevision": Infinity}',
      '{"a": -Infinity}',
      '{',
      '}',
      '[',
      '',
      'null',
      'undefined',
      '"string"',
      '[1,2,3]',
      '{"id":"0123456789abcdef",}',
      "{'id': 'x'}",
      '\uFEFF{"id":"0123456789abcdef"}',
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      `{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
      'x'.repeat(3 * 1024 * 1024)
    ]
    let calls = 0
    for (let i = 0; i < HTTP_RUNS + rawBodies.length * 2; i++) {
      const method =
        i < rawBodies.length * 2
          ? methods[i % methods.length]
          : rnd.chance(0.03)
            ? encodeURIComponent(rnd.pick(UNKNOWN_METHODS))
            : methods[i % methods.length]
      let body: string | Buffer
      if (i < rawBodies.length) body = rawBodies[i]
      else if (i < rawBodies.length * 2)
        body = Buffer.concat([Buffer.from('{"id":"'), Buffer.from([0xff, 0xfe, 0xc0, 0x80]), Buffer.from('"}')]) // invalid UTF-8
      else {
        const payload = rnd.chance(0.1)
          ? junkValue(rnd, { escapeDir })
          : mutate(rnd, validPayload(method), { escapeDir, hugeString: 0.01 })
        try {
          body = JSON.stringify(payload) ?? 'undefined'
        } catch {
          body = `{"id":${'['.repeat(30_000)}${']'.repeat(30_000)}}` // what JSON.stringify cannot write, sent as text
        }
      }
      let reply
      try {
        reply = await post(`/api/${method}`, body)
      } catch (error) {
        problems.push(`#${i} ${short(method)}: ${short((error as Error).message, 300)}`)
        continue
      }
      calls++
      let result: unknown
      try {
        result = JSON.parse(reply.body)
      } catch {
        problems.push(
          `#${i} ${short(method)}: status ${reply.status} with a body that is not JSON: ${reply.body.slice(0, 100)}`
        )
        continue
      }
      if (![200, 400].includes(reply.status)) problems.push(`#${i} ${short(method)}: status ${reply.status}`)
      const problem = resultProblem(result)
      if (problem) problems.push(`#${i} ${short(method)}: ${problem} for body ${String(body).slice(0, 150)}`)
    }
    // Static files: traversal in every spelling, never the bystander file outside the assets folder.
    let gets = 0
    for (let i = 0; i < 300; i++) {
      const t = rnd.pick(
        traversalStrings(escapeDir).concat([
          '../bystander.txt',
          '..%2fbystander.txt',
          '%2e%2e/bystander.txt',
          '/assets/../../bystander.txt'
        ])
      )
      const encode = (text: string, f: (x: string) => string) => {
        try {
          return f(text)
        } catch {
          return text.replace(/[\uD800-\uDFFF]/g, '%ED%A0%80') // a lone surrogate, as raw bytes
        }
      }
      const path =
        '/' +
        (rnd.chance(0.5) ? encode(t, encodeURI) : t).replace(/^\/+/, '') +
        (rnd.chance(0.2) ? '?x=' + encode(junkString(rnd, { escapeDir }), encodeURIComponent) : '')
      const reply = await withTimeout(
        httpRequest(
          host.port,
          path.replace(/[\s\u0000-\u001f\u007f-\uffff]/g, (c) => encode(c, encodeURIComponent))
        ),
        `GET ${short(path)}`
      ).catch((error: Error) => ({ status: -1, body: error.message, headers: {} }))
      gets++
      if (reply.body.includes('SECRET-BYSTANDER-CONTENT'))
        problems.push(`GET ${short(path)} served a file outside the assets folder`)
      // 414/431: Node refuses an over-long URL before the host sees it.
      if (![200, 400, 404, 414, 431].includes(reply.status))
        problems.push(`GET ${short(path)}: status ${reply.status} ${reply.body.slice(0, 100)}`)
    }
    await session.jobs.idle()
    console.info(`api-fuzz HTTP: ${calls} API requests (${rawBodies.length * 2} raw bodies), ${gets} static GETs`)
    expect(problems.slice(0, 15), `${problems.length} problems (seed ${SEED})`).toEqual([])
    assertPrototypesClean()
  }, 600_000)

  it('wrote nothing outside the library folder', async () => {
    await session.jobs.idle()
    await session.store.flush()
    expect(fileTree(root, library)).toEqual(treeBefore)
    expect(escapees()).toEqual([])
    expect(readdirSync(process.cwd()).sort()).toEqual(cwdBefore)
    const scan = await scanLibraryFiles(library)
    expect(scan.problems).toEqual([])
  })
})
