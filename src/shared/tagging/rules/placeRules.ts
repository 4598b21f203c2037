// LOC: administrative places and regions, chained as written (湖南省长沙市, 广东省清远市英德市, 大坝镇新桥村).
// Sources: the gazetteer (provinces, prefecture-level cities, regions); tagger dictionary words ending in an admin
// suffix (若尔盖县, 吴忠市, 高密市); tagger place words followed by such a suffix (大坝+镇); a district or county
// right after a city (昆明市+呈贡区); places already found elsewhere on the page (英德 after 英德市); coordinated
// villages (新桥村、立新村). Places that only qualify a plural (西宁市各级工会) are left out.
import type { Candidate, Segment } from '../candidates'
import { AMBIGUOUS_SHORT_NAMES, GAZETTEER_NAMES, PROVINCES, REGIONS } from '../gazetteer'
import { tokenBoundaries, type PosToken } from '../posTagger'

const ADMIN_SUFFIX =
  /^(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|回族自治州|藏族自治州|彝族自治州|自治州|自治县|地区|街道|省|市|县|区|州|盟|旗|镇|乡|村)/u
const SUFFIX_END = /(?:省|市|县|区|州|盟|旗|镇|乡|村|街道)$/u
// Dictionary words with an admin suffix that are not place names.
const GENERIC_PLACE_WORDS =
  /^(?:[各全本该外邻每某此].+|城市|超市|都市|门市|上市|股市|夜市|集市|城区|市区|郊区|辖区|园区|社区|小区|景区|山区|牧区|厂区|校区|新区|片区|县城|农村|乡村|新村|山村|渔村|开发区|工业区|示范区|保护区|服务区|居民区|风景区|自治区|贫困县|先进县|示范县|试点县|直辖市|地级市|县级市|省会城市|大城市|中小城市)$/u
const GAZETTEER = new Set(GAZETTEER_NAMES)
const MAX_NAME = Math.max(...GAZETTEER_NAMES.map((n) => n.length))
// What may follow a place chain as part of it: a district/county/town (呈贡区, 英城镇) or 城区.
const CHAIN_TAIL = /^(?:城区|[\p{Script=Han}]{2}(?:区|县|镇|乡|街道))/u

/** A place span: UTF-16 offsets into the segment text. */
export interface PlaceSpan {
  start: number
  end: number
}

function suffixLength(text: string, at: number): number {
  const m = ADMIN_SUFFIX.exec(text.slice(at, at + 6))
  return m ? m[0].length : 0
}

/** Place pieces of a text before chaining; `known` are place names already found on the page. */
export function placePieces(
  text: string,
  tokens: readonly PosToken[] | null,
  known: ReadonlySet<string> = new Set()
): PlaceSpan[] {
  const bounds = tokens ? tokenBoundaries(tokens) : null
  const pieces: PlaceSpan[] = []
  const free = (s: number, e: number) => !pieces.some((p) => p.start < e && s < p.end)
  for (let i = 0; i < text.length; i++) {
    for (let len = Math.min(Math.max(MAX_NAME, 8), text.length - i); len >= 2; len--) {
      const name = text.slice(i, i + len)
      const gaz = GAZETTEER.has(name)
      if (!gaz && !known.has(name)) continue
      const suf = SUFFIX_END.test(name) ? 0 : suffixLength(text, i + len)
      const end = i + len + suf
      const afterPlace = pieces.length > 0 && pieces[pieces.length - 1].end === i
      if (gaz && AMBIGUOUS_SHORT_NAMES.has(name) && suf === 0 && !afterPlace) continue
      // The name must not be part of a longer word (大理石, 安康杯), unless the segmenter glued unknown words (市雨朵/x).
      const glued = tokens?.some((t) => t.start < end && end < t.end && t.pos === 'x')
      if (bounds && (!bounds.has(i) || (!bounds.has(end) && !bounds.has(i + len) && !glued))) continue
      if (
        !bounds &&
        suf === 0 &&
        !PROVINCES[name] &&
        !REGIONS.has(name) &&
        !afterPlace &&
        !/^[和与及、，。的等在]?$/u.test(text[end] ?? '')
      )
        continue
      pieces.push({ start: i, end })
      i = end - 1
      break
    }
  }
  if (tokens) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]
      const word = text.slice(t.start, t.end)
      if (!free(t.start, t.end)) continue
      const posOk = /^(?:ns|nr|nt)$/u.test(t.pos) || (t.pos === 'n' && /[市县]$/u.test(word))
      if (word.length >= 3 && SUFFIX_END.test(word) && posOk && !GENERIC_PLACE_WORDS.test(word)) {
        pieces.push({ start: t.start, end: t.end })
        continue
      }
      // A tagged place word followed by an admin suffix character (大坝/ns 镇, 新桥/ns 村).
      if (t.pos === 'ns' && word.length >= 2 && /^\p{Script=Han}+$/u.test(word)) {
        const suf = suffixLength(text, t.end)
        const next = tokens[k + 1]
        const glued = next?.pos === 'x' && next.end > t.end + suf
        if (
          suf > 0 &&
          next &&
          next.start === t.end &&
          (glued || (next.end - next.start <= suf + 1 && bounds?.has(t.end + suf)))
        )
          pieces.push({ start: t.start, end: t.end + suf })
      }
    }
  }
  pieces.sort((a, b) => a.start - b.start)
  // Coordinated villages and towns: 新桥村、立新村.
  for (const p of [...pieces]) {
    const suf = text.slice(p.end - 1, p.end)
    if (!/[镇乡村]/u.test(suf) || text[p.end] !== '、') continue
    const m = new RegExp(`^[\\p{Script=Han}]{2,3}?${suf}`, 'u').exec(text.slice(p.end + 1, p.end + 5))
    if (m && free(p.end + 1, p.end + 1 + m[0].length)) pieces.push({ start: p.end + 1, end: p.end + 1 + m[0].length })
  }
  return pieces.sort((a, b) => a.start - b.start)
}

