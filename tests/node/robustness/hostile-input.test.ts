// Hostile and broken input through the real import path, in-process (importPaths) and through the CLI. Every
// input below is generated in a temp folder at test time. Each one is either imported with its text intact,
// or refused with a message that names the file and says why; nothing crashes, nothing hangs, and after
// reopening, a page file exists exactly when the index lists it.
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { zipSync, strToU8 } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importPaths, MAX_PAGE_BYTES, type ImportReport } from '../../../src/node/import/import-files'
import { LibraryStore, pageIdentity } from '../../../src/node/store/library-store'
import { encodeBig5, encodeGb18030, encodeUtf16 } from './support/encoders'
import { reopenProblems } from './support/library-check'
import { jiaodui } from './support/processes'
import { fastTempRoot, TempFolders } from './support/temp'

const temp = new TempFolders()
afterAll(() => temp.cleanup())

const SEED = readFileSync(join(__dirname, '..', '..', '..', 'seeds', '000_71e228d81da4e06a.txt'), 'utf8')
const utf8 = (text: string) => new TextEncoder().encode(text)
const MB = 1024 * 1024

/** What must happen to one input. */
type Expected = { imported: string; encoding: string } | { refused: RegExp } | { duplicate: true }

interface Case {
  input: string
  /** Creates the input in `dir` and returns the path to import. */
  make: (dir: string) => string
  expected: Expected
  /** Why the case cannot run here, or null. */
  skip?: (path: string) => string | null
}

function file(name: string, bytes: Uint8Array | string): (dir: string) => string {
  return (dir) => {
    const path = join(dir, name)
    writeFileSync(path, bytes)
    return path
  }
}

const BIG5_TEXT = '臺灣工會舉辦勞動節活動，職工們踴躍參加。這是一個關於工會服務的說明，說明工會為職工做了很多實事。\n'
const GB_TEXT = SEED.slice(0, 3000) + '\n吉𠮷家的王伟说：价格5€。\n'
const MIXED_EOL = '第一行\r\n第二行\n第三行\r第四行\r\n\r\n第六行'
const LONG_LINE = SEED.replace(/\n/g, '')
  .repeat(Math.ceil((5 * MB) / utf8(SEED).length) + 1)
  .slice(0, 1_800_000) // ~5.1 MB, one line
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f9c2ee0000000049454e44ae426082',
  'hex'
)
const QUOTED_NAME = `中文 名字 "引号" 'single' （全角）.txt`
const LONG_NAME = `${'报'.repeat(81)}.txt` // 247 bytes of UTF-8: near the 255-byte limit of most file systems
const CONTROL_TEXT = '正文\u001b[31m带控制字符\u0007\f下一页\u000b结束。\n'
const isRoot = process.getuid?.() === 0

