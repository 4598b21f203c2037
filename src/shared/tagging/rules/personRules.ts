// PER: names credited in bylines (记者彭冰 柳姗姗 通讯员曲思达), names after a title or occupation and before a
// verb (主席杨朝晖介绍, 工作人员余俊告诉), names before a speech verb after a quote (”陈世元说), 老韩 / 杨某.
// Titles themselves stay outside the span (杨朝晖, not 主席杨朝晖).
import { datelineCredit, parseByline } from '../../articles/bylines'
import type { Candidate, Segment } from '../candidates'
import { tokenBoundaries } from '../posTagger'
import { COMPOUND_SURNAMES, SURNAMES, surnameLength } from '../surnames'

const TITLES =
  '常务副主席|副主席|主席|党组书记|党委书记|党支部书记|副书记|书记|副主任|主任|副部长|部长|局长|处长|科长|副总经理|总经理|经理|' +
  '董事长|总裁|厂长|站长|校长|院长|所长|队长|组长|班长|会长|秘书长|市长|县长|镇长|村长|区长|省长|负责人|工作人员|' +
  '职工|员工|女工|工人|师傅|技术员|工程师|技师|律师|法官|检察官|医生|护士|教师|老师|代表|劳模|劳动模范|工匠|司机|' +
  '快递员|骑手|外卖小哥|农民工|村民|居民|队员|党员|志愿者|总监|馆长|调解员|协调员|驻站员|联络员|专家|学员|' +
  '主人公|创始人|理事长|总工程师|委员|专干|干部|人员'
const TITLE_BEFORE = new RegExp(`(?:${TITLES})$`, 'u')
// What follows a name in running text: a speech or action verb, a particle, or punctuation.
const AFTER_NAME =
  /^(?:说|介绍|表示|告诉|提出|指出|强调|认为|坦言|感慨|谈到|回忆|透露|笑着|笑称|说道|直言|解释|补充|娓娓|欣喜|高兴|激动|自豪|也|已|还|就|正|曾|是|在|等|和|与|牵头|带领|组织|仔细|带头|一行|主持|出席|讲话|来到|走访|看到|拿到|发现|担任|负责|称|把|对|向|为|从|将|便|都|又|却|才|亲自|一直|多次|每天|今年|去年|[，。、：；！？”“（）,.:;!?\s]|$)/u
const SPEECH_AFTER = /^(?:说|表示|介绍|坦言|告诉记者|感慨|笑着说|补充说)(?:[，。：:,！]|道|$)/u
// Characters that do not occur inside personal names (particles, prepositions, measure words).
const NOT_IN_NAME =
  /[的了在是和与等为对向从被把将让给也都还就并而又或个位名家次年月日这那我你他她们其该本各每全所以因于之及及说]/u

function isName(text: string): boolean {
  if (text.length < 2 || text.length > 4 || NOT_IN_NAME.test(text)) return false
  for (const ch of text) if (!/\p{Script=Han}/u.test(ch)) return false
  const sl = surnameLength(text)
  return sl > 0 && text.length - sl >= 1 && text.length - sl <= 2
}

/** Splits a run of glued byline names (张锋孟宪勋) into names when exactly one split has every piece start with a surname. */
export function splitGluedNames(run: string): string[] | null {
  const results: string[][] = []
  const walk = (rest: string, acc: string[]) => {
    if (results.length > 1) return
    if (rest === '') {
      results.push(acc)
      return
    }
    const sl = COMPOUND_SURNAMES.has(rest.slice(0, 2)) ? 2 : SURNAMES.has(rest[0]) ? 1 : 0
    if (sl === 0) return
    for (const given of [1, 2])
      if (rest.length >= sl + given) walk(rest.slice(sl + given), [...acc, rest.slice(0, sl + given)])
  }
  walk(run, [])
  return results.length === 1 ? results[0] : null
}

/** PER candidates credited in a byline segment (a whole byline line, a dateline, or a photo credit). */
export function bylinePersons(seg: Segment): Candidate[] {
  if (seg.role !== 'byline') return []
  const credit = datelineCredit(seg.text)
  const parsed = credit ? parseByline(seg.text, credit.start, credit.end) : parseByline(seg.text)
  if (!parsed) return []
  const out: Candidate[] = []
  for (const n of parsed.names) {
    const run = seg.text.slice(n.start, n.end)
    const pieces =
      run.length <= 3 || (run.length === 4 && COMPOUND_SURNAMES.has(run.slice(0, 2))) ? [run] : splitGluedNames(run)
    if (!pieces) continue
    let s = n.start
    for (const p of pieces) {
      out.push({ start: seg.offset + s, end: seg.offset + s + p.length, label: 'PER', rule: 'byline', priority: 6 })
      s += p.length
    }
  }
  return out
}

/** PER candidates in running text: title + name + verb, quote + name + speech verb, 老韩, 杨某. */
export function textPersons(seg: Segment): Candidate[] {
  const text = seg.text
  const bounds = seg.tokens ? tokenBoundaries(seg.tokens) : null
  const out: Candidate[] = []
  const push = (s: number, e: number, rule: string, priority: number) =>
    out.push({ start: seg.offset + s, end: seg.offset + e, label: 'PER', rule, priority })
  // A name of 2–3 (compound surname: 3–4) characters at `s`, longest first, followed by `after` and, with tokens,
  // ending on a token boundary.
  const nameAt = (s: number, after: RegExp): number => {
    const sl = surnameLength(text.slice(s))
    if (sl === 0) return 0
    for (const len of [sl + 2, sl + 1]) {
      const cand = text.slice(s, s + len)
      if (cand.length !== len || !isName(cand)) continue
      if (bounds && !bounds.has(s + len)) continue
      // A dictionary word (成长/v, 方面/n) is not a name, whatever surname its first character could be.
      if (seg.tokens?.some((t) => t.start === s && t.end === s + len && !/^(?:nr|nrfg|nrt|x)$/u.test(t.pos))) continue
      if (after.test(text.slice(s + len))) return len
    }
    return 0
  }
  for (let s = 0; s < text.length; s++) {
    if (bounds && !bounds.has(s)) continue
    const before = text.slice(Math.max(0, s - 8), s)
    if (s > 0 && TITLE_BEFORE.test(before)) {
      const len = nameAt(s, AFTER_NAME)
      if (len) push(s, s + len, 'title', 4)
      continue
    }
    if (s === 0 || /[”。，；]$/u.test(before)) {
      const len = nameAt(s, SPEECH_AFTER)
      if (len) push(s, s + len, 'speech', 4)
    }
  }
  for (const m of text.matchAll(/老(\p{Script=Han})(?=感慨|说|等|欣然|表示|告诉|的|[，。、])/gu)) {
    const s = m.index ?? 0
    if (SURNAMES.has(m[1]) && /(?:农民工|职工|工人|村民|师傅|[，。、“”\s]|^)$/u.test(text.slice(Math.max(0, s - 3), s)))
      push(s, s + 2, 'lao', 3)
  }
  for (const m of text.matchAll(/(\p{Script=Han})某(?![些种个项地处天位家一人])/gu)) {
    const s = m.index ?? 0
    if (SURNAMES.has(m[1])) push(s, s + 2, 'mou', 3)
  }
  return out
}
