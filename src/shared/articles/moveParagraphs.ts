// Moving paragraphs to the end of another article: a text edit (returned as changes) plus the layout that follows it.
import type { LineRole, PageLayout } from '../model/page'
import { applyChanges, type TextChange } from '../text/changes'
import { checkLayout } from './checkLayout'
import { isBlank, isLineStart, lineEndOf, splitLines } from './lines'
import { mapLayout } from './mapLayout'

/**
 * Text that moved: what stood at old UTF-16 offsets [from, to) now stands at new offset `at` (same length). Entity
 * mapping uses it to carry spans along instead of orphaning them (a move is a delete plus an insert).
 */
export interface TextMove {
  from: number
  to: number
  at: number
}

/** Result of a move: the new text, the changes that produce it from the old one, the mapped layout and the moves. */
export interface MoveResult {
  text: string
  changes: TextChange[]
  layout: PageLayout
  moves: TextMove[]
}

const TITLE_ROLES: readonly LineRole[] = ['kicker', 'headline', 'subhead']

/**
 * Moves the lines from the line starting at `from` through the line holding `to - 1` (UTF-16 offsets) to the end of
 * article `articleId`, keeping their roles (title roles become headings). Blank-line spacing follows the page.
 */
export function moveParagraphsToArticle(
  clean: string,
  layout: PageLayout,
  from: number,
  to: number,
  articleId: string
): MoveResult {
  checkLayout(clean, layout)
  if (!isLineStart(clean, from)) throw new RangeError(`Offset ${from} is not the start of a line`)
  if (to <= from || to > clean.length)
    throw new RangeError(`Invalid paragraph range ${from}-${to} (text length ${clean.length})`)
  const target = layout.articles.findIndex((a) => a.id === articleId)
  if (target < 0) throw new RangeError(`No article with id ${articleId}`)
  const blockEnd = lineEndOf(clean, to - 1)
  if (isBlank(clean.slice(from, blockEnd))) throw new RangeError(`Lines ${from}-${blockEnd} are blank: nothing to move`)

  // Where the target's text ends (its last non-blank line), and the separator its page uses between paragraphs.
  const targetStart = layout.articles[target].start
  const targetEnd = target + 1 < layout.articles.length ? layout.articles[target + 1].start : clean.length
  const nonBlank = splitLines(clean).filter((l) => !isBlank(l.text))
  const targetLines = nonBlank.filter((l) => l.start >= targetStart && l.start < targetEnd)
  const lastLine = targetLines.at(-1)
  if (lastLine && lastLine.start >= from && lastLine.start <= blockEnd)
    throw new RangeError(`The paragraphs already end article ${articleId}`)
  const last = targetLines.filter((l) => l.start < from || l.start > blockEnd).at(-1)
  if (!last) throw new RangeError(`Article ${articleId} has no other text to move the paragraphs after`)
  const insertAt = last.end
  const sep = last.start >= 2 && clean[last.start - 1] === '\n' && clean[last.start - 2] === '\n' ? '\n\n' : '\n'

  // Delete the block with the break and blank lines before it, so the line after it keeps its own break; a block
  // that opens the text goes with the breaks after it instead.
  const before = nonBlank.filter((l) => l.end <= from).at(-1)
  const after = nonBlank.find((l) => l.start > blockEnd)
  const delFrom = before ? before.end : from
  const delTo = before ? blockEnd : (after?.start ?? clean.length)
  const moved = clean.slice(from, blockEnd)
  const insert: TextChange = { from: insertAt, to: insertAt, insert: sep + moved }
  const remove: TextChange = { from: delFrom, to: delTo, insert: '' }
  const changes = insertAt <= delFrom ? [insert, remove] : [remove, insert]
  const text = applyChanges(clean, changes)
  const movedStart = (insertAt <= delFrom ? insertAt : insertAt - (delTo - delFrom)) + sep.length

  const mapped = mapLayout(layout, changes, clean, text)
  const roleAt = new Map(layout.roles.map((r) => [r.at, r.role]))
  const roles = mapped.roles.filter((r) => r.at < movedStart || r.at > movedStart + moved.length)
  for (const l of splitLines(moved)) {
    const role = roleAt.get(from + l.start)
    if (role && role !== 'body')
      roles.push({ at: movedStart + l.start, role: TITLE_ROLES.includes(role) ? 'heading' : role })
  }
  roles.sort((a, b) => a.at - b.at)
  return {
    text,
    changes,
    layout: { articles: mapped.articles, roles },
    moves: [{ from, to: blockEnd, at: movedStart }]
  }
}

/** Moves the one line (paragraph) starting at `lineStart` to the end of article `articleId`; see moveParagraphsToArticle. */
export function moveParagraphToArticle(
  clean: string,
  layout: PageLayout,
  lineStart: number,
  articleId: string
): MoveResult {
  return moveParagraphsToArticle(clean, layout, lineStart, lineEndOf(clean, lineStart), articleId)
}
