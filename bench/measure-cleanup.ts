// Measure 2: the cleanup engine over the pages of the library, single-threaded (so MB/s is per core), in library
// order until all pages are done or the engine has run for `budgetSeconds` (MB/s does not depend on N; a slow
// engine would otherwise hold the run for many minutes). Floor: one pass of a single regular expression (a wrap
// space between two Chinese characters) over the same pages.
// The engine is the app's own entry point, src/node/cleanup/default-engine.ts (runEngine with jieba's lexicon);
// while that module cannot load yet, the measure reports "not yet measurable" with the reason.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { round, throughputRatio, type MeasureResult } from './report'

type Engine = (raw: string) => unknown

const WRAP_SPACE = /[\u4e00-\u9fff] +[\u4e00-\u9fff]/g

async function loadEngine(): Promise<{ engine: Engine | null; problem: string; loadMs: number }> {
  const t0 = performance.now()
  try {
    const { defaultEngine } = await import('../src/node/cleanup/default-engine')
    defaultEngine('本报讯 (记者王伟)今年1月,江苏省滨海县总工会针对全县民营 企业面临资金短缺。') // loads the lexicon
    return { engine: defaultEngine, problem: '', loadMs: performance.now() - t0 }
  } catch (error) {
    return { engine: null, problem: (error as Error).message.split('\n')[0], loadMs: 0 }
  }
}

export async function measureCleanup(inputDir: string, budgetSeconds = 60): Promise<MeasureResult> {
  const { engine, problem, loadMs } = await loadEngine()
  const names = (await readdir(inputDir)).filter((n) => n.endsWith('.txt')).sort()
  let bytes = 0
  let engineMs = 0
  let floorMs = 0
  let matches = 0
  let suggestions = 0
  let slowestPageMs = 0
  let pages = 0
  for (const name of names) {
    if (engine && engineMs > budgetSeconds * 1000) break
    pages++
    const buffer = await readFile(join(inputDir, name))
    const raw = buffer.toString('utf8')
    bytes += buffer.length
    const f0 = performance.now()
    matches += raw.match(WRAP_SPACE)?.length ?? 0
    floorMs += performance.now() - f0
    if (engine) {
      const e0 = performance.now()
      const result = engine(raw)
      const ms = performance.now() - e0
      engineMs += ms
      slowestPageMs = Math.max(slowestPageMs, ms)
      if (Array.isArray(result)) suggestions += result.length
    }
  }
  const mb = bytes / 1e6
  const floorMBs = mb / (floorMs / 1000)
  if (!engine) {
    return {
      rows: [
        {
          measure: '2 cleanup',
          what: 'engine MB/s (1 core)',
          value: null,
          unit: 'MB/s',
          floor: round(floorMBs, 1),
          floorWhat: '1 regex pass',
          target: '≥ 10 MB/s per core',
          met: null,
          note: `not yet measurable: the engine entry point (src/node/cleanup/default-engine.ts) does not load: ${problem}`
        }
      ],
      details: { floorMatches: matches }
    }
  }
  const engineMBs = mb / (engineMs / 1000)
  return {
    rows: [
      {
        measure: '2 cleanup',
        what: `engine MB/s (1 core, ${pages} of ${names.length} pages)`,
        value: round(engineMBs, 2),
        unit: 'MB/s',
        floor: round(floorMBs, 1),
        floorWhat: '1 regex pass',
        ratio: round(throughputRatio(engineMBs, floorMBs), 1),
        target: '≥ 10 MB/s per core',
        met: engineMBs >= 10
      }
    ],
    details: {
      pages,
      libraryPages: names.length,
      mb: round(mb),
      engineSeconds: round(engineMs / 1000),
      slowestPageMs: round(slowestPageMs, 1),
      lexiconLoadMs: Math.round(loadMs),
      suggestions,
      floorMatches: matches
    }
  }
}
