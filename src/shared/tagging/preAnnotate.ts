// Pre-annotation: rule-based PER / ORG / LOC / DATE / MONEY proposals (status pending, origin rule) for a person to
// review. Rules read each article part separately (headline, byline, paragraphs); an optional POS tagger supplies
// word boundaries and proper-noun tags, trusted only where a rule agrees (see rules/*.ts). A lexicon of known
// surfaces (grown from accepted spans) is matched as is.
import { articlesOf } from '../articles/articleView'
import type { EntitySpan, PageLayout } from '../model/page'
import { resolveOverlaps, type Candidate, type Segment } from './candidates'
import { tokenBoundaries, type PosTagger } from './posTagger'
import { coordinatedOrgs } from './rules/coordination'
import { dateCandidates } from './rules/dateRules'
import { moneyCandidates } from './rules/moneyRules'
import { orgCandidates } from './rules/orgRules'
import { bylinePersons, textPersons } from './rules/personRules'
import { placeCandidates, placeNamesOf } from './rules/placeRules'

/** A known surface and its label (a user dictionary entry). */
export interface LexiconEntry {
  text: string
  label: string
}

/** What pre-annotation may use: a tagger, a lexicon, the labels to propose, and the page's existing spans. */
export interface AnnotateContext {
  tagger?: PosTagger | null
  lexicon?: readonly LexiconEntry[]
  /** Labels to propose (default PER, ORG, LOC, DATE, MONEY). */
  labels?: readonly string[]
  /** Spans already on the page: proposals never overlap a kept span nor repeat a rejected one. */
  existing?: readonly EntitySpan[]
}

const DEFAULT_LABELS = ['PER', 'ORG', 'LOC', 'DATE', 'MONEY']
/** Shortest tail of a named zone taken as the same place (花卉产业园区, never 经济开发区 or 产业园区). */
const ZONE_TAIL_MIN = 6

/** Segments (article parts) of the clean text, tagged when a tagger is given. */
export function segmentsOf(clean: string, layout: PageLayout, tagger?: PosTagger | null): Segment[][] {
  return articlesOf(clean, layout).map((view) =>
    view.parts.map((p) => ({ text: p.text, offset: p.start, role: p.role, tokens: tagger ? tagger.tag(p.text) : null }))
  )
}

function occurrences(seg: Segment, needle: string): number[] {
  const out: number[] = []
  const bounds = seg.tokens ? tokenBoundaries(seg.tokens) : null
  for (let i = seg.text.indexOf(needle); i >= 0; i = seg.text.indexOf(needle, i + 1))
    if (!bounds || (bounds.has(i) && bounds.has(i + needle.length))) out.push(i)
  return out
}

/** Candidates for every word-bounded occurrence of `surfaces` in `segs`. */
function everywhere(
  segs: readonly Segment[],
  surfaces: Iterable<string>,
  label: string,
  rule: string,
  priority: number
): Candidate[] {
  const out: Candidate[] = []
  for (const text of surfaces)
    for (const seg of segs)
      for (const i of occurrences(seg, text))
        out.push({ start: seg.offset + i, end: seg.offset + i + text.length, label, rule, priority })
  return out
}

/** Rule candidates for a page, before overlaps are resolved. */
export function ruleCandidates(
  clean: string,
  articles: readonly Segment[][],
  lexicon: readonly LexiconEntry[] = []
): Candidate[] {
  const all: Candidate[] = []
  // Places found anywhere on the page are places wherever they stand (呈贡区 after 昆明市呈贡区, 英德 after 英德市).
  const known = new Set(articles.flatMap((segs) => segs.flatMap((seg) => placeNamesOf(seg.text, seg.tokens))))
  for (const segs of articles) {
    const found: Candidate[] = []
    for (const seg of segs) {
      found.push(
        ...bylinePersons(seg),
        ...textPersons(seg),
        ...orgCandidates(seg, known),
        ...placeCandidates(seg, known)
      )
      found.push(...dateCandidates(seg), ...moneyCandidates(seg))
      found.push(...coordinatedOrgs(seg, found))
      for (const entry of lexicon)
        for (const i of occurrences(seg, entry.text))
          found.push({
            start: seg.offset + i,
            end: seg.offset + i + entry.text.length,
            label: entry.label,
            rule: 'lexicon',
            priority: 7
          })
    }
    // A name found once by a rule is tagged wherever it stands in the same article.
    const names = new Set(found.filter((c) => c.label === 'PER').map((c) => clean.slice(c.start, c.end)))
    found.push(...everywhere(segs, names, 'PER', 'same-name', 3))
    // A named zone is named again by its tail (斗南国际花卉产业园区 … 花卉产业园区拥有…): a tail of at least
    // ZONE_TAIL_MIN characters that starts at a word boundary of the full name is a place wherever it stands.
    const tails = new Set<string>()
    const boundsOf = new Map<Segment, Set<number> | null>()
    for (const c of found) {
      if (c.rule !== 'zone') continue
      const seg = segs.find((x) => x.offset <= c.start && c.end <= x.offset + x.text.length)
      if (seg && !boundsOf.has(seg)) boundsOf.set(seg, seg.tokens ? tokenBoundaries(seg.tokens) : null)
      const bounds = seg ? boundsOf.get(seg)! : null
      for (let k = c.start + 1; k <= c.end - ZONE_TAIL_MIN; k++)
        if (!bounds || bounds.has(k - (seg?.offset ?? 0))) tails.add(clean.slice(k, c.end))
    }
    found.push(...everywhere(segs, tails, 'LOC', 'zone-tail', 1))
    // Names inside a book title (《大连市职工医疗互助活动实施细则》) belong to the title, not to the text.
    const titles = segs.flatMap((seg) =>
      [...seg.text.matchAll(/《[^《》]*》/gu)].map((m) => ({
        start: seg.offset + (m.index ?? 0),
        end: seg.offset + (m.index ?? 0) + m[0].length
      }))
    )
    all.push(...found.filter((c) => !titles.some((t) => t.start <= c.start && c.end <= t.end)))
  }
  return all
}

/** Pending rule spans for `clean` under `layout` (UTF-16 offsets), never overlapping kept spans in `ctx.existing`. */
export function preAnnotate(clean: string, layout: PageLayout, ctx: AnnotateContext = {}): EntitySpan[] {
  const labels = new Set(ctx.labels ?? DEFAULT_LABELS)
  const existing = ctx.existing ?? []
  const kept = existing.filter((e) => e.status !== 'rejected')
  const rejected = new Set(existing.filter((e) => e.status === 'rejected').map((e) => `${e.start}-${e.end}-${e.label}`))
  const ids = new Set(existing.map((e) => e.id))
  const candidates = ruleCandidates(clean, segmentsOf(clean, layout, ctx.tagger), ctx.lexicon).filter(
    (c) => labels.has(c.label) && !kept.some((k) => k.start < c.end && c.start < k.end)
  )
  const spans: EntitySpan[] = []
  for (const c of resolveOverlaps(candidates)) {
    if (rejected.has(`${c.start}-${c.end}-${c.label}`)) continue
    let id = `r${c.start}-${c.end}-${c.label}`
    for (let n = 2; ids.has(id); n++) id = `r${c.start}-${c.end}-${c.label}-${n}`
    ids.add(id)
    spans.push({ id, start: c.start, end: c.end, label: c.label, status: 'pending', origin: 'rule' })
  }
  return spans
}
