// Measure 2: the cleanup engine (runEngine with jieba's lexicon, through the engine's own benchEngine helper),
// single-threaded, so MB/s is per core. MB/s does not depend on N, so the engine runs over a sample of the
// library: the first pages in library order up to `sampleMB` (after one warm-up pass over them).
// Floor: one pass of a single regular expression (a wrap space between two Chinese characters) over the same text.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { benchEngine } from '../src/node/cleanup/benchEngine'
import { round, throughputRatio, type MeasureResult } from './report'

const WRAP_SPACE = /[\u4e00-\u9fff] +[\u4e00-\u9fff]/g
const FLOOR_ROUNDS = 5

export async function measureCleanup(inputDir: string, sampleMB = 4): Promise<MeasureResult> {
  const names = (await readdir(inputDir)).filter((n) => n.endsWith('.txt')).sort()
  const pages: string[] = []
  let bytes = 0
  for (const name of names) {
    if (bytes >= sampleMB * 1e6) break
    const buffer = await readFile(join(inputDir, name))
    pages.push(buffer.toString('utf8'))
    bytes += buffer.length
  }

  let matches = 0
  const f0 = performance.now()
  for (let r = 0; r < FLOOR_ROUNDS; r++) for (const raw of pages) matches += raw.match(WRAP_SPACE)?.length ?? 0
  const floorMBs = ((bytes / 1e6) * FLOOR_ROUNDS) / ((performance.now() - f0) / 1000)

  const result = benchEngine(pages, { rounds: 1 })
  const ratio = throughputRatio(result.mbPerSecond, floorMBs)
  return {
    rows: [
      {
        measure: '2 cleanup',
        what: `engine MB/s (1 core, ${pages.length} pages sampled)`,
        value: result.mbPerSecond,
        unit: 'MB/s',
        floor: round(floorMBs, 1),
        floorWhat: '1 regex pass',
        ratio: round(ratio, 1),
        target: '≥ 10 MB/s per core',
        met: result.mbPerSecond >= 10,
        note: `${result.mbPerCpuSecond} MB per CPU-second; median page ${result.medianPageMs} ms, slowest ${result.maxPageMs} ms; ${result.suggestions} suggestions`
      }
    ],
    details: {
      ...result,
      sampleMB: round(bytes / 1e6),
      libraryPages: names.length,
      floorMatchesPerRound: matches / FLOOR_ROUNDS
    }
  }
}