/** The table of inputs and outcomes (the issue note lists the same table). */
const CASES: Case[] = [
  { input: 'empty file', make: file('empty.txt', ''), expected: { refused: /is empty \(0 bytes\)/ } },
  {
    input: 'whitespace only (spaces, tabs, CRLF, U+3000)',
    make: file('blank.txt', ' \t\r\n\u3000 \n'),
    expected: { refused: /contains only whitespace: nothing to import/ }
  },
  {
    input: 'only a UTF-8 byte-order mark',
    make: file('bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf])),
    expected: { refused: /contains only whitespace/ }
  },
  { input: 'PNG image', make: file('scan.png', PNG), expected: { refused: /is a PNG image, not text/ } },
  {
    input: 'PNG image named .txt',
    make: file('scan-renamed.txt', PNG),
    expected: { refused: /is a PNG image, not text/ }
  },
  {
    input: 'ZIP archive',
    make: file('pages.zip', zipSync({ 'a.txt': strToU8('正文') })),
    expected: { refused: /is a ZIP archive \(or an Office document\), not text/ }
  },
  {
    input: 'PDF document',
    make: file('page.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n'),
    expected: { refused: /is a PDF document, not text/ }
  },
  {
    input: 'executable (the node binary, first 64 KB)',
    make: (dir) => file('node.txt', readFileSync(process.execPath).subarray(0, 64 * 1024))(dir),
    expected: { refused: /is an executable \(ELF\), not text/ }
  },
  {
    input: 'NUL bytes inside UTF-8 text',
    make: file('nul.txt', utf8('正文\u0000正文')),
    expected: { refused: /contains NUL bytes/ }
  },
  {
    input: 'UTF-16 LE without a byte-order mark',
    make: file('utf16-nobom.txt', Buffer.from(SEED.slice(0, 200), 'utf16le')),
    expected: { refused: /UTF-16 without a byte-order mark \(re-save it as UTF-8/ }
  },
  {
    input: 'invalid UTF-8 bytes in Chinese text',
    make: file(
      'broken-utf8.txt',
      Buffer.concat([
        Buffer.from(SEED.slice(0, 400)),
        Buffer.from([0xff, 0xfe, 0x41]),
        Buffer.from(SEED.slice(400, 900))
      ])
    ),
    expected: { refused: /is not valid UTF-8: invalid byte sequence at byte \d+ \(fix or re-save/ }
  },
  {
    input: 'UTF-8-encoded surrogate (CESU-8)',
    make: file('cesu.txt', Buffer.concat([Buffer.from(SEED.slice(0, 300)), Buffer.from([0xed, 0xa0, 0x80])])),
    expected: { refused: /is not valid UTF-8/ }
  },
  {
    input: 'UTF-8 cut in the middle of a character',
    make: file('cut.txt', Buffer.from(SEED.slice(0, 500)).subarray(0, utf8(SEED.slice(0, 500)).length - 1)),
    expected: { refused: /is not valid UTF-8: invalid byte sequence at byte/ }
  },
  {
    input: 'Windows-1252 (Latin) text',
    make: file('latin.txt', Buffer.from('Le café est prêt à côté.\n', 'latin1')),
    expected: { refused: /could not be decoded as UTF-8, UTF-16, GB18030 or Big5 text/ }
  },
  {
    input: 'UTF-8 with a byte-order mark',
    make: file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED)])),
    expected: { imported: SEED, encoding: 'utf-8-bom' }
  },
  {
    input: 'UTF-16 LE with a byte-order mark',
    make: file('utf16le.txt', encodeUtf16(SEED, 'le')),
    expected: { imported: SEED, encoding: 'utf-16le' }
  },
  {
    input: 'UTF-16 BE with a byte-order mark',
    make: file('utf16be.txt', encodeUtf16(SEED.slice(0, 1000), 'be')),
    expected: { imported: SEED.slice(0, 1000), encoding: 'utf-16be' }
  },
  {
    input: 'UTF-16 with a byte-order mark and an odd length',
    make: file('utf16-odd.txt', Buffer.concat([encodeUtf16('正文', 'le'), Buffer.from([0x41])])),
    expected: { refused: /has a UTF-16 LE byte-order mark but an odd number of bytes/ }
  },
  {
    input: 'GB18030, with a four-byte character (𠮷)',
    make: file('gb18030.txt', encodeGb18030(GB_TEXT)),
    expected: { imported: GB_TEXT, encoding: 'gb18030' }
  },
  { input: 'Big5', make: file('big5.txt', encodeBig5(BIG5_TEXT)), expected: { imported: BIG5_TEXT, encoding: 'big5' } },
  {
    input: 'mixed CRLF, LF and lone CR line ends',
    make: file('mixed-eol.txt', MIXED_EOL),
    expected: { imported: MIXED_EOL.replace(/\r\n?/g, '\n'), encoding: 'utf-8' }
  },
  {
    input: 'control characters (ESC, BEL, FF, VT) in text',
    make: file('control.txt', CONTROL_TEXT),
    expected: { imported: CONTROL_TEXT, encoding: 'utf-8' }
  },
  {
    input: 'a single 5 MB line',
    make: file('one-line.txt', LONG_LINE),
    expected: { imported: LONG_LINE, encoding: 'utf-8' }
  },
  {
    input: 'a 50 MB file',
    make: file('huge.txt', Buffer.alloc(50 * MB, '职工')),
    expected: { refused: /is 50\.0 MB; pages larger than 16 MB are refused \(split the file\)/ }
  },
  {
    input: 'file name with Chinese, spaces and quotes',
    make: file(QUOTED_NAME, '带引号的文件名。\n'),
    expected: { imported: '带引号的文件名。\n', encoding: 'utf-8' }
  },
  {
    input: 'file name with a tab and a newline',
    make: file('tab\tand\nnewline.txt', '换行文件名。\n'),
    expected: { imported: '换行文件名。\n', encoding: 'utf-8' }
  },
  {
    input: 'file name of 247 bytes',
    make: file(LONG_NAME, '长文件名。\n'),
    expected: { imported: '长文件名。\n', encoding: 'utf-8' }
  },
  {
    input: 'file name in GBK bytes (not UTF-8)',
    make: (dir) => {
      writeFileSync(Buffer.from(`${dir}/\xd6\xd0\xce\xc4.txt`, 'latin1'), 'GBK 文件名。\n')
      return join(dir, '\uFFFD\uFFFD\uFFFD\uFFFD.txt') // what Node (and the shell, decoded as UTF-8) gives us
    },
    expected: { refused: /has a file name that is not valid UTF-8 \(GBK or Big5\?\): rename the file/ }
  },
  {
    input: 'the same bytes again under another name',
    make: file('bom-copy.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED)])),
    expected: { duplicate: true }
  },
  {
    input: 'symbolic link to itself',
    make: (dir) => {
      symlinkSync('self-link.txt', join(dir, 'self-link.txt'))
      return join(dir, 'self-link.txt')
    },
    expected: { refused: /is a symbolic link loop/ }
  },
  {
    input: 'named pipe (FIFO) called .txt',
    make: (dir) => {
      execFileSync('mkfifo', [join(dir, 'pipe.txt')])
      return join(dir, 'pipe.txt')
    },
    expected: { refused: /is not a regular file/ }
  },
  { input: 'a device (/dev/zero)', make: () => '/dev/zero', expected: { refused: /is not a regular file/ } },
  {
    input: 'a path that does not exist',
    make: (dir) => join(dir, 'missing.txt'),
    expected: { refused: /does not exist/ }
  },
  {
    input: 'a file without read permission (chmod 000)',
    make: (dir) => {
      writeFileSync(join(dir, 'locked.txt'), '不可读。\n')
      chmodSync(join(dir, 'locked.txt'), 0o000)
      return join(dir, 'locked.txt')
    },
    expected: { refused: /cannot be read \(permission denied\)/ },
    skip: (path) => {
      try {
        readFileSync(path)
        return 'this process can read a chmod 000 file (it runs as root, which ignores file permissions); the CLI run below checks this case as user nobody'
      } catch {
        return null
      }
    }
  }
]

