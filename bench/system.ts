// Facts about the machine a run measured, and a way to keep one measure's disk writes out of the next.
import { spawnSync } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'

export interface MachineInfo {
  cpus: number
  cpuModel: string
  totalMemoryGB: number
  node: string
  platform: string
  /** 1-minute load average when the run started: above the core count, other processes shared the CPU. */
  loadAverageAtStart: number
}

export function machineInfo(): MachineInfo {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    totalMemoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: Math.round(loadavg()[0] * 100) / 100
  }
}

/** The 1-minute load average now (recorded at the end of a run as well). */
export function loadAverage(): number {
  return Math.round(loadavg()[0] * 100) / 100
}

/** Writes dirty pages to disk (`sync`), so a measure does not pay for the previous one's writes. */
export function flushDisk(): void {
  if (process.platform !== 'win32') spawnSync('sync')
}

/** Today's date as YYYY-MM-DD (local time). */
export function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
