// The only file that knows how the renderer reaches its host: the preload's IPC bridge in Electron, or
// HTTP with the per-run token in the browser. Everything else calls `api.method(input)`.
import type { ApiInput, ApiOutput, JiaoduiApi } from '../../shared/api/contract'
import { API_METHODS, MENU_COMMANDS, type ApiMethod, type MenuCommand } from '../../shared/api/methods'
import type { ApiErrorCode, Result } from '../../shared/api/result'

export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string
  ) {
    super(message)
  }
}

const TOKEN_KEY = 'jiaodui-token'

/** Reads the access token from the URL the host printed (#token=…), keeps it for this tab, and hides it. */
function httpToken(): string {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash)
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', window.location.pathname + window.location.search)
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

type Invoke = (method: ApiMethod, input: unknown) => Promise<Result<unknown>>

function httpInvoke(token: string): Invoke {
  return async (method, input) => {
    let res: Response
    try {
      res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Jiaodui-Token': token },
        body: JSON.stringify(input ?? {})
      })
    } catch {
      return { ok: false, error: { code: 'io', message: 'The Jiaodui host is not reachable. Is `jiaodui serve` (or `npm start`) still running?' } }
    }
    if (res.status === 401)
      return { ok: false, error: { code: 'forbidden', message: 'This page has no valid access token: open the exact URL that `npm start` printed.' } }
    if (!res.ok) return { ok: false, error: { code: 'io', message: `The host answered ${res.status} ${res.statusText}` } }
    return (await res.json()) as Result<unknown>
  }
}

const bridge = window.jiaoduiIpc
export const transport: 'ipc' | 'http' = bridge ? 'ipc' : 'http'
const invoke: Invoke = bridge ? (method, input) => bridge.invoke(method, input) as Promise<Result<unknown>> : httpInvoke(httpToken())

function method<M extends ApiMethod>(name: M) {
  return async (input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = await invoke(name, input)
    if (!result.ok) throw new ApiCallError(result.error.code, result.error.message)
    return result.value as ApiOutput<M>
  }
}

export const api = Object.fromEntries(API_METHODS.map((name) => [name, method(name)])) as JiaoduiApi

const commandSet = new Set<string>(MENU_COMMANDS)
const localListeners = new Set<(command: MenuCommand) => void>()

/** Subscribes to menu commands: from the Electron menu, or from the in-page menu bar (runCommand). */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  localListeners.add(listener)
  const off = bridge?.onMenuCommand((c) => {
    if (commandSet.has(c)) listener(c as MenuCommand)
  })
  return () => {
    localListeners.delete(listener)
    off?.()
  }
}

/** Triggers a menu command from inside the page (browser menu bar, keyboard shortcuts). */
export function runCommand(command: MenuCommand): void {
  for (const l of localListeners) l(command)
}

/** A message fit for the status line: the host's own message, never a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof ApiCallError) return error.message
  return error instanceof Error ? error.message : String(error)
}

/** URL of a browser-host download (an export zip), carrying this tab's access token. */
export function downloadUrl(name: string): string {
  return `/download/${encodeURIComponent(name)}?token=${encodeURIComponent(sessionStorage.getItem(TOKEN_KEY) ?? '')}`
}
