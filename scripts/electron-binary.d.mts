// Types for electron-binary.mjs, so TypeScript (the Electron e2e config and tests) can import it.

/** Path of the installed Electron executable under `root`, or null when it is not installed. */
export function electronBinary(root: string): string | null

/** Why Electron cannot start here, for skip messages. */
export const NO_ELECTRON_REASON: string
