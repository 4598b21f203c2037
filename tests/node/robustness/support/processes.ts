// Real child processes for the robustness tests: the `jiaodui` CLI, `jiaodui serve`, and TypeScript scripts
// run under tsx (bin/run-ts.mjs), plus a small HTTP client for the browser host's API.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ensureRendererBuilt } from '../../../../src/node/host/renderer-build'

export const ROOT = resolve(__dirname, '..', '..', '..', '..')
export const JIAODUI_BIN = join(ROOT, 'bin', 'jiaodui.mjs')
export const RUN_TS = join(ROOT, 'bin', 'run-ts.mjs')

export interface Finished {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  ms: number
}

/** Spawns `node args…` and collects its output. */
export function spawnNode(
  args: string[],
  options: SpawnOptions = {}
): { child: ChildProcess; done: Promise<Finished> } {
  const started = Date.now()
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...options })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()))
  const done = new Promise<Finished>((resolveDone, reject) => {
    child.once('error', reject)
    child.once('close', (code, signal) => resolveDone({ code, signal, stdout, stderr, ms: Date.now() - started }))
  })
  return { child, done }
}

/** Runs the `jiaodui` CLI to the end. */
export function jiaodui(args: string[], options: SpawnOptions = {}): Promise<Finished> {
  return spawnNode([JIAODUI_BIN, ...args], options).done
}

/** Resolves with the first match of `pattern` in the child's stdout+stderr; rejects if it exits first. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 60_000): Promise<RegExpExecArray> {
  return new Promise((resolveMatch, reject) => {
    let seen = ''
    const timer = setTimeout(() => finish(new Error(`timed out waiting for ${pattern} in:\n${seen}`)), timeoutMs)
    const onData = (chunk: Buffer) => {
      seen += chunk.toString()
      const m = pattern.exec(seen)
      if (m) finish(null, m)
    }
    const onExit = (code: number | null, signal: string | null) =>
      finish(new Error(`process exited (${code ?? signal}) before printing ${pattern}:\n${seen}`))
    function finish(error: Error | null, m?: RegExpExecArray) {
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      child.stderr?.off('data', onData)
      child.off('exit', onExit)
      if (error) reject(error)
      else resolveMatch(m as RegExpExecArray)
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', onExit)
  })
}

export interface ServeProcess {
  child: ChildProcess
  port: number
  token: string
  done: Promise<Finished>
  /** SIGTERM and wait: the host closes the library cleanly. */
  stop(): Promise<Finished>
}

let rendererBuilt: Promise<void> | null = null

/**
 * Builds the renderer once before the first `jiaodui serve`, holding a lock folder in the temp dir: `serve`
 * builds it itself when it is missing, and two test files starting servers at once (a fresh CI clone) would
 * otherwise run two builds into the same out/ folder.
 */
function rendererReady(): Promise<void> {
  rendererBuilt ??= (async () => {
    const lock = join(tmpdir(), 'jiaodui-test-renderer-build.lock')
    for (let waited = 0; ; waited += 200) {
      try {
        mkdirSync(lock)
        break
      } catch {
        if (waited > 300_000) rmSync(lock, { recursive: true, force: true }) // left by a test run that was killed
        await new Promise((r) => setTimeout(r, 200))
      }
    }
    try {
      ensureRendererBuilt(ROOT, () => undefined)
    } finally {
      rmSync(lock, { recursive: true, force: true })
    }
  })()
  return rendererBuilt
}

/** Starts `jiaodui serve --library dir` and waits for its URL. */
export async function startServe(library: string, options: SpawnOptions = {}): Promise<ServeProcess> {
  await rendererReady()
  const { child, done } = spawnNode([JIAODUI_BIN, 'serve', '--library', library], options)
  const m = await waitForOutput(child, /running at http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+)/, 120_000)
  return {
    child,
    port: Number(m[1]),
    token: m[2],
    done,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      return done
    }
  }
}

export interface HttpReply {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
}

/** One raw HTTP request to 127.0.0.1:port (headers exactly as given, plus Host). */
export function httpRequest(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; host?: string } = {}
): Promise<HttpReply> {
  return new Promise((resolveReply, reject) => {
    const req = request(
      {
        host: options.host ?? '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        agent: false,
        headers: { host: `127.0.0.1:${port}`, ...options.headers }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolveReply({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers
          })
        )
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** Calls an API method over HTTP with the token; resolves with the parsed Result. */
export async function callApi(
  port: number,
  token: string,
  method: string,
  payload: unknown
): Promise<{ status: number; result: { ok: boolean; value?: unknown; error?: { code: string; message: string } } }> {
  const reply = await httpRequest(port, `/api/${method}`, {
    method: 'POST',
    headers: { 'x-jiaodui-token': token, 'content-type': 'application/json' },
    body: JSON.stringify(payload)
  })
  return { status: reply.status, result: JSON.parse(reply.body) }
}
