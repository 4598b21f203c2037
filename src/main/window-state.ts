// Remembers the window's size and position between runs (userData/window-state.json).
import { readFileSync } from 'node:fs'
import { writeFileAtomic } from '../node/store/atomic-json-file'

export interface WindowState {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

const DEFAULT_STATE: WindowState = { width: 1440, height: 900, maximized: false }

export function loadWindowState(file: string): WindowState {
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as Partial<WindowState>
    const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n)
    if (!ok(s.width) || !ok(s.height) || (s.width as number) < 400 || (s.height as number) < 300) return DEFAULT_STATE
    return {
      width: s.width as number,
      height: s.height as number,
      x: ok(s.x) ? s.x : undefined,
      y: ok(s.y) ? s.y : undefined,
      maximized: s.maximized === true
    }
  } catch {
    return DEFAULT_STATE
  }
}

export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return writeFileAtomic(file, JSON.stringify(state))
}
