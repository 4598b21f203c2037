// Kicker and headline printed on one line (量化目标任务 明确部门责任 江苏阜宁县总实施“六个100”行动). Roles anchor at
// line starts, so the fix is a line break: proposed here as a change for the user to accept, never applied silently,
// because a space can also be a plain wrap inside one headline (全国化学医药行业引领性 劳动竞赛推进会召开).
import type { PageLayout } from '../model/page'
import type { TextChange } from '../text/changes'
import { articlesOf } from './articleView'

/**
 * Where a one-line title splits into kicker and headline: the [from, to) whitespace (UTF-16 offsets into `line`)
 * before the last unit, or null. Space-separated phrases of (nearly) equal length form one unit (上下整体联动 助推复工复产);
 * a split needs two units of at least 4 characters each.
 */
export function titleSplitPoint(line: string): { from: number; to: number } | null {
  const pieces = [...line.matchAll(/\S+/gu)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    len: [...m[0].replace(/[“”‘’"]/gu, '')].length
  }))
  if (pieces.length < 2) return null
  const units: (typeof pieces)[] = []
  for (const p of pieces) {
    const last = units.at(-1)
    if (last && Math.abs(last[last.length - 1].len - p.len) <= 1 && last.every((q) => q.len <= 8) && p.len <= 8)
      last.push(p)
    else units.push([p])
  }
  if (units.length !== 2) return null
  const size = (u: typeof pieces) => u.reduce((n, p) => n + p.len, 0)
  if (size(units[0]) < 4 || size(units[1]) < 4) return null
  return { from: units[0][units[0].length - 1].end, to: units[1][0].start }
}

/** Line breaks proposed for kicker or headline lines that carry two title units (kicker and headline on one line). */
export function suggestTitleSplits(clean: string, layout: PageLayout): TextChange[] {
  const changes: TextChange[] = []
  for (const view of articlesOf(clean, layout))
    for (const part of view.parts) {
      if (part.role !== 'kicker' && part.role !== 'headline') continue
      const at = titleSplitPoint(part.text)
      if (at) changes.push({ from: part.start + at.from, to: part.start + at.to, insert: '\n' })
    }
  return changes
}
