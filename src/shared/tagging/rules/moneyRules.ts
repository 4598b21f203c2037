// MONEY: amounts in 元 with Arabic numerals and 万/亿 units, approximations included as the gold writes them
// (1.67亿元, 7600多万元, 204万余元, 近5800万元). 超过/约 stay outside the span; 近 is part of it.
import type { Candidate, Segment } from '../candidates'

const MONEY = /近?\d+(?:\.\d+)?(?:多|余)?(?:[十百千万亿]|万亿)?(?:多|余)?(?:元|美元|欧元|港元|日元)/gu

/** MONEY candidates in one segment. */
export function moneyCandidates(seg: Segment): Candidate[] {
  const out: Candidate[] = []
  for (const m of seg.text.matchAll(MONEY)) {
    const s = m.index ?? 0
    if (/[\d.]/u.test(seg.text[s - 1] ?? '')) continue
    out.push({ start: seg.offset + s, end: seg.offset + s + m[0].length, label: 'MONEY', rule: 'money', priority: 3 })
  }
  return out
}
