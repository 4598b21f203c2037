// What every API call returns over both transports: Electron passes only an error's message through
// ipcMain.handle, so failures travel as data.

export type ApiErrorCode =
  | 'invalid-input'
  | 'invalid'
  | 'unknown-method'
  | 'not-found'
  | 'conflict'
  | 'corrupt'
  | 'locked'
  | 'read-only'
  | 'unsupported'
  | 'forbidden'
  | 'io'
  | 'internal'

export interface ApiError {
  code: ApiErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }
