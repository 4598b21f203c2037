import { describe, expect, it } from 'vitest'
import { continuityEvidence, textPiece } from '../../../src/shared/cleanup/continuity'
import { describeLink } from '../../../src/shared/cleanup/lineLinks'
import { jiebaLexicon } from '../../../src/node/lexicon/jiebaLexicon'
import { seedLine } from './helpers'

// Real lines of seed 002's shredded 燕山石化 article (gold reading order in eval/gold/002…clean.md).
const evidence = (a: string, b: string) => {
  const lexicon = jiebaLexicon()
  return continuityEvidence(textPiece(a, lexicon), textPiece(b, lexicon), lexicon)
}

describe('continuity evidence between two lines', () => {
  const practice = seedLine('002', 19) // …开展"我为群众办实事"实践
  const action = seedLine('002', 33) // …等6个维度的服务行动,
  const list = seedLine('002', 31) // …打造了方便快捷、
  const activity = seedLine('002', 83) // 活动,不断提升职工生活品质的一项举措。
  const channel = seedLine('002', 77) // 精准高效的服务职工新通道。

  it('counts a short first clause only as the end of a clause begun on the line before', () => {
    expect(evidence(practice, activity).shape).toBe(0.5)
    expect(evidence(action, activity).shape).toBe(0)
  })

  it('weighs a 、 list by the length of its items on the two lines', () => {
    const same = evidence(list, channel)
    const shorter = evidence(list, activity)
    expect(same.shape).toBe(0.5)
    expect(same.specific).toBeGreaterThanOrEqual(0.5)
    expect(shorter.shape).toBe(-0.5)
    expect(same.total).toBeGreaterThan(shorter.total)
    expect([same.list, shorter.list]).toEqual([0.5, -0.5])
    const lexicon = jiebaLexicon()
    const link = { a: 0, b: 1, score: same.total, evidence: same, adjacency: 0, jump: 0, column: true }
    expect(describeLink(link, textPiece(list, lexicon), textPiece(channel, lexicon))).toContain(
      'the list goes on with an item of the same length'
    )
    // No list on the first line, no such points.
    expect(evidence(action, channel).shape).toBe(0)
  })
})
