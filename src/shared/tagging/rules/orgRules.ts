// ORG: a name ending in an organisation suffix (…总工会, …公司, …局, …委员会, …集团, …中心), extended to the left
// over the words that name it and stopped by verbs, prepositions and particles (进入|燕山石化炼油厂). A name that
// reaches a place starts with that place (案件委托|青铜峡市总工会). Suffixes chain (中建五局安装公司华北分公司工会),
// and a department may follow (…总工会生产保护部). Generic names (公司工会, 基层工会, 商务局) are left out: a name needs
// a place, a proper noun, a quoted name (“联链”服务站), a known enterprise brand (中铁…), or 市/县/省 first (市总工会,
// a definite body). Unknown words count as proper only in formal company names (星宇手套有限公司).
// 市总/县总 abbreviations (西宁市总, 市总) are organisations when not followed by 工会, 经理 ….
import type { Candidate, Segment } from '../candidates'
import { tokenAt, tokenBoundaries, type PosToken } from '../posTagger'
import { GAZETTEER_NAMES } from '../gazetteer'
import { placeChains, type PlaceSpan } from './placeRules'

const SUFFIXES =
  '总工会|工会联合会|工会|委员会|管委会|组委会|常委会|联合会|研究会|促进会|基金会|协会|学会|集团|有限公司|股份公司|分公司|公司|' +
  '总局|管理局|医保局|局|厅|关工委|市委|县委|区委|省委|党委|党支部|政府|人大|政协|法院|法庭|检察院|派出所|研究院|研究所|' +
  '设计院|中心|医院|学院|大学|中学|小学|幼儿园|学校|合作社|银行|酒店|炼油厂|厂|制药|服务站|指导站|支队|大队|领导小组|小组|之家'
const SUFFIX_RE = new RegExp(`(?:${SUFFIXES})`, 'gu')
const FORMAL_SUFFIX = /^(?:有限公司|股份公司|集团|合作社)$/u
// A department after an organisation: 生产保护部, 合约法务部 (never 干部, 全部, 主办).
const DEPARTMENT = /[\p{Script=Han}]{2,5}?[部处科]/uy
const NOT_DEPARTMENT = /^(?:干部|全部|内部|外部|总部|局部|部分|部门|[\p{Script=Han}]*[的和与及])/u
// Characters after a suffix that show it is part of a longer word (without a tagger).
const SUFFIX_CONTINUES = /^(?:面|限|势|托|员|婉|屈|院|区|房|商|家|价|外|内|徽|风|务|长|级)/u
// Tags of words that can be part of an organisation's name.
const NAME_POS = /^(?:n|ns|nt|nz|nr|nrt|nrfg|j|eng|b|an|l|ng|s)$/u
const PROPER_POS = /^(?:ns|nt|nz|eng)$/u
// Place-tagged words that are mostly verbs or common words in this press (新建工会 = newly founded unions).
const NOT_PROPER = new Set(['新建', '中心', '东方', '南方', '北方', '西方', '中央'])
// An institution directly followed by another suffix is two names (法院|法庭, 国务院|政府), except for its own units
// and legal forms (公司工会, 交易中心有限公司).
const STACKS_ON_ANY = /^(?:工会|分公司|党支部|党委|支部|有限公司|股份公司)$/u
const INSTITUTION_END = /(?:院|部|委|局|厅|会|署|中心|公司|集团|学校|大学|政府)$/u
// Verbs and verbal nouns that occur inside organisation names (花卉拍卖交易中心, 产业工人队伍建设改革“联链”服务站).
const VERBS_IN_NAMES = new Set(
  '拍卖 交易 服务 管理 建设 发展 改革 保障 研究 设计 培训 救助 保护 关心 互助 生产 制造 运输 物流 检测 监督 调解 安装 种植 养殖 加工 开发 投资 劳动 医疗 协作 工作'.split(
    ' '
  )
)
// Enterprise brands that name an organisation on their own (中铁十一局电务公司).
const BRANDS =
  /^(?:中铁|中建|中交|中冶|中核|中航|中船|中化|中粮|中石油|中石化|中海油|国药|国家电网|南方电网|中国移动|中国联通|中国电信|中国邮政|中国铁建|中国中铁)/u
