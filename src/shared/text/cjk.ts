// Character classes for Chinese text. Ranges are explicit so behaviour does not depend on the engine's
// Unicode property tables.

/** CJK ideographs (URO, Ext A, compatibility ideographs, and the astral extensions B–H). */
export function isHan(ch: string): boolean {
  return isHanCode(ch.codePointAt(0) ?? 0)
}

/** Full-width (CJK) punctuation used in Chinese running text. */
export const CJK_PUNCTUATION = '，。、；：？！（）《》〈〉【】“”‘’…—·「」『』〔〕'

export function isCjkPunctuation(ch: string): boolean {
  return CJK_PUNCTUATION.includes(ch)
}

/** isHan of the character with code point `cp` (-1, no character, is not Han): the one table of Han ranges. */
export function isHanCode(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x323af)
  )
}

const CJK_PUNCTUATION_CODES = new Set([...CJK_PUNCTUATION].map((c) => c.charCodeAt(0)))

/**
 * isCjkPunctuation of the character with code point `cp`; -1 (no character: '') counts, as ''.includes('') is
 * true for the string version.
 */
export function isCjkPunctuationCode(cp: number): boolean {
  return cp === -1 || CJK_PUNCTUATION_CODES.has(cp)
}

/** Han character or full-width punctuation: the "Chinese context" of width and spacing rules. */
export function isChineseContext(ch: string): boolean {
  return isHan(ch) || isCjkPunctuation(ch)
}

/** Sentence-final punctuation in Chinese text, optionally followed by a closing quote. */
export const SENTENCE_END = /[。！？!?…][”’」』）)]*$/u
