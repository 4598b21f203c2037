// Every test gets a fresh library folder and its own `jiaodui serve` host process, and fails on any
// console error or page error in the browser.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type ConsoleMessage } from '@playwright/test'

export const ROOT = join(__dirname, '..', '..')
export const SCREENSHOTS = join(ROOT, 'e2e-screenshots')

export interface Host {
  url: string
  origin: string
  token: string
  library: string
  stop(): Promise<void>
}

/** Starts `jiaodui serve` on a library folder and resolves with its printed URL. */
export async function startHost(library: string, extraEnv: Record<string, string> = {}): Promise<Host> {
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'bin/jiaodui.mjs'), 'serve', '--library', library], {
    cwd: ROOT,
    env: { ...process.env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const m = /running at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output)
      if (m) {
        clearTimeout(timer)
        resolve(m[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)))
  })
  const parsed = new URL(url)
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    library,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
  }
}

export const test = base.extend<{ library: string; host: Host; consoleErrors: string[] }>({
  library: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'jiaodui-e2e-'))
    await use(dir)
    await rm(dir, { recursive: true, force: true })
  },
  host: async ({ library }, use) => {
    const host = await startHost(library)
    await use(host)
    await host.stop()
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('console', (m: ConsoleMessage) => m.type() === 'error' && errors.push(m.text()))
    page.on('pageerror', (e) => errors.push(e.message))
    await use(errors)
    expect(errors, 'console errors in the page').toEqual([])
  }
})

export { expect }
