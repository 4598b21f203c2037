// Expands the paths a person chose (files and folders) into the files to import. Folders are walked
// recursively, following symlinks once (a loop is reported, not followed forever); hidden entries are skipped.
import { readdir, realpath, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'

/** Extensions imported when walking a folder; a file named explicitly is tried whatever its name. */
export const TEXT_EXTENSIONS = ['.txt', '.text', '.md']

export interface CollectedFiles {
  files: string[]
  failures: Array<{ file: string; reason: string }>
  /** Files in folders that were passed over because their extension is not a text one. */
  skipped: number
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'does not exist'
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)'
  if (code === 'ELOOP') return 'is a symbolic link loop'
  return (error as Error).message
}

export async function collectFiles(inputs: string[]): Promise<CollectedFiles> {
  const out: CollectedFiles = { files: [], failures: [], skipped: 0 }
  const seenDirs = new Set<string>()
  const seenFiles = new Set<string>()

  async function addFile(path: string): Promise<void> {
    const real = await realpath(path).catch(() => path)
    if (seenFiles.has(real)) return
    seenFiles.add(real)
    out.files.push(path)
  }

  async function walk(dir: string): Promise<void> {
    let real: string
    try {
      real = await realpath(dir)
    } catch (error) {
      out.failures.push({ file: dir, reason: describe(error) })
      return
    }
    if (seenDirs.has(real)) {
      out.failures.push({ file: dir, reason: 'is a folder already visited (a symbolic link loop); skipped' })
      return
    }
    seenDirs.add(real)
    let names: string[]
    try {
      names = (await readdir(dir)).sort()
    } catch (error) {
      out.failures.push({ file: dir, reason: describe(error) })
      return
    }
    for (const name of names) {
      if (name.startsWith('.')) continue
      const path = join(dir, name)
      let info
      try {
        info = await stat(path)
      } catch (error) {
        out.failures.push({ file: path, reason: describe(error) })
        continue
      }
      if (info.isDirectory()) await walk(path)
      else if (info.isFile()) {
        if (TEXT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) await addFile(path)
        else out.skipped++
      }
    }
  }

  for (const input of inputs) {
    let info
    try {
      info = await stat(input)
    } catch (error) {
      out.failures.push({ file: input, reason: describe(error) })
      continue
    }
    if (info.isDirectory()) await walk(input)
    else if (info.isFile()) await addFile(input)
    else out.failures.push({ file: input, reason: `is not a regular file (${basename(input)})` })
  }
  return out
}
