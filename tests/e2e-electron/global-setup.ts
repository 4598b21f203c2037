// Builds main, preload and renderer (electron-vite) before the Electron tests, when Electron can run at all.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { electronBinary, NO_ELECTRON_REASON } from '../../scripts/electron-binary.mjs'

export default function globalSetup(): void {
  const root = join(__dirname, '..', '..')
  if (!electronBinary(root)) {
    console.log(`Electron tests will be skipped: ${NO_ELECTRON_REASON}.`)
    return
  }
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit']
  })
}