/** Place chains of a text (UTF-16 offsets into it): adjacent pieces joined (江苏省 + 盐城市 + 阜宁县), with tails (呈贡区). */
export function placeChains(
  text: string,
  tokens: readonly PosToken[] | null,
  known: ReadonlySet<string> = new Set()
): PlaceSpan[] {
  const chains: PlaceSpan[] = []
  for (const p of placePieces(text, tokens, known)) {
    const last = chains.at(-1)
    if (last && p.start < last.end) continue
    if (last && p.start === last.end) last.end = p.end
    else chains.push({ ...p })
  }
  const bounds = tokens ? tokenBoundaries(tokens) : null
  for (const c of chains) {
    const m = CHAIN_TAIL.exec(text.slice(c.end, c.end + 4))
    if (!m || (m[0] !== '城区' && GENERIC_PLACE_WORDS.test(m[0]))) continue
    // With tokens the tail must end on a word boundary, unless the segmenter glued unknown words there (市雨朵/x 镇雨化/x).
    const e = c.end + m[0].length
    const glued = tokens?.some((t) => t.start < e && e < t.end && t.pos === 'x')
    if (!bounds || bounds.has(e) || glued) c.end = e
  }
  return chains
}

/** Names of the places in a chain that can stand alone elsewhere on the page (呈贡区 from 昆明市呈贡区, 英德 from 英德市). */
export function placeNamesOf(text: string, tokens: readonly PosToken[] | null): string[] {
  const names: string[] = []
  for (const c of placeChains(text, tokens)) {
    const chain = text.slice(c.start, c.end)
    for (const m of chain.matchAll(/[\p{Script=Han}]{2,4}?(?:自治区|自治州|省|市|县|区|镇|乡|村|城区)/gu)) {
      const piece = m[0]
      if (piece.length >= 3 && !GENERIC_PLACE_WORDS.test(piece)) names.push(piece)
      const stem = /^([\p{Script=Han}]{2,3})[市县]$/u.exec(piece)?.[1]
      if (stem && !AMBIGUOUS_SHORT_NAMES.has(stem)) names.push(stem)
    }
  }
  return names
}

// A named zone: a place (or place-tagged word) and a few name characters before a zone word (斗南国际花卉产业园区,
// 云南省数字经济开发区, 锦州沟帮子经济开发区). A zone without a place (省级工业园区, 花卉产业园区) is not named.
const ZONE = /^[\p{Script=Han}]{0,8}?(?:产业园区|工业园区|经济开发区|开发区|高新区|产业园|工业园|园区)/u
const NOT_IN_ZONE = /[的了在是为对向从被把将让给也都还就并而又或和与及等之个位名次年月日各]/u

/** Named zones (LOC) in a text: UTF-16 offsets into it. */
export function zoneSpans(text: string, tokens: readonly PosToken[] | null, places: readonly PlaceSpan[]): PlaceSpan[] {
  const bounds = tokens ? tokenBoundaries(tokens) : null
  const starts = new Set(places.map((p) => p.start))
  for (const t of tokens ?? []) if (t.pos === 'ns' && t.end - t.start >= 2) starts.add(t.start)
  const out: PlaceSpan[] = []
  for (const s of [...starts].sort((a, b) => a - b)) {
    if (out.some((z) => z.start <= s && s < z.end)) continue
    const m = ZONE.exec(text.slice(s))
    if (!m || NOT_IN_ZONE.test(m[0])) continue
    const end = s + m[0].length
    if (bounds && !bounds.has(end)) continue
    out.push({ start: s, end })
  }
  return out
}

/** LOC candidates in one segment (priority below organisations, which absorb the places they contain). */
export function placeCandidates(seg: Segment, known: ReadonlySet<string> = new Set()): Candidate[] {
  const out: Candidate[] = []
  const chains = placeChains(seg.text, seg.tokens, known)
  for (const z of zoneSpans(seg.text, seg.tokens, chains))
    out.push({ start: seg.offset + z.start, end: seg.offset + z.end, label: 'LOC', rule: 'zone', priority: 2 })
  for (const c of chains) {
    const after = seg.text.slice(c.end, c.end + 8)
    if (/^各级(?:工会|组织|党委|政府|部门)/u.test(after)) continue
    // A bare province name opening an organisation's name the org rule could not delimit (山东豪迈公司).
    if (
      PROVINCES[seg.text.slice(c.start, c.end)] &&
      /^[\p{Script=Han}]{2,4}(?:公司|集团|工会|学院|大学|中心)/u.test(after)
    )
      continue
    out.push({ start: seg.offset + c.start, end: seg.offset + c.end, label: 'LOC', rule: 'place', priority: 2 })
  }
  return out
}