function checkOutcomes(report: ImportReport, paths: Map<Case, string>, skipped: Set<Case>) {
  for (const [c, path] of paths) {
    if (skipped.has(c)) continue
    const expected = c.expected
    if ('refused' in expected) {
      const outcome = report.outcomes.find((o) => o.status === 'failed' && o.source === path)
      expect(outcome, `${c.input}: refused, naming ${path}`).toBeDefined()
      if (outcome?.status === 'failed') expect(outcome.reason, c.input).toMatch(expected.refused)
    } else {
      const id = pageIdentity(readFileSync(path)).id
      const outcome = report.outcomes.find((o) => o.status !== 'failed' && o.id === id && o.source === basename(path))
      expect(outcome, c.input).toMatchObject(
        'duplicate' in expected ? { status: 'duplicate' } : { status: 'imported', encoding: expected.encoding }
      )
    }
  }
}

async function checkLibrary(dir: string, paths: Map<Case, string>, skipped: Set<Case>) {
  expect(await reopenProblems(dir)).toEqual([])
  const store = await LibraryStore.open(dir, { readOnly: true })
  for (const [c, path] of paths) {
    if (skipped.has(c) || !('imported' in c.expected)) continue
    const page = await store.getPage(pageIdentity(readFileSync(path)).id)
    expect(page.raw === c.expected.imported, `${c.input}: imported text equals the source`).toBe(true)
    expect(page.source).toBe(basename(path))
  }
  expect(store.listPages()).toHaveLength(
    [...paths.keys()].filter((c) => 'imported' in c.expected && !skipped.has(c)).length
  )
}

