// Temp folders for the robustness tests: on disk (the default, real fsync and rename), or on tmpfs for the
// tests that create tens of thousands of small files, where this machine's disk would dominate the timing.
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A tmpfs folder when there is one we can write to (Linux /dev/shm), else the OS temp folder. */
export function fastTempRoot(): { root: string; kind: 'tmpfs' | 'disk' } {
  try {
    if (existsSync('/dev/shm')) {
      accessSync('/dev/shm', constants.W_OK)
      return { root: '/dev/shm', kind: 'tmpfs' }
    }
  } catch {
    /* not writable: fall back to the disk */
  }
  return { root: tmpdir(), kind: 'disk' }
}

/** Makes fresh temp folders and removes them all with `cleanup()` (call it from afterAll). */
export class TempFolders {
  private readonly made: string[] = []

  make(prefix = 'jiaodui-robust-', root = tmpdir()): string {
    const dir = mkdtempSync(join(root, prefix))
    this.made.push(dir)
    return dir
  }

  cleanup(): void {
    for (const dir of this.made.splice(0)) rmSync(dir, { recursive: true, force: true })
  }
}
