// Validation of a user-defined label set (names as exported, colours, hotkeys).
import type { LabelDef } from '../model/library'

/** One problem with a label set: the label's index, the field at fault and a message a person can act on. */
export interface LabelProblem {
  index: number
  field: 'name' | 'color' | 'hotkey'
  message: string
}

/**
 * Problems in `labels` (empty when valid): names non-empty, A–Z, 0–9 and _ only, unique; colours #rrggbb; hotkeys
 * "1"–"9" and unique, or "" for a label without a hotkey.
 */
export function validateLabels(labels: readonly LabelDef[]): LabelProblem[] {
  const problems: LabelProblem[] = []
  const names = new Map<string, number>()
  const hotkeys = new Map<string, number>()
  labels.forEach((l, index) => {
    if (!/^[A-Z0-9_]+$/u.test(l.name))
      problems.push({
        index,
        field: 'name',
        message: `Label name "${l.name}" must use only A–Z, 0–9 and _ (for example PER)`
      })
    const sameName = names.get(l.name)
    if (sameName !== undefined)
      problems.push({ index, field: 'name', message: `Label name ${l.name} is already used by label ${sameName + 1}` })
    else names.set(l.name, index)
    if (!/^#[0-9a-fA-F]{6}$/u.test(l.color))
      problems.push({
        index,
        field: 'color',
        message: `Colour "${l.color}" of ${l.name} must be #rrggbb (for example #d9480f)`
      })
    if (l.hotkey !== '') {
      if (!/^[1-9]$/u.test(l.hotkey))
        problems.push({
          index,
          field: 'hotkey',
          message: `Hotkey "${l.hotkey}" of ${l.name} must be one digit 1–9, or empty`
        })
      const sameKey = hotkeys.get(l.hotkey)
      if (sameKey !== undefined)
        problems.push({
          index,
          field: 'hotkey',
          message: `Hotkey ${l.hotkey} of ${l.name} is already used by ${labels[sameKey].name}`
        })
      else hotkeys.set(l.hotkey, index)
    }
  })
  return problems
}
