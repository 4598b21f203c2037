// A synthetic library built from the five seed pages, the same bytes for the same (pages, seed): newspaper
// pages of ~17 KB with the defects the seeds show (line-wrap spaces between Chinese characters, half-width
// `,():;` and ASCII quotes, markdown markers, passages duplicated within a page, paragraphs split in two,
// character confusions such as 入→人) and a known list of passages planted on two pages each, with small
// OCR-like differences, for the near-duplicate measure.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MarkovText } from './markov-text'
import { Prng } from './prng'

/** A passage planted on two pages: UTF-16 ranges of its line in each page's text. */
export interface PlantedPair {
  fileA: string
  rangeA: { from: number; to: number }
  fileB: string
  rangeB: { from: number; to: number }
  /** True when the copies differ only in whitespace, punctuation width and quote style. */
  exact: boolean
}

export interface SyntheticLibrary {
  dir: string
  /** File names, in page order. */
  files: string[]
  bytes: number
  planted: PlantedPair[]
  /** Pages that repeat one of their own passages (an OCR defect; not counted as planted pairs). */
  pagesWithInnerDuplicate: number
  /** A page of about 20 KB (for the page-open measure). */
  largePage: string
}

export interface GenerateOptions {
  pages: number
  seed?: number
  seedsDir: string
  /** Planted cross-page pairs per page (default 0.25: one pair per four pages). */
  plantedPerPage?: number
}

const TARGET_PAGE_BYTES = 17_400
const LARGE_PAGE_BYTES = 20_400

