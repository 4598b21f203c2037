// Exits 1 with a clear message when the Electron binary is missing (used before `electron-vite dev`).
import { electronBinary, NO_ELECTRON_REASON } from './electron-binary.mjs'

if (!electronBinary(process.cwd())) {
  console.error(`Cannot start the desktop window: ${NO_ELECTRON_REASON}. Use \`npm start\` to run the app in a browser.`)
  process.exit(1)
}
