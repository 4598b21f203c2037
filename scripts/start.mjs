// `npm start`: builds the app, then opens the Electron window when the binary exists; otherwise serves the
// same app on 127.0.0.1 and prints its URL. Extra arguments go to `jiaodui serve` (e.g. -- --port 8080).
import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { electronBinary, NO_ELECTRON_REASON } from './electron-binary.mjs'

const root = join(import.meta.dirname, '..')
const args = process.argv.slice(2)
const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
if (build.status !== 0) {
  console.error('Building the app failed (see above).')
  process.exit(1)
}

const binary = electronBinary(root)
const child = binary
  ? spawn(binary, ['.', ...args], { cwd: root, stdio: 'inherit' })
  : (console.log(`Not opening a desktop window: ${NO_ELECTRON_REASON}. Serving the app in your browser instead.`),
    spawn(process.execPath, [join(root, 'bin/jiaodui.mjs'), 'serve', ...args], { cwd: root, stdio: 'inherit' }))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
