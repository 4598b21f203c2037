// Runs imports (uploaded files in the browser, native dialogs in Electron) as host jobs and tracks them.
import { useCallback, useState } from 'react'
import { api, describeError } from '../api'
import { batches, toBase64, type PickedFile } from './upload-files'

export interface ImportState {
  running: boolean
  done: number
  total: number
  current: string
  failures: Array<{ file: string; reason: string }>
  counts: Record<string, number>
  message: string
}

const IDLE: ImportState = { running: false, done: 0, total: 0, current: '', failures: [], counts: {}, message: '' }

async function waitForJob(jobId: string, onUpdate: (s: { done: number; total: number; current: string }) => void) {
  for (;;) {
    const job = await api.getJob({ jobId })
    onUpdate(job)
    if (job.state !== 'running') return job
    await new Promise((r) => setTimeout(r, 150))
  }
}

export function useImport(onImported: () => void) {
  const [state, setState] = useState<ImportState>(IDLE)

  const uploadFiles = useCallback(
    async (files: PickedFile[]) => {
      if (files.length === 0) return
      const total = files.length
      let doneBefore = 0
      const failures: ImportState['failures'] = []
      const counts: Record<string, number> = {}
      setState({ ...IDLE, running: true, total })
      try {
        for (const batch of batches(files)) {
          const payload = await Promise.all(batch.map(async (f) => ({ name: f.name, base64: toBase64(new Uint8Array(await f.file.arrayBuffer())) })))
          const { jobId } = await api.importFiles({ files: payload })
          const job = await waitForJob(jobId, (j) => setState((s) => ({ ...s, done: doneBefore + j.done, current: j.current })))
          failures.push(...job.failures)
          for (const [k, v] of Object.entries(job.counts)) counts[k] = (counts[k] ?? 0) + v
          doneBefore += batch.length
          setState((s) => ({ ...s, done: doneBefore, failures: [...failures], counts: { ...counts } }))
        }
        setState((s) => ({ ...s, running: false, current: '', message: summary(counts) }))
      } catch (error) {
        setState((s) => ({ ...s, running: false, message: `Import stopped: ${describeError(error)}` }))
      }
      onImported()
    },
    [onImported]
  )

  const importWithDialog = useCallback(
    async (mode: 'files' | 'folder') => {
      try {
        const started = await api.importWithDialog({ mode })
        if (!started) return
        setState({ ...IDLE, running: true })
        const job = await waitForJob(started.jobId, (j) => setState((s) => ({ ...s, done: j.done, total: j.total, current: j.current })))
        setState((s) => ({ ...s, running: false, failures: job.failures, counts: job.counts, message: job.state === 'failed' ? `Import failed: ${job.message}` : summary(job.counts) }))
      } catch (error) {
        setState({ ...IDLE, message: `Import failed: ${describeError(error)}` })
      }
      onImported()
    },
    [onImported]
  )

  const dismiss = useCallback(() => setState(IDLE), [])
  return { state, uploadFiles, importWithDialog, dismiss }
}

function summary(counts: Record<string, number>): string {
  const parts = [`${counts.imported ?? 0} imported`]
  if (counts.duplicates) parts.push(`${counts.duplicates} already in the library`)
  if (counts.failed) parts.push(`${counts.failed} refused`)
  return parts.join(', ')
}
