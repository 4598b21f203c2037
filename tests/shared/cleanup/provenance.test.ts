import { describe, expect, it } from 'vitest'
import {
  decodeProvenance,
  encodeProvenance,
  identityProvenance,
  mapProvenance,
  rawLineOf,
  rawToClean
} from '../../../src/shared/cleanup/provenance'
import { applyChanges } from '../../../src/shared/text/changes'

describe('provenance', () => {
  it('starts as the identity and encodes as one run', () => {
    const prov = identityProvenance(5)
    expect([...prov]).toEqual([0, 1, 2, 3, 4])
    expect(encodeProvenance(prov)).toEqual([0, 0, 5])
    expect(encodeProvenance(new Int32Array(0))).toEqual([])
  })

  it('encodes inserted text as runs with raw start -1 and round-trips', () => {
    const prov = Int32Array.from([0, 1, -1, -1, 5, 6, 2, 3, -1])
    const triples = encodeProvenance(prov)
    expect(triples).toEqual([0, 0, 2, 2, -1, 2, 4, 5, 2, 6, 2, 2, 8, -1, 1])
    expect([...decodeProvenance(triples, 9, 7)]).toEqual([...prov])
  })

  it.each([
    [[0, 0], 2, 'Provenance has 2 numbers'],
    [[1, 0, 2], 3, 'Provenance run 0 starts at clean offset 1, expected 0'],
    [[0, 0, 0], 0, 'Provenance run 0 has length 0'],
    [[0, -2, 3], 3, 'Provenance run 0 has raw start -2'],
    [[0, 0, 2, 2, 5, 2], 4, 'Provenance run 1 points to raw 5-7, beyond the raw text (6)'],
    [[0, 0, 2], 3, 'Provenance covers 2 clean units, but the clean text has 3'],
    [[0, 0, 4], 3, 'Provenance run 0 ends at 4, beyond the clean text (3)'],
    [[0, 0.5, 1], 1, 'non-integer']
  ])('rejects bad triples %j with a precise RangeError', (triples, cleanLength, message) => {
    expect(() => decodeProvenance(triples, cleanLength, 6)).toThrow(RangeError)
    expect(() => decodeProvenance(triples, cleanLength, 6)).toThrow(message)
  })

  it('maps through changes: kept units keep their origin, inserted units take insertProv or -1', () => {
    const raw = '昆明 市呈贡区,斗南'
    const prov = identityProvenance(raw.length)
    const changes = [
      { from: 2, to: 3, insert: '' },
      { from: 7, to: 8, insert: '，', insertProv: [7] },
      { from: 10, to: 10, insert: '园区' }
    ]
    const clean = applyChanges(raw, changes)
    const mapped = mapProvenance(prov, changes)
    expect(clean).toBe('昆明市呈贡区，斗南园区')
    expect([...mapped]).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 9, -1, -1])
  })

  it('inverts to a raw-to-clean table with -1 for removed raw units', () => {
    const inv = rawToClean(Int32Array.from([0, 1, 3, -1, 4]), 6)
    expect([...inv]).toEqual([0, 1, -1, 2, 4, -1])
  })

  it('finds the raw line a clean line came from, so a heading mark can be recovered', () => {
    const raw = '\n# 滨海县总组建947个民企“挺进班”\n\n正文𠮷'
    const head = raw.indexOf('滨')
    const body = raw.indexOf('正')
    const changes = [
      { from: 0, to: head, insert: '' },
      { from: body - 1, to: body, insert: '' }
    ]
    const clean = applyChanges(raw, changes)
    const prov = mapProvenance(identityProvenance(raw.length), changes)
    expect(clean).toBe('滨海县总组建947个民企“挺进班”\n正文𠮷')
    expect(rawLineOf(raw, { clean, prov }, 0)).toEqual({
      line: 1,
      start: 1,
      end: body - 2,
      text: '# 滨海县总组建947个民企“挺进班”'
    })
    expect(rawLineOf(raw, { clean, prov }, clean.indexOf('𠮷'))).toEqual({
      line: 3,
      start: body,
      end: raw.length,
      text: '正文𠮷'
    })
    const inserted = { clean: 'xx', prov: Int32Array.from([-1, -1]) }
    expect(rawLineOf(raw, inserted, 1)).toBeNull()
  })
})
