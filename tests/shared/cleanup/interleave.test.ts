import { describe, expect, it } from 'vitest'
import { cleanWith, seed, squeeze, suggest } from './helpers'

// Gold (eval/gold/002…gold.json interleaved_lines): raw line 105 mixes the Ningxia article with the dateline of the
// 燕山石化 article, which continues at raw line 15 ("一箱箱清凉饮品…").
const PART_A =
  '本报讯 (记者马学礼 通讯员陈伟红)日 前,宁夏回族自治区总工会出台文件,明确全 区工会组织立足工作职能,通过8项措施,深 化产业工人队伍建设改革,助推全区营商环境 全方位提升,促进全区民营经济高质量发展。'
const PART_B = '本报讯 (通讯员么大志 支咪咪)近日, 随着送清凉专车进入燕山石化炼油厂厂区,'

describe('interleaved columns', () => {
  const page = seed('002')
  const group = suggest(page).filter((s) => s.kind === 'interleave')

  it('finds the one interleaved line and proposes where the second column goes, ranked', () => {
    expect(group.map((s) => s.rank).sort()).toEqual([1, 2])
    expect(group.every((s) => !s.safe && s.group === group[0].group)).toBe(true)
    expect(group.find((s) => s.rank === 1)!.meta?.homeLine).toBe(15)
  })

  it('splits the line into the gold parts and puts the second before its continuation', () => {
    const clean = cleanWith(page, ['interleave'])
    const lines = clean.split('\n').map(squeeze)
    expect(lines).toContain(squeeze(PART_A))
    expect(lines).toContain(squeeze(PART_B) + squeeze('一箱箱清凉饮品送到了一线职工手中,也将'))
  })

  it('leaves ordinary datelines alone', () => {
    for (const p of ['000', '001', '003', '004'])
      expect(suggest(seed(p)).filter((s) => s.kind === 'interleave')).toEqual([])
  })
})
