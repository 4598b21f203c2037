import { describe, expect, it } from 'vitest'
import { articlesOf } from '../../../src/shared/articles/articleView'
import { segmentPage } from '../../../src/shared/articles/segmentPage'
import type { EntitySpan } from '../../../src/shared/model/page'
import { findOccurrences } from '../../../src/shared/tagging/occurrences'
import { suggestRegion } from '../../../src/shared/tagging/region'

// seeds/002 lines 141–163, cleaned.
const TEXT =
  '华北分公司有职工320多名。但作为中建五局安装公司下属的区域分公司，华北分公司经营范围涉及华北、东北7省市。华北分公司总经理张海朝也曾担任过公司工会主席。'

describe('findOccurrences', () => {
  it('lists every occurrence with context, skipping those that overlap existing spans', () => {
    const first = TEXT.indexOf('华北分公司')
    const existing: EntitySpan[] = [
      { id: 'e1', start: first, end: first + 5, label: 'ORG', status: 'accepted', origin: 'human' }
    ]
    const found = findOccurrences(TEXT, '华北分公司', 'ORG', existing, 3)
    expect(found.map((o) => TEXT.slice(o.start, o.end))).toEqual(['华北分公司', '华北分公司'])
    expect(found[0]).toMatchObject({ label: 'ORG', before: '公司，', after: '经营范' })
    expect(found.some((o) => o.start === first)).toBe(false)
  })

  it('refuses an empty needle', () => {
    expect(() => findOccurrences(TEXT, ' ', 'ORG')).toThrow(RangeError)
  })
})

describe('suggestRegion', () => {
  const region = (clean: string) => suggestRegion(articlesOf(clean, segmentPage(clean))[0])

  it('names the province of the places in the article, titles first', () => {
    expect(
      region(
        '集纳技术骨干等专业人才助企业“越坎爬坡”\n滨海县总组建947个民企“挺进班”\n本报讯（记者王伟）今年1月，江苏省滨海县总工会针对全县民营企业开展服务。\n'
      )
    ).toBe('江苏')
    expect(
      region(
        '甘肃临夏市总搭建平台传递温暖\n职工“微心愿”工会来实现\n本报讯（记者康劲）近日，甘肃省临夏回族自治州临夏市总工会举行活动。\n'
      )
    ).toBe('甘肃')
    expect(
      region(
        '中建五局安装公司华北分公司工会开通“主席信箱”\n@工会主席，您有职工来信请查收\n中建五局总部位于湖南省长沙市。职工社保在长沙缴纳。\n'
      )
    ).toBe('湖南')
  })

  it('gives null when no place points to a province', () => {
    expect(
      region(
        '点亮职工美好生活\n本报讯（通讯员么大志）近日，随着送清凉专车进入厂区，一箱箱清凉饮品送到了一线职工手中。\n'
      )
    ).toBeNull()
  })
})
