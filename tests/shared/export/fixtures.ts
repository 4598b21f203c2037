// Realistic export input: articles from the gold pages (shared/eval/gold, cleaned by hand from seeds 004 and 002)
// with their gold entities located in the text, plus a constructed article with 𠮷 (outside the BMP).
import type { ExportArticle, ExportLine, ExportSpan } from '../../../src/shared/export/article'
import { DEFAULT_LABELS } from '../../../src/shared/model/library'
import type { ArticleType, PageStatus } from '../../../src/shared/model/page'

interface GoldArticle {
  seed: string
  n: number
  kicker: string | null
  headline: string | null
  subheads: string[]
  byline: string | null
  type: string
  /** Body paragraphs; "## " marks an in-article section heading. */
  paras: string[]
  entities: Record<string, string[]>
}

const GOLD: GoldArticle[] = [
  {
    seed: '004_5e8ab85cd838b191.txt',
    n: 1,
    kicker: '贵州仁怀市总成立专门工作团队，帮助小微企业工会组织建起来、转起来、活起来——',
    headline: '“建会小分队”来了',
    subheads: [],
    byline: '本报记者 李丰',
    type: 'feature',
    paras: [
      '6月10日，记者来到贵州省遵义市仁怀市味来酒业公司，只见装修师傅正在给二楼的职工书屋进行最后的安装。新当选的公司工会主席陈世元欣喜地说：“这里将是工会服务职工的阵地之一。”',
      '从对成立工会有疑虑，到体会到工会的各项服务，味来酒业高管层被仁怀市总工会“建会小分队”的服务诚意折服。在工会的帮助下，该公司员工流失率很快降低。',
      '这是仁怀市总工会向基层派出“建会小分队”所取得的工作成果之一。目前，4个“建会小分队”共计走访企业420家，指导30家机关企事业单位完善工会组织建设，新增会员2000余人，指导31家机关企事业单位工会换届。',
      '## 进驻工作薄弱区域',
      '仁怀市是我国著名的酱香型白酒生产基地，这里有数千家大小酒厂，大约有15万产业工人。',
      '2021年，仁怀市总工会数次调研后发现：各级工会组织已经覆盖近13万职工会员，但依然有近2万名职工还没有加入工会组织，这部分群体大部分就业于小微非公企业和网络平台企业，在工会规范化建设及新业态形态劳动者权益维护方面存在一定难度。',
      '为了增强小微企业职工对工会组织的认同感，促进小微企业工会组织建起来、转起来、活起来，2022年起，仁怀市总工会经过反复探讨，决定创建“建会小分队”，直接进驻建会率相对不高的乡镇、街道及园区，提供精准服务，上门推进小微企业工会规范化建设。',
      '“我们成立4个小分队，每个小分队都由市总工会班子成员和部门负责人带领带队。同时，我们为每个小分队分配2~3名工会社会化工作者，保证服务质量和人手力量。”仁怀市总工会党组书记、副主席赵洪介绍说，“建会小分队”以服务党建带工建为工作方向，坚持重心下移、力量下沉。队员的核心工作主要分为宣传准备、调查摸底、建会入会、阵地建设、检查验收和总结评估等6个方面。',
      '工作中，各小分队以所负责的区域为单位，依托乡镇（街道）、经开区、商务局等主管单位和行业主管部门，主动上门对全市的各类企业、“两新”组织和新业态形态劳动者群体进行调查摸底，详细了解其生产经营、组织建设和职工权益保障等情况，为建会工作提供依据。',
      '## 3次登门使企业转变认识',
      '近年来，随着直播带货日渐火爆，仁怀市酱香型白酒企业纷纷涉足直播销售，不少企业聘用了大量网络主播。以味来酒业为例，该公司现有30多名直播销售员，但新的销售模式也带来新的困扰。“一是网络主播的素质良莠不齐，二是主播跳槽速度快，增加了企业的经营难度。”陈世元说。',
      '3月，“建会小分队”上门推进建会工作，但该公司部分股东表达了对成立工会的疑虑。于是，“建会小分队”向他们宣传工会法、介绍党工共建、讲构建和谐劳动关系……最终，在“建会小分队”3次登门后，味来酒业管理层转变了对成立工会的认知，在仁怀市总工会指导下成立了工会。',
      '“我们决定以党建带工建入手，在规范劳动用工、组织员工活动、提升员工素质3个方面发挥工会作用，帮助企业实现和谐发展。”仁怀市总工会工作人员余俊告诉记者，为帮助企业稳定队伍，市总工会开办全市白酒销售网络直播从业人员技能提升培训班，味来酒业派出直播销售员参加免费培训，解决了困扰企业的人才队伍成长和流失的问题。',
      '针对某大型网约车平台公司不愿成立工会的情况，“建会小分队”为平台旗下网约车司机送去“暖心礼包”，还将司机纳入职工互助医疗保障。最后，企业不但主动要求建会，还动员其他快递、送餐等网约车平台公司一起加入工会，带动450名网约车司机、外卖小哥入会。'
    ],
    entities: {
      PER: ['李丰', '陈世元', '赵洪', '余俊'],
      ORG: ['贵州仁怀市总', '贵州省遵义市仁怀市味来酒业公司', '味来酒业', '仁怀市总工会', '市总工会'],
      LOC: ['仁怀市'],
      DATE: ['6月10日', '2021年', '2022年', '3月'],
      MONEY: []
    }
  },
  {
    seed: '004_5e8ab85cd838b191.txt',
    n: 2,
    kicker: null,
    headline: '职工线上点单 工会线下配单',
    subheads: [],
    byline: '本报通讯员 张锋 孟宪勋 摄',
    type: 'photo',
    paras: [
      '6月22日，安徽省淮北市总工会在市职工服务中心开办职工兴趣培训班——茶艺培训。',
      '为进一步丰富职工精神文化生活，淮北市总工会采取“职工线上点单工会线下配单”方式，开办职工夜校兴趣班，课程涵盖摄影、健身操、声乐、乐器、抖音制作、书法、面点、插花、猜谜、茶艺等，广受职工欢迎。一年来，共计开办30余期，培训职工4000余人次。'
    ],
    entities: {
      PER: ['张锋', '孟宪勋'],
      ORG: ['安徽省淮北市总工会', '市职工服务中心', '淮北市总工会'],
      LOC: [],
      DATE: ['6月22日'],
      MONEY: []
    }
  },
  {
    seed: '004_5e8ab85cd838b191.txt',
    n: 3,
    kicker: '量化目标任务 明确部门责任',
    headline: '江苏阜宁县总实施“六个100”行动',
    subheads: [],
    byline: '本报（记者王伟 通讯员唐璐 周永祥）',
    type: 'news',
    paras: [
      '记者日前获悉，江苏省盐城市阜宁县总工会今年将以实施“六个100”行动为抓手，围绕培育工会干部、开展劳动技能竞赛等方面工作，量化工会工作目标，用责任制考核推进相关工作落实落地。',
      '阜宁县人大常委会副主任、县总工会主席计俊介绍，“六个100”行动即培育和选树党工干部交叉任职的优秀工会主席100名；组织建功立业劳动技能竞赛100场（次）；培植场地适宜、功能配套、职工信赖的职工之家等载体平台100个；选树劳模创新工作室、工人先锋号等优秀班组100个；培植政治素养、技术技能两提升的“金蓝领”典型100个；为100名困难职工提供金秋助学、大病救助等帮扶服务。',
      '阜宁县总工会采取培树典型带动、联手兴家互动、资金奖补推动、考核评比促动等措施，推进职工之家建设。今年以来，已经新打造硬件、软件达标的职工之家36个。',
      '此外，阜宁县总工会开展“五助一卡”帮扶活动，为20名下岗职工（农民工）提供创业贷款贴息；投入5万元为100名困难职工实现“微心愿”；向以货车司机、网约车司机等为主的新业态形态劳动者赠送专项保险450份。',
      '据了解，为推进工作落实，阜宁县总工会制定了目标责任制，将“六个100”行动细化成18个子项目，明确完成时间节点、牵头领导、责任科室（人）和考核程序。'
    ],
    entities: {
      PER: ['王伟', '唐璐', '周永祥', '计俊'],
      ORG: ['江苏阜宁县总', '江苏省盐城市阜宁县总工会', '阜宁县人大常委会', '县总工会', '阜宁县总工会'],
      LOC: [],
      DATE: ['今年', '今年以来'],
      MONEY: ['5万元']
    }
  },
  {
    seed: '004_5e8ab85cd838b191.txt',
    n: 4,
    kicker: '陕西工会全力为党政分忧为企业解困为职工解难',
    headline: '上下整体联动 助推复工复产',
    subheads: ['抗疫情促发展 工会在行动'],
    byline: '本报（记者毛浓曦）',
    type: 'news',
    paras: [
      '近日，记者了解到，陕西省总工会在引导各级工会积极投身疫情防控工作之时，发挥工会组织的资源优势，整体联动，助推复工复产，为党政分忧、为企业解困、帮职工解难。',
      '2021年底，陕西新一轮疫情突发。关键时刻，陕西省总工会迅速安排专项资金2270万元，带动全省各级工会投入超过2亿元，用于开展定向补助、走访慰问，为一线医务人员及其家属办理意外保险和职工互助保障，并开通医护人员和职工心理咨询热线，编发《疫情防护手册》等。',
      '疫情缓解后，陕西工会把帮助企业复工复产作为工会服务大局的发力点。印发《稳定劳动关系支持企业复工复产的意见》《企业集体协商工作指南》等，为企业工会提供政策依据和指南；全省工会联动举办“工会春送岗位助力复工复产”就业服务活动，组织2305家用工企业发布招聘岗位近10万个；返还小微企业工会经费，截至2021年11月，给22772家小微企业返还工会经费7779万余元。',
      '同时，陕西工会突出重点，加强对新业态形态劳动者的权益维护。推动制定《推进新业态形态劳动者工会工作专项工作方案》。',
      '各市（区）总工会以货运挂靠企业、快递加盟企业、平台关联企业为重点，组成专项工作小组，分区划片上门服务，推动建会入会工作。截至今年5月底，全省已建覆盖货车司机、网约车司机、快递员、网约配送员等4个新业态形态劳动者群体的工会组织994个，建成市级行业工会联合会13个、县（区）及以下行业工会联合会92个，吸纳新业态劳动者工会会员10.19万人；精准关爱新业态劳动者。组建“工会干部+公职律师+专业律师”的法治体检组，深入新业态企业开展“法治体检”活动。省总工会本级为1万名新业态形态劳动者赠送互助保障和“两癌”筛查。全省建成工会爱心驿站2000余家，实现全省各县区全覆盖。'
    ],
    entities: {
      PER: ['毛浓曦'],
      ORG: ['陕西工会', '陕西省总工会', '省总工会'],
      LOC: ['陕西'],
      DATE: ['2021年底', '2021年11月', '今年5月底'],
      MONEY: ['2270万元', '2亿元', '7779万余元']
    }
  },
  {
    seed: '002_68092b021be56c48.txt',
    n: 1,
    kicker: '昆明呈贡区建立“驻站指导+服务+N”工作模式，助推“产改”向产业链覆盖',
    headline: '“联链”服务站聚焦打通“产改”难点堵点',
    subheads: [],
    byline: '本报讯（记者赵黎浩）',
    type: 'news',
    paras: [
      '近日，云南省昆明市呈贡区产业工人队伍建设改革“联链”服务站在斗南国际花卉产业园区揭牌，标志着呈贡区“上下发力、连片推进、联动发展、链式服务”的“产改”新模式迈出坚实步伐。',
      '斗南国际花卉产业园区和云南省数字经济开发区均位于呈贡区，其中，花卉产业园区拥有全国唯一一家国家级花卉交易市场和全国第一、世界第二的花卉拍卖中心等龙头企业，形成花卉产业集群，而数字经济开发区则是云南省唯一以大数据、云计算等数字经济产业为特色的园区，两个园区集聚了4000余名产业工人。为助推“产改”向特色园区挺进、向产业链覆盖，经呈贡区“产改”领导小组协调，决定由工会联合多部门在花卉产业园区建立“联链”服务站。',
      '“联链”服务站配备“一站两员”，推荐基层工会主席担任服务站站长、选拔重点企业工会工作者成为驻站员、选派“产改”专班联络员。各驻站员以行业对口、熟悉情况为原则，各负责一个网格，采取“一对一”“面对面”等方式定点宣传、定点指导、定点服务“产改”企业，做到每个链条都有服务专班、专员、专人，打造一支“产改”专业化服务队。',
      '“联链”服务站列出花卉产业园区、数字经济开发区的包保责任清单，明确每位站长、驻站员、联络员包保企业的工作，同时建立和实施定期联系企业工作制度，全面了解企业“产改”推进情况，帮助企业解决“产改”工作中遇到的堵点和难点，及时为企业提供“产改”所需的政策、信息等综合性、全方位服务。',
      '呈贡区总工会办公室主任、“产改”专班人员刘丽春告诉记者，服务专班按照重点企业链进行包保，比如昆明国际花卉拍卖交易中心有限公司是花卉链主企业，将其产业链上的种植企业、研发、交易等重点企业纳入包保，推出一链到底的服务，通过“上下发力、连片推进、联动发展、链式服务”模式为产筑站、',
      '记者了解到，“联链”服务站将以“产改”示范企业为主阵地，打造“产改”示范区，以产业链为中心，打造“产改”示范带，推动特色产业园区“产改”形成集群优势，让产业链的上下游、产供销、大中小企业拧成一股绳，形成良好的产业发展新态势。',
      '同时，“联链”服务站依托园区、行业、产业集群联合带动小微企业落实“产改”主体责任，调动广大产业工人的改革积极性，形成聚合效应，将建立“驻站指导+服务+N”工作模式，引导更多企业和产业工人投身',
      '昆明市总工会党组副书记、常务副主席赵健吾提出，“联链”服务站要常进企业、常到班组、常访职工，做好各类链式服务，把企业“产改”典型提炼成可学可鉴的经验做法，推动“产改”向纵深发展、向基层延伸。'
    ],
    entities: {
      PER: ['赵黎浩', '刘丽春', '赵健吾'],
      ORG: [
        '云南省昆明市呈贡区产业工人队伍建设改革“联链”服务站',
        '“联链”服务站',
        '呈贡区“产改”领导小组',
        '呈贡区总工会',
        '昆明国际花卉拍卖交易中心有限公司',
        '昆明市总工会'
      ],
      LOC: [
        '昆明呈贡区',
        '斗南国际花卉产业园区',
        '云南省数字经济开发区',
        '呈贡区',
        '花卉产业园区',
        '数字经济开发区',
        '云南省'
      ],
      DATE: [],
      MONEY: []
    }
  }
]

