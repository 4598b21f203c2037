// Micro-benchmark of the cleanup engine over many pages (call it from `npm run bench` or scripts/dev).
import type { EngineContext } from '../../shared/cleanup/engine'
import { runEngine } from '../../shared/cleanup/engine'
import { jiebaLexicon } from '../lexicon/jiebaLexicon'
import { EnginePool } from './enginePool'

/** Throughput of runEngine; sizes are UTF-8 bytes of the raw pages, times in milliseconds. */
export interface EngineBenchResult {
  pages: number
  bytes: number
  rounds: number
  /** Time to load the lexicon (0 when it was already loaded or passed in). */
  lexiconMs: number
  /** Total time of the measured rounds. */
  ms: number
  /** CPU time (user + system) of the measured rounds: less disturbed than wall time on a busy machine. */
  cpuMs: number
  /** UTF-8 megabytes (10^6 bytes) of raw text per second of wall time, one thread. */
  mbPerSecond: number
  /** The same per second of CPU time. */
  mbPerCpuSecond: number
  medianPageMs: number
  maxPageMs: number
  suggestions: number
  /** CPU ms of a fixed 50M-iteration integer loop (~40 ms on an idle modern core): divide by it to compare runs on a busy machine. */
  referenceLoopMs: number
}

/** CPU time of a fixed tight loop, to tell a slow machine from a slow engine. */
function referenceLoop(): number {
  const c = process.cpuUsage()
  let x = 0
  for (let i = 0; i < 5e7; i++) x = (x + i * 7) | 0
  const d = process.cpuUsage(c)
  return x === 1 ? -1 : Math.round((d.user + d.system) / 1000)
}

/**
 * Runs the engine over `pages` once to warm up, then `rounds` more times, timing each page. Uses the jieba lexicon
 * unless a context is given.
 */
export function benchEngine(
  pages: readonly string[],
  options: { rounds?: number; context?: EngineContext } = {}
): EngineBenchResult {
  const rounds = options.rounds ?? 5
  let lexiconMs = 0
  let context = options.context
  if (!context) {
    const t0 = performance.now()
    const lexicon = jiebaLexicon()
    lexicon.pairFrequency(0x4fdd, 0x969c) // builds the pair table too
    lexiconMs = performance.now() - t0
    context = { lexicon }
  }
  for (const raw of pages) runEngine(raw, context)
  const times: number[] = []
  let suggestions = 0
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  for (let r = 0; r < rounds; r++)
    for (const raw of pages) {
      const t0 = performance.now()
      suggestions += runEngine(raw, context).length
      times.push(performance.now() - t0)
    }
  const ms = performance.now() - start
  const cpu = process.cpuUsage(cpuStart)
  const cpuMs = (cpu.user + cpu.system) / 1000
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p, 'utf8'), 0)
  times.sort((a, b) => a - b)
  return {
    pages: pages.length,
    bytes,
    rounds,
    lexiconMs: Math.round(lexiconMs),
    ms: Math.round(ms),
    cpuMs: Math.round(cpuMs),
    mbPerSecond: Math.round(((bytes * rounds) / 1e6 / (ms / 1000)) * 100) / 100,
    mbPerCpuSecond: Math.round(((bytes * rounds) / 1e6 / (cpuMs / 1000)) * 100) / 100,
    medianPageMs: Math.round(times[Math.floor(times.length / 2)] * 100) / 100,
    maxPageMs: Math.round(times[times.length - 1] * 100) / 100,
    suggestions: Math.round(suggestions / rounds),
    referenceLoopMs: referenceLoop()
  }
}

/** Throughput of the engine on a pool of worker threads; sizes are UTF-8 bytes, times in milliseconds. */
export interface EnginePoolBenchResult {
  threads: number
  pages: number
  rounds: number
  /** From creating the pool to its first answer (worker start, lexicon load). */
  startMs: number
  /** Wall time of the measured rounds (after one warm-up pass through the pool). */
  ms: number
  /** UTF-8 megabytes (10^6 bytes) of raw text per second of wall time, all threads together. */
  mbPerSecond: number
}

/**
 * Runs the engine over `pages` on a pool of `threads` workers: one warm-up pass, then `rounds` passes with all
 * pages in flight at once. Each result is parsed back on this thread, as a caller of the pool would.
 */
export async function benchEnginePool(
  pages: readonly string[],
  options: { rounds?: number; threads?: number } = {}
): Promise<EnginePoolBenchResult> {
  const rounds = options.rounds ?? 5
  const pool = new EnginePool(options.threads)
  try {
    const t0 = performance.now()
    await pool.suggest(pages[0] ?? '').result
    const startMs = performance.now() - t0
    await Promise.all(pages.map((raw) => pool.suggest(raw).result))
    const start = performance.now()
    for (let r = 0; r < rounds; r++) await Promise.all(pages.map((raw) => pool.suggest(raw).result))
    const ms = performance.now() - start
    const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p, 'utf8'), 0)
    return {
      threads: pool.size,
      pages: pages.length,
      rounds,
      startMs: Math.round(startMs),
      ms: Math.round(ms),
      mbPerSecond: Math.round(((bytes * rounds) / 1e6 / (ms / 1000)) * 100) / 100
    }
  } finally {
    await pool.close()
  }
}
