// Worker entry of the engine pool when running from TypeScript sources (CLI, dev host, tests): tsx's loader is
// not inherited by worker threads, so register it here, as bin/jiaodui.mjs does, then load the worker itself.
import { register as registerEsm } from 'tsx/esm/api'
import { register as registerCjs } from 'tsx/cjs/api'

registerEsm()
registerCjs()
await import('./engineWorker.ts')
