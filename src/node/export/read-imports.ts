// Reads exported corpora from disk for the shared importers: a JSONL file line by line (any size), and a
// brat folder as NAME.txt/NAME.ann pairs.
import { createReadStream } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { createInterface } from 'node:readline'
import { importBrat, type BratFiles } from '../../shared/import-formats/brat'
import type { ImportOptions, ImportResult } from '../../shared/import-formats/imported'
import { createJsonlImporter } from '../../shared/import-formats/jsonl'

/** Imports a JSONL file, streaming; issues name the file by its base name. */
export async function importJsonlFile(path: string, options: ImportOptions = {}): Promise<ImportResult> {
  const importer = createJsonlImporter({ ...options, file: options.file ?? basename(path) })
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })
  for await (const line of lines) importer.line(line)
  return importer.finish()
}

/** The NAME.txt files of a brat folder (not its subfolders), sorted by name, each with its NAME.ann if present. */
export async function readBratFolder(dir: string): Promise<{ docs: BratFiles[]; annWithoutTxt: string[] }> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name)
  const all = new Set(names)
  const docs: BratFiles[] = []
  for (const f of names.filter((n) => n.endsWith('.txt')).sort()) {
    const name = f.slice(0, -4)
    const ann = all.has(`${name}.ann`) ? await readFile(join(dir, `${name}.ann`), 'utf8') : null
    docs.push({ name, txt: await readFile(join(dir, f), 'utf8'), ann })
  }
  const annWithoutTxt = names.filter((n) => n.endsWith('.ann') && !all.has(`${n.slice(0, -4)}.txt`)).sort()
  return { docs, annWithoutTxt }
}

/** Imports a brat folder; an .ann file without its .txt is refused as a whole. */
export async function importBratFolder(dir: string, options: ImportOptions = {}): Promise<ImportResult> {
  const { docs, annWithoutTxt } = await readBratFolder(dir)
  const result = importBrat(docs, options)
  for (const ann of annWithoutTxt)
    result.issues.push({
      file: ann,
      line: 0,
      severity: 'record',
      reason: `no ${ann.slice(0, -4)}.txt beside it: offsets cannot be checked, file skipped`
    })
  return result
}
