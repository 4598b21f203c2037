// Library-wide regular-expression search runs in a worker thread with a time limit, so a pathological
// pattern cannot freeze the app: the worker is terminated and the person told why.
import { Worker } from 'node:worker_threads'

export interface RegexJob {
  pattern: string
  flags: string
  /** With a replacement, each match also carries its replacement text ($1, $& … as String.replace). */
  replacement?: string
  /** Text per page id. */
  pages: Array<{ id: string; text: string }>
  maxMatches: number
}

export interface RegexMatch {
  from: number
  to: number
  replacement?: string
}

export type RegexResult = { ok: true; matches: Record<string, RegexMatch[]>; total: number; truncated: boolean } | { ok: false; message: string }

// Plain JavaScript evaluated in the worker: no imports, so it runs the same from tsx and the Electron bundle.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { pattern, flags, replacement, pages, maxMatches } = workerData
const re = new RegExp(pattern, flags.includes('g') ? flags : flags + 'g')
const single = new RegExp(pattern, flags.replace('g', ''))
const matches = {}
let total = 0
let truncated = false
for (const { id, text } of pages) {
  re.lastIndex = 0
  const list = []
  let m
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue }
    total++
    if (total > maxMatches) { truncated = true; break }
    const item = { from: m.index, to: m.index + m[0].length }
    if (replacement !== undefined) item.replacement = m[0].replace(single, replacement)
    list.push(item)
  }
  if (list.length) matches[id] = list
  if (truncated) break
}
parentPort.postMessage({ ok: true, matches, total: Math.min(total, maxMatches), truncated })
`

/** Checks a pattern and flags; returns a message for a person, or null when it compiles. */
export function regexError(pattern: string, flags: string): string | null {
  try {
    new RegExp(pattern, flags)
    return null
  } catch (error) {
    return `Invalid regular expression: ${(error as Error).message}`
  }
}

export function runRegex(job: RegexJob, timeoutMs = 15_000): Promise<RegexResult> {
  const problem = regexError(job.pattern, job.flags)
  if (problem) return Promise.resolve({ ok: false, message: problem })
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: job, resourceLimits: { maxOldGenerationSizeMb: 512 } })
    const timer = setTimeout(() => {
      void worker.terminate()
      resolve({ ok: false, message: `The search was stopped after ${timeoutMs / 1000} s: the regular expression is too slow on this library (simplify it).` })
    }, timeoutMs)
    worker.once('message', (result: RegexResult) => {
      clearTimeout(timer)
      void worker.terminate()
      resolve(result)
    })
    worker.once('error', (error) => {
      clearTimeout(timer)
      resolve({ ok: false, message: `The search failed: ${error.message}` })
    })
  })
}