/** Confusions seen in OCR of Chinese print (both directions). */
const CONFUSIONS: Record<string, string> = {}
for (const [a, b] of [
  '入人',
  '己已',
  '未末',
  '日曰',
  '土士',
  '千干',
  '天夭',
  '大太',
  '王玉',
  '体休',
  '侯候',
  '拨拔',
  '辩辨',
  '戊戌',
  '免兔'
]) {
  CONFUSIONS[a] = b
  CONFUSIONS[b] = a
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞宇浩然昊天志国建文斌海波林春梅晓东峰辉宁雪琳佳俊博'

type PageStyle = 'wide' | 'narrow'

interface Block {
  text: string
  /** Index into `planted` when this line is a planted copy; the line is then left free of other defects. */
  planted?: { pair: number; side: 'A' | 'B' }
}

/** Seed lines as clean text: no markdown, no spaces inside Chinese text, full-width punctuation, curly quotes. */
function cleanSeedLine(line: string): string {
  let quoteOpen = false
  return line
    .replace(/\*\*/g, '')
    .replace(/^#+\s*/, '')
    .replace(/□/g, '')
    .replace(/(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])/g, '')
    .replace(/,/g, '，')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/;/g, '；')
    .replace(/"/g, () => ((quoteOpen = !quoteOpen) ? '“' : '”'))
    .trim()
}

function name(rng: Prng): string {
  return rng.pick([...SURNAMES]) + rng.pick([...GIVEN]) + (rng.chance(0.6) ? rng.pick([...GIVEN]) : '')
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** The page's print style: punctuation width, quotes, and (narrow columns) a space at every OCR line wrap. */
function styled(text: string, style: PageStyle, rng: Prng): string {
  let out = text
    .replace(/，/g, () => (rng.chance(0.02) ? '，' : ','))
    .replace(/（/g, '(')
    .replace(/）/g, ')')
  if (style === 'narrow') {
    out = out.replace(/：/g, ':').replace(/；/g, ';').replace(/[“”]/g, '"')
    const chars = [...out]
    let next = rng.between(12, 17)
    const wrapped: string[] = []
    for (let i = 0; i < chars.length; i++) {
      wrapped.push(chars[i])
      if (i + 1 === next && i + 1 < chars.length) {
        wrapped.push(' ')
        next += rng.between(13, 17)
      }
    }
    out = wrapped.join('')
  }
  return out
}

const CONFUSABLE = new RegExp(`[${Object.keys(CONFUSIONS).join('')}]`, 'gu')

function confuse(text: string, rng: Prng, rate: number): string {
  return text.replace(CONFUSABLE, (ch) => (rng.chance(rate) ? CONFUSIONS[ch] : ch))
}

/** A copy of `text` with `count` OCR errors: confusable characters swapped, or (failing that) a character dropped. */
function ocrVariant(text: string, count: number, rng: Prng): string {
  const chars = [...text]
  const touched = new Set<number>()
  for (let e = 0; e < count; e++) {
    const candidates = chars.map((ch, i) => (CONFUSIONS[ch] && !touched.has(i) ? i : -1)).filter((i) => i >= 0)
    if (candidates.length > 0 && rng.chance(0.8)) {
      const i = rng.pick(candidates)
      chars[i] = CONFUSIONS[chars[i]]
      touched.add(i)
    } else chars[rng.between(4, chars.length - 5)] = '' // dropped: indices stay valid for the next error
  }
  return chars.join('')
}

/** Writes `options.pages` page files into `dir` and returns what was planted. */
export function generateLibrary(dir: string, options: GenerateOptions): SyntheticLibrary {
  const rng = new Prng(options.seed ?? 20261123)
  const seedLines = readdirSync(options.seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(options.seedsDir, f), 'utf8').split('\n'))
    .map(cleanSeedLine)
    .filter((l) => l.length > 0)
  const body = seedLines.filter((l) => [...l].length >= 30)
  const text = new MarkovText(body)
  const bodyLengths = body.map((l) => Math.min(260, [...l].length))
  const headLengths = seedLines.filter((l) => [...l].length < 30 && [...l].length >= 6).map((l) => [...l].length)

  // Plan the planted pairs: page A and B (different), the passage, and whether B's copy is exact.
  const pages = options.pages
  const plantedCount = pages < 2 ? 0 : Math.max(1, Math.round(pages * (options.plantedPerPage ?? 0.25)))
  const plans: Array<{ pageA: number; pageB: number; a: string; b: string; exact: boolean }> = []
  const plantsOn = new Map<number, Array<{ pair: number; side: 'A' | 'B' }>>()
  for (let p = 0; p < plantedCount; p++) {
    const pageA = rng.int(pages)
    let pageB = rng.int(pages - 1)
    if (pageB >= pageA) pageB++
    const passage = text.paragraph(rng, rng.between(50, 200))
    const exact = rng.chance(0.3)
    const b = exact ? passage : ocrVariant(passage, 1 + rng.int(1 + Math.floor([...passage].length / 60)), rng)
    plans.push({ pageA, pageB, a: passage, b, exact })
    for (const [page, side] of [
      [pageA, 'A'],
      [pageB, 'B']
    ] as const) {
      const list = plantsOn.get(page) ?? []
      list.push({ pair: p, side })
      plantsOn.set(page, list)
    }
  }

  const files: string[] = []
  const ranges: Array<{
    A?: { file: string; from: number; to: number }
    B?: { file: string; from: number; to: number }
  }> = plans.map(() => ({}))
  let bytes = 0
  let pagesWithInnerDuplicate = 0
  const largeIndex = Math.min(1, pages - 1)
  for (let page = 0; page < pages; page++) {
    const style: PageStyle = rng.chance(0.45) ? 'narrow' : 'wide'
    const target = page === largeIndex ? LARGE_PAGE_BYTES : TARGET_PAGE_BYTES + rng.between(-1200, 1200)
    const blocks: Block[] = []
    const pending = [...(plantsOn.get(page) ?? [])]
    let size = 0
    const add = (block: Block) => {
      blocks.push(block)
      size += utf8Length(block.text) + 2
    }
    while (size < target) {
      if (rng.chance(0.3)) add({ text: text.line(rng, rng.between(6, 14)) })
      add({ text: (style === 'wide' && rng.chance(0.3) ? '# ' : '') + text.line(rng, rng.pick(headLengths)) })
      if (rng.chance(0.4)) add({ text: text.line(rng, rng.between(8, 26)) })
      const credit = `(记者${name(rng)}${rng.chance(0.6) ? ` 通讯员${name(rng)}` : ''})`
      const lead =
        style === 'wide' && rng.chance(0.4) ? `**本报讯** ${credit}` : `本报讯${rng.chance(0.5) ? ' ' : ''}${credit}`
      add({ text: lead + text.paragraph(rng, rng.pick(bodyLengths)) })
      const paragraphs = rng.between(3, 9)
      for (let i = 0; i < paragraphs && size < target; i++) {
        if (pending.length > 0 && rng.chance(0.3)) {
          const plant = pending.shift()!
          add({ text: plant.side === 'A' ? plans[plant.pair].a : plans[plant.pair].b, planted: plant })
        }
        add({ text: text.paragraph(rng, rng.pick(bodyLengths)) })
      }
    }
    for (const plant of pending)
      blocks.splice(1 + rng.int(blocks.length), 0, {
        text: plant.side === 'A' ? plans[plant.pair].a : plans[plant.pair].b,
        planted: plant
      })

    // Defects of ordinary lines: character confusions, split paragraphs, one passage repeated on the page.
    const lines: Block[] = []
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]
      if (block.planted) {
        lines.push(block)
        continue
      }
      const noisy = confuse(block.text, rng, 0.003)
      const chars = [...noisy]
      if (chars.length >= 60 && rng.chance(0.06)) {
        const cut = rng.between(20, chars.length - 20)
        const head = chars.slice(0, cut).join('')
        const tail = chars.slice(cut).join('')
        lines.push({ text: head })
        if (i + 1 < blocks.length && !blocks[i + 1].planted && rng.chance(0.4)) {
          lines.push({ text: confuse(blocks[i + 1].text, rng, 0.003) }, { text: tail })
          i++
        } else lines.push({ text: tail })
      } else lines.push({ text: noisy })
    }
    if (rng.chance(0.25)) {
      const candidates = lines.map((l, i) => (!l.planted && [...l.text].length >= 60 ? i : -1)).filter((i) => i >= 0)
      if (candidates.length > 0) {
        const source = lines[rng.pick(candidates)].text
        const copy = rng.chance(0.5) ? source : [...source].slice(0, rng.between(40, [...source].length)).join('')
        lines.splice(rng.between(Math.floor(lines.length / 2), lines.length), 0, { text: copy })
        pagesWithInnerDuplicate++
      }
    }

    const file = `${String(page).padStart(6, '0')}.txt`
    let content = '\n'
    for (const line of lines) {
      const styledText = styled(line.text, style, rng)
      if (line.planted)
        ranges[line.planted.pair][line.planted.side] = {
          file,
          from: content.length,
          to: content.length + styledText.length
        }
      content += styledText + '\n\n'
    }
    writeFileSync(join(dir, file), content)
    files.push(file)
    bytes += utf8Length(content)
  }

  const planted: PlantedPair[] = plans.map((plan, i) => {
    const { A, B } = ranges[i]
    if (!A || !B) throw new Error(`planted pair ${i} was not placed`)
    return {
      fileA: A.file,
      rangeA: { from: A.from, to: A.to },
      fileB: B.file,
      rangeB: { from: B.from, to: B.to },
      exact: plan.exact
    }
  })
  return { dir, files, bytes, planted, pagesWithInnerDuplicate, largePage: files[largeIndex] }
}
