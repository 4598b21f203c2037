import { describe, expect, it } from 'vitest'
import type { PosTagger } from '../../../src/shared/tagging/posTagger'
import { annotate } from './annotatePage'

describe('PER rules (no tagger)', () => {
  it('tags every reporter of a dateline, several names after one role word included', () => {
    const page =
      '辽源市总走访慰问公交一线职工\n本报讯（记者彭冰 柳姗姗 通讯员曲思达）3月11日，吉林省辽源市总工会组织开展走访慰问活动。\n'
    expect(annotate(page).PER).toEqual(['彭冰', '柳姗姗', '曲思达'])
  })

  it('tags the names of a byline line and of a photo credit, splitting glued names by their surnames', () => {
    expect(annotate('3粒“种子”赋能“产改”\n本报记者 田国奎 本报通讯员 冯际刚\n正文。\n').PER).toEqual([
      '田国奎',
      '冯际刚'
    ])
    expect(annotate('职工线上点单 工会线下配单\n6月22日，培训职工4000余人次。 本报通讯员 张锋孟宪勋 摄\n').PER).toEqual(
      ['张锋', '孟宪勋']
    )
  })

  it('tags the name after a title, without the title, and its other occurrences in the article', () => {
    const page = '标题\n滨海县总工会主席杨朝晖介绍，“挺进班”共吸纳1748名工会干部。杨朝晖说，这是一件好事。\n'
    expect(annotate(page).PER).toEqual(['杨朝晖', '杨朝晖'])
  })

  it('tags a name before a speech verb after a quote, and 老韩 / 杨某', () => {
    expect(annotate('标题\n“一是网络主播的素质良莠不齐。”陈世元说。\n').PER).toEqual(['陈世元'])
    expect(annotate('标题\n近日，农民工老韩感慨道。工程完工后，杨某只支付了部分工资。\n').PER).toEqual(['老韩', '杨某'])
  })

  it('does not take 某些 or a title followed by a plain word for a name', () => {
    expect(annotate('标题\n对于某些企业，公司工会主席和副主席都要参加。\n').PER).toBeUndefined()
  })

  it('trusts the tagger that a dictionary word is not a name (职工成长)', () => {
    const line = '在思想上打通企业家关心职工成长、职工关心企业发展的堵点。'
    const words = [
      '在',
      '思想',
      '上',
      '打通',
      '企业家',
      '关心',
      '职工',
      '成长',
      '、',
      '职工',
      '关心',
      '企业',
      '发展',
      '的',
      '堵点',
      '。'
    ]
    const tags: Record<string, string> = { 成长: 'v', 关心: 'v', 打通: 'v', 发展: 'vn' }
    const tagger: PosTagger = {
      tag(text: string) {
        if (text !== line) return [{ start: 0, end: text.length, pos: 'x' }]
        let at = 0
        return words.map((w) => ({ start: (at += w.length) - w.length, end: at, pos: tags[w] ?? 'n' }))
      }
    }
    const page = `标题\n${line}\n`
    expect(annotate(page).PER).toEqual(['成长'])
    expect(annotate(page, { tagger }).PER).toBeUndefined()
  })
})
