// Where the library lives by default: the per-user data folder the desktop app uses (Electron's userData for
// an app named "jiaodui"), so the CLI and the app see the same library. JIAODUI_LIBRARY overrides it.
import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'jiaodui'

/** Electron's default userData folder for this app on the current platform. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
}

/** The library folder: `--library` if given, else JIAODUI_LIBRARY, else <userData>/library. */
export function defaultLibraryDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.JIAODUI_LIBRARY && env.JIAODUI_LIBRARY.trim() !== '' ? env.JIAODUI_LIBRARY : join(userDataDir(env), 'library')
}
