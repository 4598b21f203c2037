// Child process of the crash loop: autosave-like bursts of savePage through the store, until it is killed.
// Each save writes the recognizable whole state number k (support/page-states.ts) and prints
// "saved <id> <k>" once the store has acknowledged it.
//   node bin/run-ts.mjs tests/node/robustness/crash/save-burst.child.ts <library> <page id>…
import { LibraryStore } from '../../../../src/node/store/library-store'
import { applyState } from '../support/page-states'

async function burst(store: LibraryStore, id: string): Promise<never> {
  for (;;) {
    const page = await store.getPage(id)
    const k = page.revision + 1
    // Every fourth save is an 'auto' one, which always writes a history snapshot too.
    await store.savePage(id, page.revision, (p) => applyState(p, k), k % 4 === 0 ? 'auto' : 'edit')
    process.stdout.write(`saved ${id} ${k}\n`)
  }
}

async function main(): Promise<void> {
  const [dir, ...ids] = process.argv.slice(2)
  const store = await LibraryStore.open(dir, { purpose: 'crash-loop save burst' })
  process.stdout.write('ready\n')
  await Promise.all(ids.map((id) => burst(store, id)))
}

main().catch((error: Error) => {
  process.stderr.write(`save-burst: ${error.stack ?? error.message}\n`)
  process.exit(3)
})