describe('hostile input files', () => {
  const inputs = temp.make('jiaodui-hostile-in-')
  const paths = new Map<Case, string>()
  const skipped = new Set<Case>()
  const reasons: string[] = []

  beforeAll(() => {
    for (const c of CASES) {
      let path: string
      try {
        path = c.make(inputs)
      } catch (error) {
        // e.g. a file name that is not UTF-8 on a file system that only stores UTF-8 names (macOS)
        reasons.push(`${c.input}: cannot be created here (${(error as Error).message}); not tested`)
        continue
      }
      paths.set(c, path)
      const why = c.skip?.(path) ?? null
      if (why) {
        skipped.add(c)
        reasons.push(`${c.input}: ${why}`)
      }
    }
    if (reasons.length) console.info(`hostile-input: cases skipped:\n  ${reasons.join('\n  ')}`)
  })

  it('imports or refuses each input through importPaths, as the table says, and the library stays whole', async () => {
    const dir = temp.make()
    const store = await LibraryStore.open(dir)
    const started = Date.now()
    // Duplicates are judged by order: the copy comes after the original in the table.
    const report = await importPaths(
      store,
      [...paths.values()].filter((p) => !skipped.has([...paths].find(([, v]) => v === p)![0]))
    )
    await store.close()
    expect(Date.now() - started).toBeLessThan(60_000)
    checkOutcomes(report, paths, skipped)
    expect(report.outcomes).toHaveLength(paths.size - skipped.size)
    await checkLibrary(dir, paths, skipped)
  })

  it('imports or refuses each input through the CLI, naming each refused file, with exit status 1 and no stack trace', async () => {
    const dir = temp.make()
    // As root, run the CLI as "nobody" so that chmod 000 really stops it from reading.
    const asNobody = isRoot ? { uid: 65534, gid: 65534 } : {}
    if (isRoot) {
      chmodSync(inputs, 0o755)
      chmodSync(dir, 0o777)
    }
    const r = await jiaodui(['import', ...paths.values(), '--library', dir], {
      ...asNobody,
      env: { ...process.env, HOME: dir }
    })
    expect(r.code, r.stderr.slice(0, 2000)).toBe(1)
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
    for (const [c, path] of paths) {
      if ('refused' in c.expected) {
        const at = r.stderr.indexOf(`refused   ${path}: `)
        expect(at, `${c.input}: the CLI names ${path}`).toBeGreaterThanOrEqual(0)
        const reason = r.stderr.slice(at + `refused   ${path}: `.length).split('\n')[0]
        expect(reason, c.input).toMatch(c.expected.refused)
      } else if ('imported' in c.expected) {
        expect(r.stdout, c.input).toContain(
          `imported  ${basename(path)} → page ${pageIdentity(readFileSync(path)).id} (${c.expected.encoding}`
        )
      } else expect(r.stdout).toContain(`unchanged ${basename(path)}: same bytes as page`)
    }
    const imported = [...paths.keys()].filter((c) => 'imported' in c.expected).length
    const refused = [...paths.keys()].filter((c) => 'refused' in c.expected).length
    expect(r.stdout).toContain(`${imported} imported, 1 already present, ${refused} refused`)
    if (isRoot) execFileSync('chown', ['-R', 'root:root', dir])
    await checkLibrary(dir, paths, new Set())
  })
})

