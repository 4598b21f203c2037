// DATE: dates and periods with a number or a definite relative year, as the gold tags them (2021年, 6月13日,
// 6月22日14时, 今年1月, 5月中旬, 2021年底, 2020年以来, 近10年来, 去年同期, “十四五”以来). Vague words (近日, 日前,
// 近年来, 目前, 每年, 当日, 一年来) are not dates.
import type { Candidate, Segment } from '../candidates'

const PART = '(?:底|末|初|中旬|上旬|下旬|以来|期间)?'
const MD = `\\d{1,2}月(?:\\d{1,2}日)?(?:\\d{1,2}时(?:\\d{1,2}分)?)?${PART}`
const DATE = new RegExp(
  [
    `(?:今年|去年|前年|明年)(?:${MD}|以来|同期|年初|年底|年末|上半年|下半年)?`,
    `\\d{4}年(?:${MD}|${PART})`,
    `(?:近|过去)?\\d{1,3}年来`,
    MD,
    `\\d{1,2}日(?:\\d{1,2}时)?`,
    `“[一二三四五六七八九十]{2,4}五”(?:以来|期间|时期)`
  ].join('|'),
  'gu'
)

/** DATE candidates in one segment. */
export function dateCandidates(seg: Segment): Candidate[] {
  const out: Candidate[] = []
  for (const m of seg.text.matchAll(DATE)) {
    const s = m.index ?? 0
    const e = s + m[0].length
    const before = seg.text[s - 1] ?? ''
    const after = seg.text[e] ?? ''
    if (/[\d.]/u.test(before) || /\d/u.test(after)) continue // part of a longer number
    if (/^\d{1,2}日/u.test(m[0]) && /[个天]/u.test(after)) continue
    if (/^\d+月$/u.test(m[0]) && /[份]/u.test(after)) continue
    out.push({ start: seg.offset + s, end: seg.offset + e, label: 'DATE', rule: 'date', priority: 3 })
  }
  return out
}
