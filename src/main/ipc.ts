// Registers every API method on its own IPC channel. Calls are answered only for the app's own main frame;
// payloads are validated by dispatch against the contract, and results (never exceptions) go back.
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { API_METHODS, IPC_PREFIX } from '../shared/api/methods'
import type { Result } from '../shared/api/result'
import { dispatch } from '../node/api/dispatch'
import type { ApiHandlers } from '../node/api/handlers'
import { isAppUrl } from './security'

export function isTrustedSender(event: IpcMainInvokeEvent, appUrl: string): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isAppUrl(frame.url, appUrl)
}

export function registerIpc(ipcMain: IpcMain, handlers: ApiHandlers, appUrl: () => string): void {
  for (const method of API_METHODS) {
    ipcMain.handle(IPC_PREFIX + method, async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, appUrl())) return { ok: false, error: { code: 'forbidden', message: 'Calls are only accepted from the Jiaodui window' } }
      return dispatch(handlers, method, payload)
    })
  }
}
