import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importPaths } from '../../../src/node/import/import-files'
import { LibraryStore } from '../../../src/node/store/library-store'
import { SEEDS_DIR, tempDir } from '../../helpers/temp-dir'

describe('importPaths with several files at a time', () => {
  it('lists pages and reports outcomes in the order of the files, whatever order the writes finish in', async () => {
    const inputs = tempDir()
    const seed = readFileSync(join(SEEDS_DIR, '002_68092b021be56c48.txt'), 'utf8')
    // Sizes from 200 bytes to 18 KB, shuffled by name, so small late files finish before large early ones.
    const names: string[] = []
    for (let i = 0; i < 40; i++) {
      const name = `page-${String(i).padStart(2, '0')}.txt`
      const length = 200 + ((i * 7919) % 40) * 450
      writeFileSync(join(inputs, name), `第${i}页\n${seed.slice(0, length)}`)
      names.push(name)
    }
    writeFileSync(join(inputs, 'page-40-copy.txt'), `第3页\n${seed.slice(0, 200 + ((3 * 7919) % 40) * 450)}`)
    const store = await LibraryStore.open(tempDir())
    const report = await importPaths(store, [inputs])
    expect(report.imported).toBe(40)
    expect(report.duplicates).toBe(1)
    expect(report.outcomes.map((o) => o.source.replace(/^.*\//, ''))).toEqual([...names, 'page-40-copy.txt'])
    expect(store.listPages().map((p) => p.source)).toEqual(names)
    await store.close()
    const reopened = await LibraryStore.open(store.dir, { readOnly: true })
    expect(reopened.listPages().map((p) => p.source)).toEqual(names)
  })
})
