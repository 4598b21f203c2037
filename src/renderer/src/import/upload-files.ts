// Browser-side import: reads chosen or dropped files, sends them in batches as base64, and collects what
// the host reports. Folders dropped onto the window are walked like the desktop app walks them.

export interface PickedFile {
  name: string
  file: File
}

const BATCH_BYTES = 8 * 1024 * 1024
const TEXT_EXTENSIONS = ['.txt', '.text', '.md']

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}

/** Splits files into batches of at most BATCH_BYTES (a larger file travels alone). */
export function batches(files: PickedFile[]): PickedFile[][] {
  const out: PickedFile[][] = []
  let current: PickedFile[] = []
  let size = 0
  for (const f of files) {
    if (current.length > 0 && size + f.file.size > BATCH_BYTES) {
      out.push(current)
      current = []
      size = 0
    }
    current.push(f)
    size += f.file.size
  }
  if (current.length > 0) out.push(current)
  return out
}

function isTextName(name: string): boolean {
  return TEXT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))
}

async function readEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader()
  const all: FileSystemEntry[] = []
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
    if (chunk.length === 0) return all
    all.push(...chunk)
  }
}

async function walkEntry(entry: FileSystemEntry, explicit: boolean, out: PickedFile[]): Promise<void> {
  if (entry.name.startsWith('.') && !explicit) return
  if (entry.isFile) {
    if (!explicit && !isTextName(entry.name)) return
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))
    out.push({ name: entry.name, file })
  } else if (entry.isDirectory) {
    for (const child of await readEntries(entry as FileSystemDirectoryEntry)) await walkEntry(child, false, out)
  }
}

/** Files of a drop: plain files as they are, folders walked for text files. */
export async function filesFromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const out: PickedFile[] = []
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.() ?? null)
  if (entries.every((e) => e !== null)) {
    for (const entry of entries) await walkEntry(entry as FileSystemEntry, true, out)
    return out
  }
  return [...data.files].map((file) => ({ name: file.name, file }))
}

/** Files of an <input type=file>; from a folder input only text files are kept. */
export function filesFromInput(list: FileList, folder: boolean): PickedFile[] {
  return [...list].filter((f) => !folder || (isTextName(f.name) && !f.name.startsWith('.'))).map((file) => ({ name: file.name, file }))
}
