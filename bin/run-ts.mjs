#!/usr/bin/env node
// Runs a TypeScript entry point of this repository under tsx (no build step): node bin/run-ts.mjs FILE [args…]
import { register as registerEsm } from 'tsx/esm/api'
import { register as registerCjs } from 'tsx/cjs/api'
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'

registerEsm()
registerCjs()
const [file, ...rest] = process.argv.slice(2)
process.argv = [process.argv[0], file, ...rest]
await import(pathToFileURL(resolve(file)).href)
