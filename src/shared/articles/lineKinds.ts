// What a single clean line looks like on its own, before its neighbours are considered.
import { datelinePrefixLength, parseByline, photoCreditStart } from './bylines'

/** Features of one non-blank line of clean text; lengths count code points. */
export interface LineFeatures {
  /** Code points of the trimmed line. */
  length: number
  /** Starts with a dateline (本报讯（…）, 本报广州6月23日电（…）): the first paragraph of a news article. */
  dateline: boolean
  /** The whole line is a byline or photo credit (本报记者 李丰, 本报通讯员 侯进勇 摄). */
  byline: boolean
  /** The whole line is a photo credit ending in 摄. */
  creditOnly: boolean
  /** The line ends with a photo credit after caption text. */
  captionCredit: boolean
  /** Short, without sentence punctuation: a kicker, headline, subhead or section heading. */
  titleLike: boolean
  /** Ends with —— / ： / -: a kicker (引题) that leads into the headline below. */
  kickerCue: boolean
  /** A box title such as 阅读提示 that opens a sidebar. */
  sidebarTitle: boolean
  /** A column banner such as 新闻特写. */
  banner: boolean
  /** A jump line such as （上接第1版）. */
  jump: boolean
  /** Opens like a body sentence (据悉，… 近年来，… 在安居工程方面，…) or reports speech (…介绍说，): never a title. */
  sentenceOpener: boolean
  /** Ends a sentence (。！？… and a closing quote or bracket after them). */
  sentenceEnd: boolean
}

/** Box titles that open a sidebar article. */
export const SIDEBAR_TITLES = /^(?:阅读提示|编者按|相关链接|延伸阅读|记者手记|记者观察|短评|点评|链接)[:：]?$/u
/** Column banners (栏目) printed above or below a headline. */
export const BANNERS =
  /^(?:新闻特写|新闻观察|新闻链接|特写|人物|走基层|一线故事|劳动者之歌|工会新闻|图片新闻|工会动态)$/u
/** Jump lines that continue an article from or to another page. */
export const JUMP = /^[（(](?:上接|下转|转第|接第)第?[\d一二三四五六七八九十]+版[）)]$/u
const KICKER_END = /(?:——|—|-|：|:)$/u
// A title never ends in a particle, conjunction or preposition: such a line is a cut-off body fragment.
const FRAGMENT_END = /[的和与及在对把被将从向为也不就都又而并且或等之其、，；（(]$/u
/** Longest line (code points) that can be a title line. */
export const TITLE_MAX = 48
// Body sentences open with these (据悉，… 近年来，… 在安居工程方面，…) or report speech (…介绍说，): never titles.
const BODY_OPENER =
  /^(?:据悉|据了解|据介绍|据统计|近日|日前|目前|同时|与此同时|此外|另外|其中|记者|活动中|会上|会议上?|当天|当日|近年来|近些年来?|多年来|长期以来|今年以来|去年以来|为此|对此|因此|随后|此前|截至目前|在[^，,、。]{2,12}(?:方面|过程中|期间))[，,]/u
const SENTENCE_END = /[。！？!?…][”’」』）)]*$/u
/** The page's staff credits (责任编辑：张三, 本版编辑 王伟, 校对 赵四): page furniture, never a title or heading. */
const STAFF_CREDIT = /^(?:本版)?(?:责任编辑|责编|编辑|美编|版式设计|版式|设计|校对|审校|制图|组版|统筹)[：:\s]/u
const REPORTED_SPEECH = /(?:说|表示|介绍|指出|强调|获悉|了解到|认为)[，,：:]/u

/** Classifies one line (its text, untrimmed) by its own content. */
export function lineFeatures(line: string): LineFeatures {
  const text = line.trim()
  const length = [...text].length
  const dateline = datelinePrefixLength(text) > 0
  const parsed = dateline ? null : parseByline(text)
  const byline = parsed !== null
  const credit = byline ? -1 : photoCreditStart(text)
  const captionCredit = credit > 0
  const sidebarTitle = SIDEBAR_TITLES.test(text)
  const banner = BANNERS.test(text)
  const jump = JUMP.test(text)
  const kickerCue = KICKER_END.test(text) && length >= 4
  const commas = (text.match(/[，,]/gu) ?? []).length
  const sentenceOpener = BODY_OPENER.test(text) || REPORTED_SPEECH.test(text)
  const titleLike =
    !dateline &&
    !byline &&
    !captionCredit &&
    !jump &&
    length >= 2 &&
    length <= TITLE_MAX &&
    !/[。；;]/u.test(text) &&
    !(FRAGMENT_END.test(text) && !kickerCue) &&
    commas <= (kickerCue ? 3 : 1) &&
    !/^[（(]/u.test(text) &&
    !closesFirst(text) &&
    !sentenceOpener &&
    !STAFF_CREDIT.test(text)
  return {
    length,
    dateline,
    byline,
    creditOnly: parsed?.photo ?? false,
    captionCredit,
    titleLike: titleLike || sidebarTitle || banner,
    kickerCue,
    sidebarTitle,
    banner,
    jump,
    sentenceOpener,
    sentenceEnd: SENTENCE_END.test(text)
  }
}

/** True when a closing bracket or quote comes before any opening one (思达）3月11日，…): the line continues another. */
function closesFirst(text: string): boolean {
  const close = text.search(/[）)”』」]/u)
  if (close < 0) return false
  const open = text.search(/[（(“『「]/u)
  return open < 0 || close < open
}
