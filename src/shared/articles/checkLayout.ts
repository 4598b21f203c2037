// The invariants every stored or mapped layout keeps; broken ones are reported precisely.
import { ARTICLE_TYPES, LINE_ROLES, type PageLayout } from '../model/page'
import { isLineStart } from './lines'

/** Throws RangeError unless article starts increase strictly, roles are sorted and unique, and all sit at line starts. */
export function checkLayout(clean: string, layout: PageLayout): void {
  const ids = new Set<string>()
  let last = -1
  for (const a of layout.articles) {
    if (!Number.isInteger(a.start) || a.start <= last || !isLineStart(clean, a.start) || a.start > clean.length)
      throw new RangeError(
        `Article ${a.id} starts at ${a.start}, which is not a line start after ${last} (text length ${clean.length})`
      )
    if (ids.has(a.id)) throw new RangeError(`Article id ${a.id} is used twice`)
    if (!(ARTICLE_TYPES as readonly string[]).includes(a.type))
      throw new RangeError(`Article ${a.id} has unknown type ${a.type}`)
    ids.add(a.id)
    last = a.start
  }
  last = -1
  for (const r of layout.roles) {
    if (!Number.isInteger(r.at) || r.at <= last || !isLineStart(clean, r.at))
      throw new RangeError(`Role ${r.role} at ${r.at} is not a line start after ${last} (text length ${clean.length})`)
    if (!(LINE_ROLES as readonly string[]).includes(r.role))
      throw new RangeError(`Unknown line role ${r.role} at ${r.at}`)
    last = r.at
  }
}