describe('hostile folders', () => {
  function hostileFolder(): string {
    const root = temp.make('jiaodui-hostile-tree-')
    const deep = join(root, 'a', 'b', 'c', 'd', 'e')
    mkdirSync(deep, { recursive: true })
    writeFileSync(join(root, 'top.txt'), '顶层。\n')
    writeFileSync(join(deep, 'deep.TXT'), '深层。\n')
    writeFileSync(join(root, 'a', 'notes.md'), '笔记。\n')
    writeFileSync(join(root, 'a', 'b', 'plain.text'), '纯文本。\n')
    mkdirSync(join(root, 'folder.txt'))
    writeFileSync(join(root, 'folder.txt', 'inside.txt'), '文件夹里的文件。\n')
    writeFileSync(join(root, 'image.png'), PNG)
    writeFileSync(join(root, 'README'), 'no extension')
    writeFileSync(join(root, '.hidden.txt'), '隐藏。\n')
    mkdirSync(join(root, '.git'))
    writeFileSync(join(root, '.git', 'HEAD.txt'), 'ref')
    symlinkSync('.', join(root, 'a', 'b', 'loop-to-self'))
    symlinkSync(root, join(deep, 'loop-to-root'))
    symlinkSync('ping', join(root, 'pong'))
    symlinkSync('pong', join(root, 'ping'))
    symlinkSync('nowhere.txt', join(root, 'dangling.txt'))
    execFileSync('mkfifo', [join(root, 'a', 'fifo.txt')])
    return root
  }

  it('walks nested folders, skips hidden and non-text files, reports loops, pipes and dangling links, and never hangs', async () => {
    const root = hostileFolder()
    const dir = temp.make()
    const store = await LibraryStore.open(dir)
    const report = await importPaths(store, [root])
    await store.close()
    expect(report.imported).toBe(5)
    expect(report.skipped).toBe(2) // image.png, README
    const failures = Object.fromEntries(
      report.outcomes
        .filter((o) => o.status === 'failed')
        .map((o) => [o.source.slice(root.length + 1), o.status === 'failed' ? o.reason : ''])
    )
    expect(failures).toEqual({
      'a/b/loop-to-self': 'is a folder already visited (a symbolic link loop); skipped',
      'a/b/c/d/e/loop-to-root': 'is a folder already visited (a symbolic link loop); skipped',
      'a/fifo.txt': 'is not a regular file (a pipe, socket or device); not read',
      'dangling.txt': 'is a symbolic link to something that does not exist',
      ping: 'is a symbolic link loop',
      pong: 'is a symbolic link loop'
    })
    expect(await reopenProblems(dir)).toEqual([])
  })
})

describe('10,000 tiny files in nested folders', () => {
  it('imports them all in under a minute, and the CLI then finds every one already present', async () => {
    const { root: fastRoot, kind } = fastTempRoot()
    const base = temp.make('jiaodui-10k-', fastRoot)
    const src = join(base, 'src')
    let t = Date.now()
    for (let i = 0; i < 10_000; i++) {
      const dir = join(src, `卷${i % 10}`, `期 ${Math.floor(i / 10) % 10}`, `版'${Math.floor(i / 100) % 10}`)
      if (i < 1000) mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, `第${i}页.txt`), `第${i}页\n本报讯 小文件${i}。\n`)
    }
    const generateMs = Date.now() - t

    const library = join(base, 'library')
    t = Date.now()
    const store = await LibraryStore.open(library)
    const report = await importPaths(store, [src])
    await store.close()
    const importMs = Date.now() - t
    expect(report).toMatchObject({ imported: 10_000, failed: 0, duplicates: 0 })

    t = Date.now()
    const again = await jiaodui(['import', src, '--library', library])
    const cliMs = Date.now() - t
    expect(again.code, again.stderr.slice(0, 2000)).toBe(0)
    expect(again.stdout).toContain('0 imported, 10000 already present, 0 refused')

    t = Date.now()
    expect(await reopenProblems(library)).toEqual([])
    const reopenMs = Date.now() - t
    console.info(
      `10,000 tiny files on ${kind} (${fastRoot}): generate ${generateMs} ms, importPaths ${importMs} ms (${(importMs / 10_000).toFixed(2)} ms/file), ` +
        `CLI re-import (all duplicates) ${cliMs} ms, reopen + check ${reopenMs} ms`
    )
    expect(importMs).toBeLessThan(60_000)
  }, 180_000)
})

it('keeps the 16 MB page limit the table relies on', () => {
  expect(MAX_PAGE_BYTES).toBe(16 * MB)
})
