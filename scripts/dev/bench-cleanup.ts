// Throughput of the cleanup engine on the seed pages, on this thread and on a pool of worker threads:
// npx tsx scripts/dev/bench-cleanup.ts [--rounds N] [--seeds DIR] [--threads N (0: no pool)]
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { benchEngine, benchEnginePool } from '../../src/node/cleanup/benchEngine'
import { defaultPoolSize } from '../../src/node/cleanup/enginePool'

const args = process.argv.slice(2)
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const dir = opt('--seeds', resolve(import.meta.dirname, '../../seeds'))
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'))
const rounds = Number(opt('--rounds', '20'))
console.log(benchEngine(pages, { rounds }))
const threads = Number(opt('--threads', String(defaultPoolSize())))
if (threads > 0) void benchEnginePool(pages, { rounds, threads }).then((result) => console.log(result))
