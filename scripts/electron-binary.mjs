// Whether the Electron binary is installed. Electron ≥ 42 downloads it lazily on first launch, which fails
// without access to GitHub; we look for it instead of triggering that download.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export function electronBinary(root) {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const name = process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron'
    const path = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, name)
    return existsSync(path) ? path : null
  }
  const dir = join(root, 'node_modules', 'electron')
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const path = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(path) ? path : null
}

export const NO_ELECTRON_REASON =
  'the Electron binary is not installed (node_modules/electron has no dist/; it is downloaded from GitHub on first launch, which this machine cannot reach)'
