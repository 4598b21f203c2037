// Randomized properties of suggestions on the real seed pages. Replay a failure with CLEANUP_SEED=<seed>.
import { ChangeSet, Text } from '@codemirror/state'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CleanDoc } from '../../../src/shared/cleanup/apply'
import { applySuggestions, changesForSuggestion } from '../../../src/shared/cleanup/apply'
import {
  decodeProvenance,
  encodeProvenance,
  identityProvenance,
  mapProvenance
} from '../../../src/shared/cleanup/provenance'
import type { Suggestion } from '../../../src/shared/cleanup/suggestion'
import { isRangePiece } from '../../../src/shared/cleanup/suggestion'
import type { TextChange } from '../../../src/shared/text/changes'
import { applyChanges } from '../../../src/shared/text/changes'
import { seed, suggest } from './helpers'

const SEED = Number(process.env.CLEANUP_SEED ?? Date.now() % 2147483647)
const ROUNDS = 4

/** mulberry32: a small seeded PRNG, so every run can be replayed. */
function random(seedValue: number): () => number {
  let a = seedValue >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A random subset with at most one alternative per group. */
function pickSubset(all: Suggestion[], rnd: () => number): Suggestion[] {
  const chosenGroup = new Map<string, string | null>()
  for (const s of all)
    if (s.group && !chosenGroup.has(s.group)) {
      const members = all.filter((x) => x.group === s.group)
      chosenGroup.set(s.group, rnd() < 0.3 ? null : members[Math.floor(rnd() * members.length)].id)
    }
  return all.filter((s) => (s.group ? chosenGroup.get(s.group) === s.id : rnd() < 0.5))
}

/** Raw ranges a suggestion claims (edits and move pieces). */
function rangesOf(s: Suggestion): Array<{ from: number; to: number }> {
  const out = s.edits.filter((e) => e.to > e.from).map((e) => ({ from: e.from, to: e.to }))
  for (const m of s.moves ?? []) for (const p of m.pieces) if (isRangePiece(p)) out.push(p)
  return out
}

/**
 * Applies suggestions one at a time through changesForSuggestion. A suggestion may only fail to apply when all
 * its raw text was dropped by a duplicate removal applied before it (then there is nothing left to change).
 */
function applyOneByOne(raw: string, order: Suggestion[], context: string): CleanDoc & { applied: Suggestion[] } {
  let doc: CleanDoc = { clean: raw, prov: identityProvenance(raw.length) }
  const applied: Suggestion[] = []
  const dropped: Array<{ from: number; to: number }> = []
  for (const s of order) {
    const changes = changesForSuggestion(doc, s)
    if (!changes) {
      const gone = rangesOf(s).every((r) => dropped.some((d) => r.from >= d.from && r.to <= d.to))
      expect(gone, `${context}: ${s.kind} ${s.id} no longer applies`).toBe(true)
      continue
    }
    doc = { clean: applyChanges(doc.clean, changes), prov: mapProvenance(doc.prov, changes) }
    applied.push(s)
    for (const m of s.moves ?? []) if (m.to === null) for (const p of m.pieces) if (isRangePiece(p)) dropped.push(p)
  }
  return { ...doc, applied }
}

function shuffle<T>(items: T[], rnd: () => number): T[] {
  const out = items.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

const PAGES = ['000', '001', '002', '003', '004']

describe(`cleanup properties (CLEANUP_SEED=${SEED})`, () => {
  beforeAll(() => console.info(`cleanup property tests: replay with CLEANUP_SEED=${SEED}`))

  it.each(PAGES)('applying none gives the raw text of seed %s, with identity provenance', (p) => {
    const raw = seed(p)
    const doc = applySuggestions(raw, [])
    expect(doc.clean).toBe(raw)
    expect(encodeProvenance(doc.prov)).toEqual(raw.length ? [0, 0, raw.length] : [])
  })

  it.each(PAGES)('gives the same text and provenance in any order as in page order and in one batch (seed %s)', (p) => {
    const raw = seed(p)
    const all = suggest(raw)
    const rnd = random(SEED + p.charCodeAt(2))
    for (let round = 0; round < ROUNDS; round++) {
      const context = `CLEANUP_SEED=${SEED} page ${p} round ${round}`
      const subset = pickSubset(all, rnd)
      const inOrder = applyOneByOne(raw, subset, context)
      const shuffled = applyOneByOne(raw, shuffle(subset, rnd), context)
      const batch = applySuggestions(raw, subset)
      expect(shuffled.clean, context).toBe(inOrder.clean)
      expect(batch.clean, context).toBe(inOrder.clean)
      expect([...shuffled.prov], context).toEqual([...inOrder.prov])
      expect([...batch.prov], context).toEqual([...inOrder.prov])
      checkProvenance(raw, inOrder, inOrder.applied, context)
    }
  })

  it.each(PAGES)('gives changes that a CodeMirror ChangeSet applies identically, on a partly cleaned seed %s', (p) => {
    const raw = seed(p)
    const all = suggest(raw)
    const rnd = random(SEED * 7 + p.charCodeAt(2))
    const subset = pickSubset(all, rnd)
    const doc = applySuggestions(raw, subset)
    const taken = new Set(subset.map((s) => s.group ?? s.id))
    for (const s of all.filter((x) => !taken.has(x.group ?? x.id)).slice(0, 200)) {
      const changes = changesForSuggestion(doc, s)
      if (!changes) continue
      const cm = ChangeSet.of(
        changes.map((c) => ({ from: c.from, to: c.to, insert: c.insert })),
        doc.clean.length
      )
      expect(cm.apply(Text.of(doc.clean.split('\n'))).toString(), `CLEANUP_SEED=${SEED} ${s.id}`).toBe(
        applyChanges(doc.clean, changes)
      )
    }
  })

  it.each(PAGES)('marks a suggestion stale once a human edit touches its raw text (seed %s)', (p) => {
    const raw = seed(p)
    const rnd = random(SEED * 13 + p.charCodeAt(2))
    const editable = suggest(raw).filter((s) => s.edits.some((e) => e.to > e.from))
    for (let k = 0; k < 20 && editable.length; k++) {
      const s = editable[Math.floor(rnd() * editable.length)]
      const e = s.edits.find((x) => x.to > x.from)!
      const human: TextChange[] = [{ from: e.from, to: e.from + 1, insert: 'Ж' }]
      const doc = { clean: applyChanges(raw, human), prov: mapProvenance(identityProvenance(raw.length), human) }
      expect(changesForSuggestion(doc, s), `CLEANUP_SEED=${SEED} ${s.id}`).toBeNull()
    }
  })
})

/**
 * Provenance invariants after applying `applied`: every unit with a raw origin shows the raw character, or the one
 * a same-length substitution deliberately put there; units without origin are exactly the text the suggestions
 * inserted; raw units no suggestion touched appear once, unchanged and in raw order; the runs round-trip.
 */
function checkProvenance(raw: string, doc: CleanDoc, applied: Suggestion[], context: string): void {
  const substituted = new Map<number, string>()
  const inserted: string[] = []
  const touched = new Uint8Array(raw.length)
  for (const s of applied) {
    for (const e of s.edits) {
      touched.fill(1, e.from, e.to)
      if (e.insert.length === e.to - e.from)
        for (let k = 0; k < e.insert.length; k++) substituted.set(e.from + k, e.insert[k])
      else inserted.push(...e.insert)
    }
    for (const m of s.moves ?? [])
      for (const piece of m.pieces) {
        if (isRangePiece(piece)) touched.fill(1, piece.from, piece.to)
        else inserted.push(...piece.text)
      }
  }
  const orphans: string[] = []
  const seen = new Int32Array(raw.length).fill(-1)
  for (let i = 0; i < doc.clean.length; i++) {
    const r = doc.prov[i]
    if (r < 0) {
      orphans.push(doc.clean[i])
      continue
    }
    expect(seen[r], `${context}: raw ${r} appears twice`).toBe(-1)
    seen[r] = i
    if (doc.clean[i] !== raw[r])
      expect(substituted.get(r), `${context}: clean ${i} (${doc.clean[i]}) vs raw ${r} (${raw[r]})`).toBe(doc.clean[i])
  }
  expect(orphans.sort().join(''), context).toBe(inserted.sort().join(''))
  let last = -1
  for (let r = 0; r < raw.length; r++) {
    if (touched[r]) continue
    expect(seen[r], `${context}: untouched raw ${r} missing`).toBeGreaterThanOrEqual(0)
    expect(seen[r], `${context}: untouched raw ${r} out of order`).toBeGreaterThan(last)
    last = seen[r]
  }
  expect([...decodeProvenance(encodeProvenance(doc.prov), doc.clean.length, raw.length)]).toEqual([...doc.prov])
}
