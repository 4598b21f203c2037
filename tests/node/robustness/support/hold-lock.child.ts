// Child process for the two-writer tests: opens a library for writing (taking library.lock) with the
// purpose given, prints "holding <pid>", and keeps it until SIGTERM (clean close) or SIGKILL (lock left).
//   node bin/run-ts.mjs tests/node/robustness/support/hold-lock.child.ts <library> <purpose>
import { LibraryStore } from '../../../../src/node/store/library-store'

async function main(): Promise<void> {
  const [dir, purpose] = process.argv.slice(2)
  const store = await LibraryStore.open(dir, { purpose })
  process.stdout.write(`holding ${process.pid}\n`)
  const keepAlive = setInterval(() => undefined, 60_000) // a signal listener alone does not keep Node running
  await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()))
  clearInterval(keepAlive)
  await store.close()
}

main().catch((error: Error) => {
  process.stderr.write(`hold-lock: ${error.message}\n`)
  process.exit(2)
})