export const LABEL_SET = DEFAULT_LABELS

/** Marks every occurrence of each surface (longest first, never overlapping an earlier mark). */
export function locate(
  text: string,
  surfaces: Record<string, string[]>,
  status: ExportSpan['status'] = 'accepted'
): ExportSpan[] {
  const all = Object.entries(surfaces).flatMap(([label, list]) => list.map((s) => ({ label, s })))
  all.sort((a, b) => b.s.length - a.s.length || (a.s < b.s ? -1 : 1))
  const taken = new Uint8Array(text.length)
  const spans: ExportSpan[] = []
  for (const { label, s } of all) {
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      if (taken.subarray(i, i + s.length).some((x) => x)) continue
      taken.fill(1, i, i + s.length)
      spans.push({ start: i, end: i + s.length, label, status })
    }
  }
  return spans
}

function linesOf(g: Pick<GoldArticle, 'kicker' | 'headline' | 'subheads' | 'byline' | 'paras'>): ExportLine[] {
  const lines: ExportLine[] = []
  if (g.kicker) lines.push({ role: 'kicker', text: g.kicker })
  if (g.headline) lines.push({ role: 'headline', text: g.headline })
  for (const s of g.subheads) lines.push({ role: 'subhead', text: s })
  if (g.byline) lines.push({ role: 'byline', text: g.byline })
  for (const p of g.paras)
    lines.push(p.startsWith('## ') ? { role: 'heading', text: p.slice(3) } : { role: 'body', text: p })
  return lines
}

