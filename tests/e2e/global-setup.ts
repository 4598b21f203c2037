// Builds the renderer once before the e2e run (each test's host serves out/renderer).
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

export default function globalSetup(): void {
  const root = join(__dirname, '..', '..')
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
}
