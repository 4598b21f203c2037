// What every measure returns and how the run prints it: one row per figure, beside a floor measured in the same
// run (the least work that reaches the same result with plain Node) and the ratio figure / floor.

export interface Row {
  /** Measure number and name as in bench/README.md, e.g. "1 import". */
  measure: string
  /** What was measured, e.g. "pages/s". */
  what: string
  value: number | null
  unit: string
  /** Same work done the plainest way, in the same unit; null when no floor applies. */
  floor?: number | null
  floorWhat?: string
  /** `value / floor` for times, `floor / value` for throughputs: how many times the floor's cost. */
  ratio?: number | null
  /** Human-readable target, e.g. "≤ 3× floor". */
  target?: string
  met?: boolean | null
  /** Why a value is missing, or what else to know. */
  note?: string
}

export interface MeasureResult {
  rows: Row[]
  /** Extra figures kept in the JSON file (breakdowns, counts). */
  details?: Record<string, unknown>
}

/** Cost ratio of a throughput against its floor's throughput (2 = takes twice as long). */
export function throughputRatio(value: number, floor: number): number {
  return value > 0 ? floor / value : Infinity
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

/** The value at quantile q (0..1) of `samples` (nearest rank). */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

function fmt(n: number | null | undefined, unit = ''): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—'
  const s = Number.isInteger(n) || Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2)
  return unit ? `${s} ${unit}` : s
}

function width(s: string): number {
  let w = 0
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1
  return w
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)))
}

/** The rows as a plain-text table (also valid Markdown). */
export function formatTable(rows: readonly Row[]): string {
  const header = ['Measure', 'What', 'Result', 'Floor (same run)', 'Ratio', 'Target', 'Met']
  const lines = rows.map((r) => [
    r.measure,
    r.what,
    r.value === null ? (r.note ? 'n/a' : '—') : fmt(r.value, r.unit),
    r.floor === undefined || r.floor === null
      ? '—'
      : `${fmt(r.floor, r.unit)}${r.floorWhat ? ` (${r.floorWhat})` : ''}`,
    r.ratio === undefined || r.ratio === null ? '—' : `${fmt(r.ratio)}×`,
    r.target ?? '',
    r.met === undefined || r.met === null ? '' : r.met ? 'yes' : 'NO'
  ])
  const widths = header.map((h, i) => Math.max(width(h), ...lines.map((l) => width(l[i]))))
  const line = (cells: string[]) => `| ${cells.map((c, i) => pad(c, widths[i])).join(' | ')} |`
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(line)]
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.measure} / ${r.what}: ${r.note}`)
  return [...out, ...(notes.length ? ['', 'Notes:', ...notes] : [])].join('\n')
}
