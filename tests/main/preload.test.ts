// The sandboxed preload under a mocked 'electron': it exposes one bridge object, forwards only known API
// methods on their own channels, and passes on only known menu commands.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { API_METHODS, IPC_PREFIX, MENU_CHANNEL, MENU_COMMANDS } from '../../src/shared/api/methods'

type Listener = (event: unknown, ...args: unknown[]) => void

const captured = vi.hoisted(() => ({
  exposed: new Map<string, Record<string, (...args: never[]) => unknown>>(),
  invoked: [] as Array<[string, unknown]>,
  listeners: new Map<string, Listener[]>()
}))

vi.mock('electron', () => {
  const electron = {
    contextBridge: {
      exposeInMainWorld: (name: string, api: Record<string, (...args: never[]) => unknown>) =>
        captured.exposed.set(name, api)
    },
    ipcRenderer: {
      invoke: (channel: string, payload: unknown) => {
        captured.invoked.push([channel, payload])
        return Promise.resolve({ ok: true, value: null })
      },
      on: (channel: string, listener: Listener) =>
        captured.listeners.set(channel, [...(captured.listeners.get(channel) ?? []), listener]),
      removeListener: (channel: string, listener: Listener) =>
        captured.listeners.set(
          channel,
          (captured.listeners.get(channel) ?? []).filter((l) => l !== listener)
        )
    }
  }
  return { ...electron, default: electron }
})

beforeAll(async () => {
  await import('../../src/preload/index')
})

describe('preload bridge', () => {
  it('exposes one object and no Electron or Node object to the page', () => {
    expect([...captured.exposed.keys()]).toHaveLength(1)
    const api = [...captured.exposed.values()][0]
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })

  it('forwards known methods on their own channel and refuses anything else without sending it', async () => {
    const api = [...captured.exposed.values()][0] as unknown as {
      invoke(method: string, input: unknown): Promise<unknown>
    }
    for (const method of API_METHODS) await api.invoke(method, { probe: method })
    expect(captured.invoked.map(([channel]) => channel)).toEqual(API_METHODS.map((m) => IPC_PREFIX + m))
    captured.invoked.length = 0
    for (const method of [
      '__proto__',
      'constructor',
      'toString',
      'jiaodui:getPage',
      '../getPage',
      'getPage ',
      'GETPAGE'
    ]) {
      expect(await api.invoke(method, {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
    }
    expect(captured.invoked).toEqual([])
  })

  it('passes on only known menu commands, and stops when unsubscribed', () => {
    const api = [...captured.exposed.values()][0] as unknown as {
      onMenuCommand(listener: (command: string) => void): () => void
    }
    const heard: string[] = []
    const stop = api.onMenuCommand((command) => heard.push(command))
    const emit = (command: unknown) => (captured.listeners.get(MENU_CHANNEL) ?? []).forEach((l) => l({}, command))
    for (const command of [...MENU_COMMANDS, 'rm -rf', '__proto__', 42, { command: 'export' }]) emit(command)
    expect(heard).toEqual([...MENU_COMMANDS])
    stop()
    emit(MENU_COMMANDS[0])
    expect(heard).toHaveLength(MENU_COMMANDS.length)
  })
})
