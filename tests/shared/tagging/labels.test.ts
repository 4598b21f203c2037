import { describe, expect, it } from 'vitest'
import { DEFAULT_LABELS } from '../../../src/shared/model/library'
import { validateLabels } from '../../../src/shared/tagging/labels'

describe('validateLabels', () => {
  it('accepts the default label set and a label without hotkey', () => {
    expect(validateLabels(DEFAULT_LABELS)).toEqual([])
    expect(validateLabels([...DEFAULT_LABELS, { name: 'WORK_OF_ART', color: '#ABCDEF', hotkey: '' }])).toEqual([])
  })

  it('reports bad names, duplicate names, bad colours and duplicate or bad hotkeys with the label index', () => {
    const problems = validateLabels([
      { name: 'per', color: '#d9480f', hotkey: '1' },
      { name: 'ORG', color: 'blue', hotkey: '1' },
      { name: 'ORG', color: '#1c7ed6', hotkey: '0' }
    ])
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [0, 'name'],
      [1, 'color'],
      [1, 'hotkey'],
      [2, 'name'],
      [2, 'hotkey']
    ])
    expect(problems[2].message).toContain('already used by per')
  })
})
