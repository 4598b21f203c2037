// A lowdb adapter whose writes are atomic and durable: fsync'd temp file + rename (atomically), so a crash
// leaves either the old or the new file, never a mix. Reads report invalid JSON naming the file.
import { readFile } from 'node:fs/promises'
import { writeFile } from 'atomically'
import type { Adapter } from 'lowdb'
import { StoreError } from './store-error'

export class AtomicJsonFile<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly parse: (json: unknown, file: string) => T = (json) => json as T
  ) {}

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw new StoreError('io', `Cannot read ${this.file}: ${(error as Error).message}`)
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      throw new StoreError('corrupt', `${this.file} is not valid JSON (${(error as Error).message})`)
    }
    return this.parse(json, this.file)
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify(data))
  }
}

/** Writes `content` to `file` through an fsync'd temp file and a rename. */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await writeFile(file, content, { fsync: true, tmpCreate: (path) => `${path}.tmp-${process.pid}-${Date.now().toString(36)}` })
}
