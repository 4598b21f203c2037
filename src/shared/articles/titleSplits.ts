// Kicker and headline printed on one line (量化目标任务 明确部门责任 江苏阜宁县总实施“六个100”行动). Roles anchor at
// line starts, so the fix is a line break. The cleanup engine proposes it on the raw page (kind title-split, with
// the evidence to tell a seam from a wrap: 全国化学医药行业引领性 劳动竞赛推进会召开); this is the layout-side view
// for text that is already clean: changes for the user to accept, never applied silently.
import { titleUnits } from '../cleanup/titleSplits'
import type { PageLayout } from '../model/page'
import type { TextChange } from '../text/changes'
import { articlesOf } from './articleView'

/**
 * Where a one-line title splits into kicker and headline: the [from, to) whitespace (UTF-16 offsets into `line`)
 * between its two title units (titleUnits: phrases of about equal length form one unit, 上下整体联动 助推复工复产),
 * or null. A split needs exactly two units of at least 4 characters each. The cleanup rule (cleanup/titleSplits.ts)
 * decides on the raw page whether such a space is a split, a wrap to join, or unsure.
 */
export function titleSplitPoint(line: string): { from: number; to: number } | null {
  const units = titleUnits(line)
  if (units.length !== 2) return null
  const size = (u: (typeof units)[number]) => u.reduce((n, p) => n + p.len, 0)
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
