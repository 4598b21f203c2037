// One writer per library: the app, `jiaodui serve` or a CLI command that writes holds library.lock. A second
// writer is refused with a message naming the holder; a lock left by a dead process is taken over.
import { closeSync, linkSync, openSync, readFileSync, rmSync, unlinkSync, writeFileSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { StoreError } from './store-error'

interface LockInfo {
  pid: number
  host: string
  since: string
  purpose: string
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockInfo
  } catch {
    return null
  }
}

/**
 * Creates `file` holding `content`, failing with EEXIST if it exists. The content is written to a temp file
 * first and hard-linked into place, so another process never sees an empty lock (which it would take for
 * one left by a crash). File systems without hard links get exclusive create and write.
 */
function createWithContent(file: string, content: string): void {
  const temp = `${file}.tmp-${process.pid}-${Date.now().toString(36)}` // removed on open if a crash leaves it
  writeFileSync(temp, content)
  try {
    linkSync(temp, file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error
    const fd = openSync(file, 'wx')
    writeSync(fd, content)
    closeSync(fd)
  } finally {
    rmSync(temp, { force: true })
  }
}

export class LibraryLock {
  private released = false
  private readonly onExit = () => this.release()

  private constructor(
    readonly file: string,
    /** True when the lock of a writer that is gone was taken over: it did not close the library (a crash). */
    readonly tookOverStale: boolean
  ) {
    process.once('exit', this.onExit)
  }

  /** Takes the lock of the library in `dir` or throws StoreError('locked') naming the process that holds it. */
  static acquire(dir: string, purpose: string): LibraryLock {
    const file = join(dir, 'library.lock')
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString(), purpose }
        createWithContent(file, JSON.stringify(info))
        return new LibraryLock(file, attempt > 0)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new StoreError('io', `Cannot create ${file}: ${(error as Error).message}`)
        }
        const holder = readLock(file)
        const stale = holder === null || (holder.host === hostname() && !alive(holder.pid))
        if (!stale || attempt > 0) {
          throw new StoreError(
            'locked',
            `The library ${dir} is in use by ${holder ? `${holder.purpose} (process ${holder.pid} on ${holder.host}, since ${holder.since})` : 'another process'}. ` +
              'Close it first, or use that program to make changes.'
          )
        }
        try {
          unlinkSync(file) // left behind by a process that no longer runs
        } catch {
          /* another process took it over first; the next attempt reports it */
        }
      }
    }
    throw new StoreError('locked', `Cannot lock ${file}`)
  }

  release(): void {
    if (this.released) return
    this.released = true
    process.removeListener('exit', this.onExit)
    const info = readLock(this.file)
    if (info && info.pid === process.pid && info.host === hostname()) {
      try {
        unlinkSync(this.file)
      } catch {
        /* already gone */
      }
    }
  }
}
