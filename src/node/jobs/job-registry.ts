// Long operations (import, auto-clean, export) run as jobs the client polls with getJob: one mechanism
// that works the same over IPC and HTTP, with progress counts and the list of failures.
import { randomUUID } from 'node:crypto'
import type { JobStatus } from '../../shared/api/contract'

export interface JobHandle {
  progress(done: number, total: number, current?: string): void
  fail(file: string, reason: string): void
  count(name: string, value: number): void
  result(value: unknown): void
}

const KEEP_FINISHED = 50

export class JobRegistry {
  private readonly jobs = new Map<string, JobStatus>()

  /** Starts `work` in the background and returns the job id at once. */
  start(kind: string, work: (job: JobHandle) => Promise<string>): string {
    const id = randomUUID()
    const status: JobStatus = { id, kind, state: 'running', done: 0, total: 0, current: '', message: '', failures: [], counts: {} }
    this.jobs.set(id, status)
    const handle: JobHandle = {
      progress: (done, total, current = '') => Object.assign(status, { done, total, current }),
      fail: (file, reason) => void status.failures.push({ file, reason }),
      count: (name, value) => void (status.counts[name] = value),
      result: (value) => void (status.result = value)
    }
    void work(handle).then(
      (message) => Object.assign(status, { state: 'done', message, current: '' }),
      (error: Error) => Object.assign(status, { state: 'failed', message: error.message, current: '' })
    )
    this.prune()
    return id
  }

  get(id: string): JobStatus | undefined {
    const job = this.jobs.get(id)
    return job ? structuredClone(job) : undefined
  }

  /** Resolves when every running job has finished (used on shutdown and in tests). */
  async idle(): Promise<void> {
    while ([...this.jobs.values()].some((j) => j.state === 'running')) await new Promise((r) => setTimeout(r, 20))
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state !== 'running')
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.id)
  }
}
