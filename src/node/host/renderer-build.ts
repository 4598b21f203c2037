// The browser host serves the renderer that electron-vite builds into out/renderer. Right after `npm ci`
// there is no build yet (or it is older than the sources): build it once, so `jiaodui serve` needs no step.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

function isStale(root: string, index: string): boolean {
  const sources = ['src/renderer', 'src/shared'].map((d) => join(root, d)).filter(existsSync)
  return !existsSync(index) || sources.some((d) => newestMtime(d) > statSync(index).mtimeMs)
}

/** Runs `build` holding a lock folder, so two hosts started at once from a fresh clone do not build into out/ together. */
function withBuildLock(root: string, build: () => void): void {
  const lock = join(root, 'out', '.build-lock')
  mkdirSync(join(root, 'out'), { recursive: true })
  const deadline = Date.now() + 120_000
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      // Another host is building (or one crashed while building: take over after two minutes).
      if (Date.now() > deadline) break
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200)
    }
  }
  try {
    build()
  } finally {
    try {
      rmdirSync(lock)
    } catch {
      /* already gone */
    }
  }
}

/** Returns the built renderer folder under `root`, building it first when missing or stale. */
export function ensureRendererBuilt(root: string, log: (line: string) => void = console.log): string {
  const out = join(root, 'out', 'renderer')
  const index = join(out, 'index.html')
  if (isStale(root, index))
    withBuildLock(root, () => {
      if (!isStale(root, index)) return // built by the host that held the lock

      log('Building the app (first run or sources changed)…')
      const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
      const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
      if (result.status !== 0 || !existsSync(index))
        throw new Error('Building the renderer failed (see the messages above); run `npm run build` to see details.')
    })
  return out
}