// An organisation suffix just before a place: the place names a branch of it (中建五局安装公司华北分公司).
const ORG_BEFORE_PLACE = /(?:公司|集团|局|总工会)$/u
// Suffixes of units that a quoted name alone makes definite (“联链”服务站).
const QUOTED_UNIT = /^(?:服务站|指导站|领导小组|小组|中心|之家)$/u
// Words that end a name to the left: they qualify or point at an organisation rather than name it.
const LEADING_GENERIC =
  /^(?:该|本|全|各|我|其|这|那|每|某|此|相关|有关|上级|下属|所属|基层|全体|广大|其他|其它|部分|多个|多家|各级|全省|全市|全县|全区|一家|一些|所在|当地)/u
// Prepositions and particles glued to a name by the segmenter (由市/x 总工会).
const LEADING_FUNCTION = /^[由在向从对为把被将与和经给让于是的了及]/u
const NOT_NAME_CHAR = /[的了在是为对向从被把将让给也都还就并而又或和与及等之个位名次年月日，。、；：？！（）《》\s]/u
const MAX_NAME = 24
// A dictionary organisation word that begins with a place is specific (北京体育大学/nt), unlike 商务局/nt.
const GAZETTEER_PREFIX = new RegExp(`^(?:${GAZETTEER_NAMES.join('|')})`, 'u')

function isHanText(s: string): boolean {
  return /^[\p{Script=Han}]+$/u.test(s)
}

/** Left end of the name ending at `end` in `text`: over name words, to the start of a place it reaches. */
function leftEdge(text: string, end: number, tokens: readonly PosToken[] | null, places: readonly PlaceSpan[]): number {
  let left = end
  const placeEndingAt = (at: number) => places.find((p) => p.end === at && p.start < at)
  const placeNear = (at: number) => places.some((p) => p.start < at && at <= p.end)
  if (!tokens) {
    while (left > 0 && end - left < 12) {
      const place = placeEndingAt(left)
      if (place) return place.start
      if (NOT_NAME_CHAR.test(text[left - 1]) || !/\p{Script=Han}/u.test(text[left - 1])) break
      left--
    }
    return left
  }
  // A suffix that starts inside a word (滨海/ns 县总工会/n) takes the rest of that word with it.
  const inside = tokenAt(tokens, end)
  if (inside && inside.start < end) left = inside.start
  let k = tokens.findIndex((t) => t.end === left)
  const isNameWord = (t: PosToken) => {
    const w = text.slice(t.start, t.end)
    return isHanText(w) && (NAME_POS.test(t.pos) || t.pos === 'x' || (/^vn?$/u.test(t.pos) && VERBS_IN_NAMES.has(w)))
  }
  while (k >= 0 && end - tokens[k].start <= MAX_NAME) {
    const place = placeEndingAt(left) ?? places.find((p) => p.start < left && left < p.end)
    if (place) {
      // The name starts at its place, unless an organisation named before the place owns it (…安装公司|华北|分公司).
      left = place.start
      if (!ORG_BEFORE_PLACE.test(text.slice(Math.max(0, left - 4), left))) return left
      k = tokens.findIndex((t) => t.end === left)
      continue
    }
    const t = tokens[k]
    const word = text.slice(t.start, t.end)
    if (word === '”') {
      const open = text.lastIndexOf('“', t.start)
      if (open < 0 || t.start - open > 8) break
      left = open
      k = tokens.findIndex((x) => x.end === open)
      continue
    }
    const prev = k > 0 ? tokens[k - 1] : null
    const prevIsName = prev !== null && isNameWord(prev)
    const ok =
      (NAME_POS.test(t.pos) && isHanText(word) && !LEADING_GENERIC.test(word)) ||
      (/^vn?$/u.test(t.pos) && VERBS_IN_NAMES.has(word) && prevIsName) ||
      // An unknown word opens a name (星宇手套…, 味来酒业…) but is not taken from the middle of a phrase (职工|入职).
      (t.pos === 'x' &&
        isHanText(word) &&
        !NOT_NAME_CHAR.test(word) &&
        (!(prev && NAME_POS.test(prev.pos)) || placeNear(t.start))) ||
      (t.pos === 'm' && /^[一二三四五六七八九十\d]+$/u.test(word))
    if (!ok) break
    left = t.start
    if (t.pos === 'x' && !placeNear(t.start)) break
    k--
  }
  return left
}

