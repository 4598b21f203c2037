// The sandboxed preload: exposes one function per API method (by name, from the import-free method list)
// and a way to hear menu commands. Nothing else of Electron or IPC reaches the page.
import { contextBridge, ipcRenderer } from 'electron'
import { API_METHODS, IPC_PREFIX, MENU_CHANNEL, MENU_COMMANDS } from '../shared/api/methods'

const methods = new Set<string>(API_METHODS)
const commands = new Set<string>(MENU_COMMANDS)

contextBridge.exposeInMainWorld('jiaoduiIpc', {
  invoke(method: string, input: unknown): Promise<unknown> {
    if (!methods.has(method)) return Promise.resolve({ ok: false, error: { code: 'unknown-method', message: `Unknown API method ${method}` } })
    return ipcRenderer.invoke(IPC_PREFIX + method, input)
  },
  onMenuCommand(listener: (command: string) => void): () => void {
    const handler = (_event: unknown, command: unknown) => {
      if (typeof command === 'string' && commands.has(command)) listener(command)
    }
    ipcRenderer.on(MENU_CHANNEL, handler)
    return () => ipcRenderer.removeListener(MENU_CHANNEL, handler)
  }
})
