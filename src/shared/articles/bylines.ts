// Bylines, datelines and photo credits of Workers' Daily style pages:
//   本报记者 李丰 · 本报记者 田国奎 本报通讯员 冯际刚 · □本报通讯员 季永健 · 本报通讯员 张锋 孟宪勋 摄
//   本报讯（记者王伟 通讯员刘义昂） · 本报（记者毛浓曦） · 本报广州6月23日电（记者叶小钟 …） · 新华社北京6月23日电

/** A name found in a byline: UTF-16 offsets into the parsed text; `ambiguous` when several names may be glued together. */
export interface BylineName {
  start: number
  end: number
  ambiguous: boolean
}

/** A parsed byline: the names it credits and whether it ends with 摄 (a photo credit). */
export interface Byline {
  names: BylineName[]
  photo: boolean
}

const ROLE = /(?:本报|新华社)?(?:特约|见习|实习|首席)?(?:摄影)?(?:记者|通讯员)|实习生|特约撰稿人/y
const ROLE_INSIDE = /(?:本报|新华社)?(?:特约|见习|实习|首席)?(?:摄影)?(?:记者|通讯员)|实习生|特约撰稿人/gu
const HAN_OR_DOT = /[\p{Script=Han}·]/u
// The credit in brackets may be cut off by the end of a column line (本报讯（记者彭冰 柳姗姗 通讯员曲): then it runs
// to the end of the text, short and without punctuation.
const DATELINE = [
  /(?:本报讯|本报\s*(?=[（(]))\s*(?:[（(][^（）()\n]{1,48}[）)]|[（(][^（）()\n，。,.；;：:！？!?]{1,24}$)?/y,
  /(?:本报|新华社)[\p{Script=Han}]{0,10}?\d{1,2}月\d{1,2}日电\s*(?:[（(][^（）()\n]{1,48}[）)])?/uy
]
const LEAD = /[□■◇◆\s]*/y

function skipLead(text: string): number {
  LEAD.lastIndex = 0
  LEAD.exec(text)
  return LEAD.lastIndex
}

/** Parses `text[from, to)` as a whole byline (role words each followed by names, optional final 摄); null if it is not one. */
export function parseByline(text: string, from = 0, to = text.length): Byline | null {
  if (to - from > 80) return null
  const start = from + skipLead(text.slice(from, to))
  // Tokens: role words (本报记者, 通讯员 …) and name runs, split at whitespace and at role words.
  const tokens: { role: boolean; start: number; end: number }[] = []
  for (const chunk of text.slice(start, to).matchAll(/\S+/gu)) {
    let i = start + (chunk.index ?? 0)
    const chunkEnd = i + chunk[0].length
    while (i < chunkEnd) {
      ROLE.lastIndex = i
      if (ROLE.exec(text) && ROLE.lastIndex <= chunkEnd) {
        tokens.push({ role: true, start: i, end: ROLE.lastIndex })
        i = ROLE.lastIndex
        continue
      }
      let next = chunkEnd
      ROLE_INSIDE.lastIndex = i + 1
      for (let m = ROLE_INSIDE.exec(text); m && m.index < chunkEnd; m = ROLE_INSIDE.exec(text))
        if (m.index + m[0].length <= chunkEnd) {
          next = m.index
          break
        }
      tokens.push({ role: false, start: i, end: next })
      i = next
    }
  }
  if (tokens.length >= 1 && !tokens[0].role) return bareCredit(text, start, to)
  if (tokens.length < 2) return null
  const names: BylineName[] = []
  let photo = false
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]
    if (tok.role) {
      if (t + 1 >= tokens.length || tokens[t + 1].role) return null
      continue
    }
    let end = tok.end
    const last = t === tokens.length - 1
    for (let i = tok.start; i < end; i++) if (!HAN_OR_DOT.test(text[i])) return null
    if (last && text[end - 1] === '摄') {
      photo = true
      end--
      if (end === tok.start && !tokens[t - 1].role) break // a lone 摄 after the names
    }
    if (end - tok.start < 2) return null
    names.push({ start: tok.start, end, ambiguous: end - tok.start > 4 })
  }
  return names.length > 0 ? { names, photo } : null
}

// A photo credit without a role word: names each followed by a space, then 摄 and an optional source (新华社发).
const BARE_CREDIT = /^((?:[\p{Script=Han}·]{2,4}[ \u3000]){1,3})摄(?:[（(][^（）()]{1,10}[）)])?$/u

/** `text[from, to)` as a role-less photo credit such as 万善朝 摄（新华社发）, or null. */
function bareCredit(text: string, from: number, to: number): Byline | null {
  const m = BARE_CREDIT.exec(text.slice(from, to))
  if (!m) return null
  const names: BylineName[] = []
  for (const n of m[1].matchAll(/\S+/gu)) {
    const at = from + (n.index ?? 0)
    names.push({ start: at, end: at + n[0].length, ambiguous: false })
  }
  return { names, photo: true }
}

/** UTF-16 length of the dateline that opens `text` (本报讯（…）, 本报（记者…）, 本报广州6月23日电（…）, 新华社…电), or 0. */
export function datelinePrefixLength(text: string): number {
  const lead = skipLead(text)
  for (const re of DATELINE) {
    re.lastIndex = lead
    const m = re.exec(text)
    if (m && m[0].trim() !== '') {
      let end = re.lastIndex
      while (end > lead && /\s/u.test(text[end - 1])) end--
      return end
    }
  }
  return 0
}

/** The parenthesised credit part of a dateline (offsets into `text`), e.g. 记者王伟 通讯员刘义昂 in 本报讯（…）; null if none. */
export function datelineCredit(text: string): { start: number; end: number } | null {
  const len = datelinePrefixLength(text)
  if (len === 0) return null
  const open = text.slice(0, len).search(/[（(]/u)
  if (open < 0 || !/[）)]$/u.test(text.slice(0, len))) return null
  return { start: open + 1, end: len - 1 }
}

/**
 * UTF-16 offset where a trailing photo credit (… 本报通讯员 侯进勇 摄) starts in `text`, or -1. The credit must end
 * the text and follow whitespace, sentence-final punctuation or the start of the text.
 */
export function photoCreditStart(text: string): number {
  let end = text.length
  while (end > 0 && /\s/u.test(text[end - 1])) end--
  if (text[end - 1] !== '摄') return -1
  // matchAll iterates a copy of the regex: parseByline moves ROLE_INSIDE.lastIndex, which looped forever here.
  for (const m of text.matchAll(ROLE_INSIDE)) {
    const s = m.index
    const before = s === 0 ? '' : text[s - 1]
    if (s !== 0 && !/[\s。！？!?”’」…）)]/u.test(before)) continue
    const parsed = parseByline(text, s, end)
    if (parsed && parsed.photo) return s
  }
  return -1
}

/** True when the whole (trimmed) line is a byline or photo credit such as 本报记者 李丰 or 本报通讯员 侯进勇 摄. */
export function isBylineLine(text: string): boolean {
  return parseByline(text.trim()) !== null
}
