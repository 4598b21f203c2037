import { describe, expect, it } from 'vitest'
import { cellWidth, columnBlocks, FULL_END, FULL_START, fullWidthEdges } from '../../../src/shared/cleanup/columnLayout'
import { analyzeRawPage } from '../../../src/shared/cleanup/rawPage'
import { seed } from './helpers'

describe('column layout', () => {
  it('counts print cells: Chinese characters and punctuation one, ASCII letters, digits and number signs half', () => {
    expect(cellWidth('近10年来,共走访慰问职工30万余人次,发')).toBe(19)
    expect(cellWidth('"1+6+N"职工服务体系,即1个智慧服务平')).toBe(19)
  })

  it('tells full-width printed lines from indented paragraph starts and short paragraph ends (seed 002)', () => {
    const page = analyzeRawPage(seed('002'))
    const flags = fullWidthEdges(page, columnBlocks(page))
    const at = (rawLine: number) => flags[page.lines.find((l) => l.index === rawLine - 1)!.order]
    expect(at(47) & FULL_START).toBeTruthy() // 近10年来,共走访… fills the column: not a paragraph start
    expect(at(45) & FULL_END).toBeTruthy() // …慰问相结合。 ends its sentence at the column's edge
    expect(at(73) & FULL_START).toBe(0) // 与此同时,… is indented
    expect(at(71) & FULL_END).toBe(0) // 务195人次。 ends the paragraph short
    expect(at(3)).toBe(0) // a headline outside any column block
  })
})