const pageIdOf = (seed: string) => seed.slice(4, 20)

/** The gold articles as export input, pages in seed order, all accepted; `status` for every page. */
export function goldArticles(status: PageStatus = 'reviewed'): ExportArticle[] {
  const pages = [...new Set(GOLD.map((g) => g.seed))].sort()
  return GOLD.slice()
    .sort((a, b) => pages.indexOf(a.seed) - pages.indexOf(b.seed) || a.n - b.n)
    .map((g) => {
      const lines = linesOf(g)
      const page = pageIdOf(g.seed)
      return {
        id: `${page}-a${String(g.n).padStart(2, '0')}`,
        source: g.seed,
        page,
        pageIndex: pages.indexOf(g.seed),
        articleIndex: g.n,
        type: (g.type === 'fragment' ? 'other' : g.type) as ArticleType,
        tags: g.n === 1 ? ['工会工作', '产业工人'] : [],
        region: g.seed.startsWith('004') && g.n === 1 ? '贵州' : null,
        status,
        lines,
        entities: locate(lines.map((l) => l.text).join('\n'), g.entities)
      }
    })
}

/**
 * An article where 𠮷 (U+20BB7, two UTF-16 units) comes before entities, so UTF-16 and code-point offsets
 * differ; one entity contains 𠮷 itself, one is a pending suggestion, one sits in the byline.
 */
