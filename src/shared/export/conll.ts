// CoNLL BIO: conll/corpus.conll, "TOKEN TAG" per line, a blank line after each sentence, "-DOCSTART- O" and a
// blank line before each article; conll/ids.txt lists the article ids in the same order.
// Tokens: one per character (code point), or with 'latin-runs' a run of ASCII letters/digits is one token,
// split wherever an entity starts or ends inside it. Whitespace is never a token (spaces, U+3000, "\n" are
// dropped), so the tokens of an article concatenated equal its text with all whitespace removed.
// Sentences end after 。！？ (and the closing quotes/brackets right after them) and at every paragraph end.
// BIO cannot nest: of overlapping spans the one starting first (the longer on a tie) is kept.
import type { FileSink, FormatWriter } from './sink'
import type { PreparedArticle } from './prepare'

export const CONLL_PATH = 'conll/corpus.conll'
export const CONLL_IDS_PATH = 'conll/ids.txt'

// Character classes, by the code unit a code point starts with (all that matter here are in the BMP).
const OTHER = 0
const SPACE = 1
const NEWLINE = 2
const LATIN = 3
const TERMINATOR = 4 // 。！？
const CLOSER = 5 // ”’」』）》〉】
function classOf(ch: string): number {
  const c = ch.charCodeAt(0)
  if (c < 0x80) {
    if (c === 0x0a) return NEWLINE
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return LATIN
    return c === 0x20 || (c >= 0x09 && c <= 0x0d) ? SPACE : OTHER
  }
  switch (c) {
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
      return TERMINATOR
    case 0x201d: // ”
    case 0x2019: // ’
    case 0x300d: // 」
    case 0x300f: // 』
    case 0xff09: // ）
    case 0x300b: // 》
    case 0x3009: // 〉
    case 0x3011: // 】
      return CLOSER
    // The rest of JavaScript's \s (ECMAScript WhiteSpace and LineTerminator): NBSP, U+3000 and friends.
    case 0x00a0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff:
      return SPACE
  }
  return c >= 0x2000 && c <= 0x200a ? SPACE : OTHER
}

/**
 * The CoNLL block of one article (starting with "-DOCSTART- O\n\n"). `dropped` is called with each span left
 * out because it overlaps a kept one.
 */
export function conllBlock(
  a: PreparedArticle,
  tokens: 'char' | 'latin-runs',
  dropped: (label: string, text: string) => void
): string {
  // Code point -> index into the kept spans (or -1), and each kept span's " B-X\n" / " I-X\n" line ends.
  const spanAt = new Int32Array(a.cpLength).fill(-1)
  const bTag: string[] = []
  const iTag: string[] = []
  const ordered = [...a.spans].sort((x, y) => x.cpStart - y.cpStart || y.cpEnd - x.cpEnd)
  let lastEnd = 0
  for (const s of ordered) {
    if (s.cpStart < lastEnd) {
      dropped(s.label, s.text)
      continue
    }
    spanAt.fill(bTag.length, s.cpStart, s.cpEnd)
    bTag.push(` B-${s.label}\n`)
    iTag.push(` I-${s.label}\n`)
    lastEnd = s.cpEnd
  }

  const runs = tokens === 'latin-runs'
  let out = '-DOCSTART- O\n\n'
  let sentenceLen = 0
  let lastSpan = -1
  let pendingBreak = false
  let run = ''
  let runSpan = -1
  const emit = (tok: string, span: number) => {
    out += tok + (span < 0 ? ' O\n' : span !== lastSpan || sentenceLen === 0 ? bTag[span] : iTag[span])
    lastSpan = span
    sentenceLen++
  }
  const endSentence = () => {
    if (run !== '') emit(run, runSpan)
    run = ''
    if (sentenceLen > 0) out += '\n'
    sentenceLen = 0
    pendingBreak = false
  }

  let i = 0
  for (const ch of a.text) {
    const span = spanAt[i++]
    const cls = classOf(ch)
    if (cls === NEWLINE) {
      endSentence()
      continue
    }
    if (cls === SPACE || (run !== '' && (cls !== LATIN || span !== runSpan))) {
      if (run !== '') emit(run, runSpan)
      run = ''
      if (cls === SPACE) continue
    }
    if (pendingBreak && cls !== TERMINATOR && cls !== CLOSER) endSentence()
    if (runs && cls === LATIN) {
      if (run === '') runSpan = span
      run += ch
      continue
    }
    emit(ch, span)
    if (cls === TERMINATOR) pendingBreak = true
  }
  endSentence()
  return out
}

export function createConllWriter(
  tokens: 'char' | 'latin-runs',
  dropped: (articleId: string, label: string, text: string) => void
): FormatWriter {
  return {
    format: 'conll',
    add(a: PreparedArticle, sink: FileSink) {
      sink.append(
        CONLL_PATH,
        conllBlock(a, tokens, (label, text) => dropped(a.article.id, label, text))
      )
      sink.append(CONLL_IDS_PATH, a.article.id + '\n')
    },
    end(sink: FileSink) {
      sink.append(CONLL_PATH, '')
      sink.append(CONLL_IDS_PATH, '')
    }
  }
}
