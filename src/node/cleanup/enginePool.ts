// Runs the cleanup engine for many pages on worker threads (engineWorker.ts), each with its own lexicon. For batch
// work: auto-cleaning a library, the bench. A worker needs a second or so to start (TypeScript compile under tsx,
// lexicon load), so callers keep working on the main thread meanwhile and take back jobs no worker has started
// (PoolJob.withdraw). When workers cannot start, or die, their jobs fail and the caller runs them itself.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Suggestion } from '../../shared/cleanup/suggestion'
import type { PageFile } from '../../shared/model/page'
import type { AutoCleanOutcome, EngineReply, EngineTask, EngineTaskBody } from './engineWorker'

/** A task given to the pool. */
export interface PoolJob<T> {
  /** Settles when a worker has done the task (rejects when it failed or no worker could run it). */
  readonly result: Promise<T>
  /** Takes the task back if no worker has started it (true): `result` then never settles. */
  withdraw(): boolean
}

interface Pending {
  task: EngineTask
  resolve: (reply: EngineReply) => void
  reject: (error: Error) => void
}

let workerFileOverride: string | URL | null = null

/**
 * The worker script for bundles that emit it themselves: the Electron main bundle passes the path of
 * `engineWorker?modulePath` (electron-vite). From TypeScript sources the pool finds engineWorker.dev.mjs itself
 * (null: back to that default).
 */
export function setEngineWorkerFile(file: string | URL | null): void {
  workerFileOverride = file
}

function workerFile(): string | URL {
  if (workerFileOverride) return workerFileOverride
  // From sources (tsx: CLI, dev host, tests) a small JS entry registers tsx first; compiled, the .js sits here.
  return import.meta.url.endsWith('.ts')
    ? new URL('./engineWorker.dev.mjs', import.meta.url)
    : new URL('./engineWorker.js', import.meta.url)
}

/** Worker threads for a machine with `cores` cores: one per core (the main thread mostly waits on the disk). */
export function defaultPoolSize(cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores))
}

/** A fixed set of engine workers and a queue of tasks. */
export class EnginePool {
  private readonly idle: Worker[] = []
  private readonly queue: Pending[] = []
  private readonly running = new Map<Worker, Pending>()
  private alive: number
  private started = 0
  private nextId = 1
  private closed = false

  /** True once a worker has loaded its lexicon (until then callers had better do the work themselves). */
  get ready(): boolean {
    return this.started > 0 && this.alive > 0
  }

  /** Starts `size` workers in the background (they take tasks once their lexicon is loaded). */
  constructor(readonly size = defaultPoolSize()) {
    this.alive = size
    for (let i = 0; i < size; i++) this.spawn()
  }

  /** The engine's suggestions for a raw page. */
  suggest(raw: string): PoolJob<Suggestion[]> {
    return this.submit({ kind: 'suggest', raw }, (reply) => {
      if ('json' in reply) return JSON.parse(reply.json) as Suggestion[]
      throw new Error('engine worker: unexpected reply to suggest')
    })
  }

  /** autoCleanPage for `page` (see engineWorker.ts AutoCleanOutcome). */
  autoClean(page: PageFile): PoolJob<AutoCleanOutcome> {
    return this.submit({ kind: 'autoClean', page }, (reply) => {
      if ('outcome' in reply) return reply.outcome
      throw new Error('engine worker: unexpected reply to autoClean')
    })
  }

  /** Stops the workers; queued and running tasks fail. */
  async close(): Promise<void> {
    this.closed = true
    this.failQueued('the engine pool was closed')
    const workers = [...this.idle, ...this.running.keys()]
    for (const [, pending] of this.running) pending.reject(new Error('the engine pool was closed'))
    this.running.clear()
    this.idle.length = 0
    await Promise.all(workers.map((w) => w.terminate()))
  }

  private submit<T>(task: EngineTaskBody, read: (reply: EngineReply) => T): PoolJob<T> {
    const pending = { task: { ...task, id: this.nextId++ } } as Pending
    const result = new Promise<T>((resolve, reject) => {
      pending.resolve = (reply) => {
        try {
          resolve(read(reply))
        } catch (error) {
          reject(error as Error)
        }
      }
      pending.reject = reject
    })
    if (this.closed || this.alive === 0) pending.reject(new Error('no engine worker is running'))
    else {
      this.queue.push(pending)
      this.dispatch()
    }
    return {
      result,
      withdraw: () => {
        const k = this.queue.indexOf(pending)
        if (k < 0) return false
        this.queue.splice(k, 1)
        return true
      }
    }
  }

  private spawn(): void {
    const worker = new Worker(workerFile(), { execArgv: [] })
    worker.unref() // an idle pool never keeps the process alive
    worker.on('message', (reply: EngineReply) => {
      if ('ready' in reply) {
        this.started++
        this.idle.push(worker)
        this.dispatch()
        return
      }
      const pending = this.running.get(worker)
      this.running.delete(worker)
      if (pending) {
        if ('error' in reply) pending.reject(new Error(reply.error))
        else pending.resolve(reply)
      }
      this.idle.push(worker)
      this.dispatch()
    })
    let dead = false
    const lost = (error: Error) => {
      if (dead) return
      dead = true
      this.alive--
      const pending = this.running.get(worker)
      this.running.delete(worker)
      const at = this.idle.indexOf(worker)
      if (at >= 0) this.idle.splice(at, 1)
      pending?.reject(error)
      if (this.alive <= 0) this.failQueued(`no engine worker is running (${error.message})`)
    }
    worker.on('error', lost)
    worker.on('exit', (code) => {
      if (!this.closed) lost(new Error(`an engine worker stopped (exit code ${code})`))
    })
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!
      const pending = this.queue.shift()!
      this.running.set(worker, pending)
      worker.ref()
      worker.postMessage(pending.task)
    }
    for (const worker of this.idle) worker.unref()
  }

  private failQueued(message: string): void {
    for (const pending of this.queue.splice(0)) pending.reject(new Error(message))
  }
}
