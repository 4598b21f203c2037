// Expands the paths a person chose (files and folders) into the files to import. Folders are walked
// recursively, following symlinks once (a loop is reported, not followed forever); hidden entries are skipped.
import { lstat, readdir, realpath, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'

/** Extensions imported when walking a folder; a file named explicitly is tried whatever its name. */
export const TEXT_EXTENSIONS = ['.txt', '.text', '.md']

export interface CollectedFiles {
  files: string[]
  failures: Array<{ file: string; reason: string }>
  /** Files in folders that were passed over because their extension is not a text one. */
  skipped: number
}

function describe(error: unknown, path = ''): string {
  const code = (error as NodeJS.ErrnoException).code
  // Node decodes file names as UTF-8; a GBK or Big5 name (common in archives made on Windows) comes back
  // with U+FFFD in it and cannot be opened under that name.
  if (code === 'ENOENT' && path.includes('\uFFFD')) return 'has a file name that is not valid UTF-8 (GBK or Big5?): rename the file, then import it'
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
        const dangling = (error as NodeJS.ErrnoException).code === 'ENOENT' && (await lstat(path).catch(() => null))?.isSymbolicLink()
        out.failures.push({ file: path, reason: dangling ? 'is a symbolic link to something that does not exist' : describe(error, path) })
        continue
      }
      const isText = TEXT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))
      if (info.isDirectory()) await walk(path)
      else if (!isText) out.skipped++
      else if (info.isFile()) await addFile(path)
      else out.failures.push({ file: path, reason: 'is not a regular file (a pipe, socket or device); not read' })
    }
  }

  for (const input of inputs) {
    let info
    try {
      info = await stat(input)
    } catch (error) {
      out.failures.push({ file: input, reason: describe(error, input) })
      continue
    }
    if (info.isDirectory()) await walk(input)
    else if (info.isFile()) await addFile(input)
    else out.failures.push({ file: input, reason: `is not a regular file (${basename(input)})` })
  }
  return out
}
