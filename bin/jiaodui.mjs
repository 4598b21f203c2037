#!/usr/bin/env node
// The `jiaodui` command: runs the TypeScript CLI under tsx, so it works right after `npm ci` with no build.
import { register as registerEsm } from 'tsx/esm/api'
import { register as registerCjs } from 'tsx/cjs/api'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

registerEsm()
registerCjs()
const here = dirname(fileURLToPath(import.meta.url))
const cli = await import(join(here, '..', 'src', 'node', 'cli', 'main.ts'))
const main = cli.main ?? cli.default?.main
process.exitCode = await main(process.argv.slice(2))