/** True when the name [start, end) with its suffix at `suffixStart` has something proper in it (see the file comment). */
function isDistinctive(
  text: string,
  start: number,
  suffixStart: number,
  end: number,
  tokens: readonly PosToken[] | null,
  places: readonly PlaceSpan[],
  qualified: boolean
): boolean {
  if (suffixStart <= start) return false
  const name = text.slice(start, suffixStart)
  const suffix = text.slice(suffixStart, end)
  if (!qualified && /^[市县省](?![场民区域城份内外里级直属])/u.test(name)) return true
  if (places.some((p) => p.start < suffixStart && start < p.end)) return true
  if (BRANDS.test(name)) return true
  if (/^“[^“”]+”$/u.test(name.slice(name.lastIndexOf('“'))) && QUOTED_UNIT.test(suffix)) return true
  if (!tokens) return false
  for (let i = start; i < suffixStart;) {
    const t = tokenAt(tokens, i)
    if (!t) break
    // A dictionary organisation word that is the whole name (商务局/nt) is generic.
    const wholeName = t.start <= start && t.end >= end
    const word = text.slice(t.start, t.end)
    const proper = PROPER_POS.test(t.pos) || (/^nr/u.test(t.pos) && word.length <= 3)
    if (proper && !NOT_PROPER.has(word) && (!wholeName || GAZETTEER_PREFIX.test(word))) return true
    if (t.pos === 'x' && FORMAL_SUFFIX.test(suffix) && isHanText(text.slice(t.start, t.end)) && t.end - t.start >= 2)
      return true
    i = t.end
  }
  return false
}

/** ORG candidates in one segment; `known` are place names found elsewhere on the page. */
export function orgCandidates(seg: Segment, known: ReadonlySet<string> = new Set()): Candidate[] {
  const { text, tokens } = seg
  const bounds = tokens ? tokenBoundaries(tokens) : null
  const places = placeChains(text, tokens, known)
  const out: Candidate[] = []
  const push = (s: number, e: number, rule: string) =>
    out.push({ start: seg.offset + s, end: seg.offset + e, label: 'ORG', rule, priority: 5 })

  for (const m of text.matchAll(SUFFIX_RE)) {
    const ss = m.index ?? 0
    let se = ss + m[0].length
    if (bounds ? !bounds.has(se) : SUFFIX_CONTINUES.test(text.slice(se))) continue
    DEPARTMENT.lastIndex = se
    const dept = DEPARTMENT.exec(text)
    if (dept && !NOT_DEPARTMENT.test(dept[0]) && (!bounds || bounds.has(DEPARTMENT.lastIndex)))
      se = DEPARTMENT.lastIndex
    let start = leftEdge(text, ss, tokens, places)
    let qualified = false
    for (;;) {
      const generic = LEADING_GENERIC.exec(text.slice(start, ss))
      const lead = generic ?? LEADING_FUNCTION.exec(text.slice(start, ss))
      if (!lead) break
      if (generic) qualified = true
      start += lead[0].length
    }
    if (!qualified && LEADING_GENERIC.test(text.slice(Math.max(0, start - 2), start))) qualified = true
    // A name whose own words are inside a bigger word to its left (…的企业工会) is not a name.
    if (bounds && !bounds.has(start) && !places.some((p) => p.start === start)) {
      const t = tokenAt(tokens ?? [], start)
      if (t && t.start < start && !LEADING_FUNCTION.test(text.slice(t.start, start))) continue
    }
    if (!STACKS_ON_ANY.test(m[0]) && INSTITUTION_END.test(text.slice(start, ss))) continue
    if (!isDistinctive(text, start, ss, ss + m[0].length, tokens, places, qualified)) continue
    push(start, se, 'suffix')
  }
  // 市总 / 县总 abbreviations: 西宁市总完善…, 甘肃临夏市总搭建…, 市总组织….
  for (const m of text.matchAll(/(?:市|县|区|省)总(?![工经书裁监结体量额数共计的会])/gu)) {
    const s = m.index ?? 0
    const e = s + m[0].length
    const place = places.find((p) => p.end === s + 1 || p.end === s)
    if (place) push(place.start, e, 'abbrev')
    else if (s === 0 || /[，。、；：“\s]/u.test(text[s - 1])) push(s, e, 'abbrev')
  }
  return out
}
