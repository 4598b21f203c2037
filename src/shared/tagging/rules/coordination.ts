// Coordinated items share a type: in 国药集团、上海医药、云南白药、江苏恒瑞等… one item is a known organisation, so the
// items that open with a place name and go on with more (上海+医药) are organisations too, not places. Items that are
// whole places (山东省、江苏省、国药集团) stay places.
import type { Candidate, Segment } from '../candidates'
import { PROVINCES, CITY_PROVINCE } from '../gazetteer'

const PLACE_LED = new RegExp(
  `^(?:${[...Object.keys(PROVINCES), ...CITY_PROVINCE.keys()].join('|')})[\\p{Script=Han}]{2,4}$`,
  'u'
)

/** ORG candidates for place-led items of a 、-list that also holds an organisation found by another rule. */
export function coordinatedOrgs(seg: Segment, found: readonly Candidate[]): Candidate[] {
  const orgs = found.filter((c) => c.label === 'ORG' && c.start >= seg.offset && c.end <= seg.offset + seg.text.length)
  if (orgs.length === 0) return []
  const out: Candidate[] = []
  let clauseStart = 0
  for (const clause of seg.text.split(/[，。；：！？,;:!?]/u)) {
    const items: { start: number; end: number }[] = []
    let pos = clauseStart
    const parts = clause.split('、')
    parts.forEach((part, i) => {
      let text = part
      if (i === parts.length - 1) text = text.replace(/(?:等|以及|和|及).*$/u, '')
      if (i === 0) text = text.slice(Math.max(0, text.length - 8))
      const start = i === 0 ? pos + part.length - text.length : pos
      items.push({ start, end: start + text.length })
      pos += part.length + 1
    })
    clauseStart += clause.length + 1
    if (items.length < 2) continue
    const isOrg = (it: { start: number; end: number }) =>
      orgs.some((o) => o.start === seg.offset + it.start && o.end === seg.offset + it.end)
    if (!items.some(isOrg)) continue
    for (const it of items) {
      const text = seg.text.slice(it.start, it.end)
      if (!isOrg(it) && PLACE_LED.test(text))
        out.push({
          start: seg.offset + it.start,
          end: seg.offset + it.end,
          label: 'ORG',
          rule: 'coordination',
          priority: 6
        })
    }
  }
  return out
}
