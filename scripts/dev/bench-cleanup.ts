// Throughput of the cleanup engine on the seed pages: npx tsx scripts/dev/bench-cleanup.ts [--rounds N] [--seeds DIR]
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { benchEngine } from '../../src/node/cleanup/benchEngine'

const args = process.argv.slice(2)
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const dir = opt('--seeds', resolve(import.meta.dirname, '../../seeds'))
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'))
console.log(benchEngine(pages, { rounds: Number(opt('--rounds', '20')) }))