export function astralArticle(pageIndex = 9): ExportArticle {
  const lines: ExportLine[] = [
    { role: 'headline', text: '𠮷安村职工领到创业贴息' },
    { role: 'byline', text: '本报讯（记者王伟）' },
    { role: 'body', text: '家住𠮷安村的职工王伟说，阜宁县总工会今年为他提供了5万元创业贷款贴息。' },
    { role: 'heading', text: '工会帮扶 5G 直播' },
    { role: 'body', text: '在𠮷安村，“工会+电商”让12名职工学会了5G直播带货，月收入增加2000余元。' }
  ]
  const text = lines.map((l) => l.text).join('\n')
  const entities = [
    ...locate(text, { LOC: ['𠮷安村'], PER: ['王伟'], ORG: ['阜宁县总工会'], MONEY: ['5万元', '2000余元'] }),
    ...locate(text, { DATE: ['今年'] }, 'pending')
  ]
  return {
    id: 'f00d00000000beef-a01',
    source: '099_f00d00000000beef.txt',
    page: 'f00d00000000beef',
    pageIndex,
    articleIndex: 1,
    type: 'news',
    tags: ['帮扶救助'],
    region: '江苏',
    status: 'tagged',
    lines,
    entities
  }
}

/** Gold articles followed by the 𠮷 article: the standard test corpus. */
export function testCorpus(): ExportArticle[] {
  return [...goldArticles(), astralArticle()]
}
