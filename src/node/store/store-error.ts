// Errors of the library store: a code the API maps to a result, and a message that names the file.

export type StoreErrorCode = 'not-found' | 'conflict' | 'corrupt' | 'locked' | 'invalid' | 'io' | 'read-only'

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'StoreError'
  }
}
