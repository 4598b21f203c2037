// A small clean page built from real seed lines (seeds/004_5e8ab85cd838b191.txt lines 3–13, 43–51, 75–79, 119–121
// and seeds/002_68092b021be56c48.txt line 119–123), cleaned the way the gold is: full-width punctuation, datelines
// glued to the first paragraph, photo credits at the end of the caption. One paragraph per line.
export const SEED_LINES = [
  '贵州仁怀市总成立专门工作团队，帮助小微企业工会组织建起来、转起来、活起来——',
  '“建会小分队”来了',
  '本报记者 李丰',
  '6月10日，记者来到贵州省遵义市仁怀市味来酒业公司，只见装修师傅正在给二楼的职工书屋进行最后的安装。新当选的公司工会主席陈世元欣喜地说：“这里将是工会服务职工的阵地之一。”',
  '这是仁怀市总工会向基层派出“建会小分队”所取得的工作成果之一。目前，4个“建会小分队”共计走访企业420家，指导30家机关企事业单位完善工会组织建设，新增会员2000余人，指导31家机关企事业单位工会换届。',
  '进驻工作薄弱区域',
  '仁怀市是我国著名的酱香型白酒生产基地，这里有数千家大小酒厂，大约有15万产业工人。',
  '职工线上点单 工会线下配单',
  '6月22日，安徽省淮北市总工会在市职工服务中心开办职工兴趣培训班——茶艺培训。',
  '为进一步丰富职工精神文化生活，淮北市总工会采取“职工线上点单工会线下配单”方式，开办职工夜校兴趣班，广受职工欢迎。一年来，共计开办30余期，培训职工4000余人次。 本报通讯员 张锋 孟宪勋 摄',
  '量化目标任务 明确部门责任',
  '江苏阜宁县总实施“六个100”行动',
  '本报（记者王伟 通讯员唐璐 周永祥）记者日前获悉，江苏省盐城市阜宁县总工会今年将以实施“六个100”行动为抓手，量化工会工作目标，用责任制考核推进相关工作落实落地。',
  '阜宁县人大常委会副主任、县总工会主席计俊介绍，“六个100”行动即培育和选树党工干部交叉任职的优秀工会主席100名。',
  '北江洪峰过境广东英德城区',
  '市总组织干部职工积极参与抗洪，保障群众生命安全',
  '本报广州6月23日电（记者叶小钟 通讯员廖宇红 实习生谢迅）记者今天从广东省清远市英德市了解到，近日英德及上游地区遭遇长时间持续降雨。',
  '阅读提示',
  '如何深入推进“产改”？山东省高密市总工会注重发挥典型的示范带动作用，点燃创新创效的“星星之火”。'
]

/** The page with one paragraph per line. */
export const SEED_PAGE = SEED_LINES.join('\n') + '\n'

/** The same page with a blank line between paragraphs, as some cleaned pages have. */
export const SEED_PAGE_BLANK = SEED_LINES.join('\n\n') + '\n'

/** UTF-16 offset of the start of line `i` (0-based) in `page`. */
export function lineStart(page: string, i: number): number {
  return page.indexOf(SEED_LINES[i])
}
