import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEEDS_DIR, tempDir } from '../../helpers/temp-dir'

const BIN = join(__dirname, '..', '..', '..', 'bin', 'jiaodui.mjs')

function jiaodui(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('jiaodui CLI', () => {
  it('imports GB18030 and UTF-16 files, refuses an empty file and a PNG, and exits 1', () => {
    const inputs = tempDir()
    const text = readFileSync(join(SEEDS_DIR, '004_5e8ab85cd838b191.txt'), 'utf8')
    const gb = new TextDecoder('gb18030') // the platform has no GB18030 encoder: build the bytes by lookup
    const reverse = new Map<string, number[]>()
    for (let b1 = 0x81; b1 <= 0xfe; b1++) for (let b2 = 0x40; b2 <= 0xfe; b2++) if (b2 !== 0x7f) reverse.set(gb.decode(new Uint8Array([b1, b2])), [b1, b2])
    const gbBytes = [...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : reverse.get(c)!))
    writeFileSync(join(inputs, '国标.txt'), Buffer.from(gbBytes))
    writeFileSync(join(inputs, 'utf16 page.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(0, 2000), 'utf16le')]))
    writeFileSync(join(inputs, 'empty.txt'), '')
    writeFileSync(join(inputs, 'scan.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    const library = tempDir()
    const files = ['国标.txt', 'utf16 page.txt', 'empty.txt', 'scan.png'].map((f) => join(inputs, f))
    const r = jiaodui(['import', ...files, '--library', library])
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/imported {2}国标\.txt → page [0-9a-f]{16} \(gb18030/)
    expect(r.out).toMatch(/imported {2}utf16 page\.txt → page [0-9a-f]{16} \(utf-16le\)/)
    expect(r.err).toContain(`${join(inputs, 'empty.txt')}: is empty (0 bytes)`)
    expect(r.err).toContain(`${join(inputs, 'scan.png')}: is a PNG image, not text`)
    expect(r.out).toContain('2 imported, 0 already present, 2 refused')

    const again = jiaodui(['import', files[0], '--library', library])
    expect(again.code).toBe(0)
    expect(again.out).toContain('already in the library')

    const stats = jiaodui(['stats', '--json'], { JIAODUI_LIBRARY: library })
    expect(stats.code).toBe(0)
    const json = JSON.parse(stats.out)
    expect(json).toMatchObject({ pages: 2, byStatus: { raw: 2 } })
    expect(json.characters).toBe(text.length + 2000)
    expect(typeof json.articles).toBe('number')
  })

  it('dupes reports a passage repeated on another page, as text and as JSON', () => {
    const inputs = tempDir()
    const seed = readFileSync(join(SEEDS_DIR, '004_5e8ab85cd838b191.txt'), 'utf8')
    const passage = seed.split('\n').find((l) => [...l].length >= 60)!
    writeFileSync(join(inputs, 'seed.txt'), seed)
    writeFileSync(join(inputs, 'other.txt'), `另一版面的开头一段文字，与上一页无关。\n${passage}\n结尾另起一段，也与上一页无关。`)
    const library = tempDir()
    expect(jiaodui(['import', inputs, '--library', library]).code).toBe(0)
    const text = jiaodui(['dupes', '--library', library])
    expect(text.code).toBe(0)
    expect(text.out).toMatch(/exact {2}(seed|other)\.txt .*↔ {2}(seed|other)\.txt/)
    const json = JSON.parse(jiaodui(['dupes', '--json', '--library', library]).out)
    expect(json.pages).toBe(2)
    const pair = json.pairs.find((p: { sourceA: string; sourceB: string }) => p.sourceA !== p.sourceB)
    expect(pair).toMatchObject({ exact: true })
    expect(jiaodui(['dupes', '--threshold', '7', '--library', library]).code).toBe(2)
  })

  it('exits 2 on usage errors with a message', () => {
    expect(jiaodui(['frobnicate']).code).toBe(2)
    const r = jiaodui(['stats', '--colour'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('Unknown option --colour')
    expect(jiaodui(['import']).code).toBe(2)
    const help = jiaodui(['--help'])
    expect(help.code).toBe(0)
    expect(help.out).toContain('jiaodui <command>')
  })
})
