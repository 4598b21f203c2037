// A worker thread of the engine pool (enginePool.ts): loads jieba's lexicon once, then runs tasks for the pool
// (the engine on one page, or a whole auto-clean step of one page) and posts the results back.
import { parentPort } from 'node:worker_threads'
import type { PageFile } from '../../shared/model/page'
import { jiebaLexicon } from '../lexicon/jiebaLexicon'
import { autoCleanPage } from './auto-clean'
import { defaultEngine } from './default-engine'
import { SuggestionService } from './suggestion-service'

/** What the pool asks a worker to do. */
export type EngineTaskBody = { kind: 'suggest'; raw: string } | { kind: 'autoClean'; page: PageFile }

/** A task as sent to a worker. */
export type EngineTask = EngineTaskBody & { id: number }

/** A page after autoCleanPage (null: nothing to apply), what was applied, and its open suggestions afterwards. */
export interface AutoCleanOutcome {
  page: PageFile | null
  applied: Record<string, number>
  openSuggestions: number
}

/** A worker's message: ready (lexicon loaded), or a task's result (suggestions as JSON text) or error. */
export type EngineReply =
  | { ready: true }
  | { id: number; json: string }
  | { id: number; outcome: AutoCleanOutcome }
  | { id: number; error: string }

const port = parentPort
if (!port) throw new Error('engineWorker.ts runs as a worker thread (see enginePool.ts), not as a program')
const service = new SuggestionService(defaultEngine)
jiebaLexicon().pairFrequency(0x4fdd, 0x969c) // load the lexicon before the first task

function run(task: EngineTask): EngineReply {
  // One string crosses threads faster than the object graph of ~700 suggestions.
  if (task.kind === 'suggest') return { id: task.id, json: JSON.stringify(defaultEngine(task.raw)) }
  const result = autoCleanPage(task.page, service)
  const page = result?.page ?? null
  const openSuggestions = service.openCount(page ?? task.page)
  return { id: task.id, outcome: { page, applied: result?.applied ?? {}, openSuggestions } }
}

port.on('message', (task: EngineTask) => {
  let reply: EngineReply
  try {
    reply = run(task)
  } catch (error) {
    reply = { id: task.id, error: (error as Error).message }
  }
  port.postMessage(reply)
})
port.postMessage({ ready: true } satisfies EngineReply)
