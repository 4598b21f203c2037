// Runs one measure in its own process and prints its result as the last line of stdout, so a measure of code that
// hangs (a synchronous endless loop cannot be interrupted in-process) is stopped by the parent instead of the run.
// Usage: node bin/run-ts.mjs bench/measure-child.ts cleanup INPUT_DIR SAMPLE_MB | export LIBRARY_DIR SCRATCH_DIR
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { measureCleanup } from './measure-cleanup'
import { measureExport } from './measure-export'
import type { MeasureResult } from './report'

const ROOT = join(__dirname, '..')

const MEASURES: Record<string, (args: string[]) => Promise<MeasureResult>> = {
  cleanup: ([inputDir, sampleMB]) => measureCleanup(inputDir, Number(sampleMB)),
  export: ([libraryDir, scratchDir]) => measureExport(libraryDir, scratchDir)
}

/** Thrown when the child did not finish in time: a finding about the measured code, not a broken script. */
export class MeasureTimeout extends Error {}

/** Runs measure `name` in a child process; kills it and throws MeasureTimeout after `timeoutMs`. */
export function measureInChild(name: keyof typeof MEASURES, args: string[], timeoutMs: number): Promise<MeasureResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/run-ts.mjs'), join(ROOT, 'bench/measure-child.ts'), name, ...args],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let out = ''
    let err = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new MeasureTimeout(
          `did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped (an endless loop in the measured code?)`
        )
      )
    }, timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (code !== 0)
        return reject(new Error(`measure ${name} failed (exit ${code}): ${err.trim().split('\n').slice(-3).join(' ')}`))
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1) as string) as MeasureResult)
      } catch {
        reject(new Error(`measure ${name} printed no result: ${out.slice(-300)}`))
      }
    })
  })
}

// Run as a script (bin/run-ts.mjs puts the script path in argv[1]); imported by run.ts, it only exports.
if (/measure-child\.ts$/.test(process.argv[1] ?? '')) {
  const [name, ...args] = process.argv.slice(2)
  const measure = MEASURES[name]
  if (!measure) {
    console.error(`unknown measure ${name}; one of ${Object.keys(MEASURES).join(', ')}`)
    process.exit(2)
  }
  measure(args).then(
    (result) => console.log(JSON.stringify(result)),
    (error: Error) => {
      console.error(error.stack ?? error.message)
      process.exit(1)
    }
  )
}
