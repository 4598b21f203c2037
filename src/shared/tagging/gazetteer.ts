// A small gazetteer: provinces (full and short names), prefecture-level cities and prefectures by province, and the
// big regions. Counties are not listed: the rules find them by their suffix (县/市/区…) and the POS tagger's dictionary.

/** Province-level divisions: short name → full name. */
export const PROVINCES: Readonly<Record<string, string>> = {
  北京: '北京市',
  天津: '天津市',
  上海: '上海市',
  重庆: '重庆市',
  河北: '河北省',
  山西: '山西省',
  辽宁: '辽宁省',
  吉林: '吉林省',
  黑龙江: '黑龙江省',
  江苏: '江苏省',
  浙江: '浙江省',
  安徽: '安徽省',
  福建: '福建省',
  江西: '江西省',
  山东: '山东省',
  河南: '河南省',
  湖北: '湖北省',
  湖南: '湖南省',
  广东: '广东省',
  海南: '海南省',
  四川: '四川省',
  贵州: '贵州省',
  云南: '云南省',
  陕西: '陕西省',
  甘肃: '甘肃省',
  青海: '青海省',
  台湾: '台湾省',
  内蒙古: '内蒙古自治区',
  广西: '广西壮族自治区',
  西藏: '西藏自治区',
  宁夏: '宁夏回族自治区',
  新疆: '新疆维吾尔自治区',
  香港: '香港特别行政区',
  澳门: '澳门特别行政区'
}

const CITIES_BY_PROVINCE: Readonly<Record<string, string>> = {
  河北: '石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水',
  山西: '太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁',
  内蒙古: '呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 兴安 锡林郭勒 阿拉善',
  辽宁: '沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛',
  吉林: '长春 四平 辽源 通化 白山 松原 白城 延边',
  黑龙江: '哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 大兴安岭',
  江苏: '南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁',
  浙江: '杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水',
  安徽: '合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城',
  福建: '福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德',
  江西: '南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶',
  山东: '济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽',
  河南: '郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源',
  湖北: '武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门 神农架',
  湖南: '长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西',
  广东: '广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮',
  广西: '南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 来宾 崇左',
  海南: '海口 三亚 三沙 儋州',
  四川: '成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山',
  贵州: '贵阳 六盘水 遵义 安顺 毕节 铜仁 黔西南 黔东南 黔南',
  云南: '昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆',
  西藏: '拉萨 日喀则 昌都 林芝 山南 那曲 阿里',
  陕西: '西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛',
  甘肃: '兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 临夏 甘南',
  青海: '西宁 海东 海北 黄南 果洛 玉树 海西',
  宁夏: '银川 石嘴山 吴忠 固原 中卫',
  新疆: '乌鲁木齐 克拉玛依 吐鲁番 哈密 昌吉 博尔塔拉 巴音郭楞 阿克苏 克孜勒苏 喀什 和田 伊犁 塔城 阿勒泰 石河子'
}

/** Prefecture-level city or prefecture short name → province short name. */
export const CITY_PROVINCE: ReadonlyMap<string, string> = new Map(
  Object.entries(CITIES_BY_PROVINCE).flatMap(([p, list]) => list.split(' ').map((c): [string, string] => [c, p]))
)

/**
 * Short names that are also common words, personal names or brands (朝阳, 大庆, 安康, 阿里 …): they count as places
 * only with their suffix (朝阳市) or right after another place (辽宁朝阳).
 */
export const AMBIGUOUS_SHORT_NAMES: ReadonlySet<string> = new Set(
  (
    '朝阳 白山 中山 来宾 普洱 文山 山南 海东 海北 海西 黄南 玉树 阿里 安康 白银 大同 长治 金华 和田 日照 泰安 德宏 保山 吉安 ' +
    '宜春 大庆 包头 四平 黑河 三明 南平 东营 承德 通化 新余 定西 武威 平凉 中卫 天门 红河 怒江 兴安 大理 林芝 楚雄 ' +
    '丽江 昌吉 巴中 眉山 广安 六安 黄山 仙桃 神农架 甘南 湘西 恩施 延边 阿坝 凉山 甘孜 益阳 永州 常德 南充 乐山 ' +
    '内江 吉林 海南 台州 宁德 龙岩 铜仁 安顺 吴忠 固原 金昌 庆阳 天水 商洛 伊春 鹤岗 荆门 孝感 随州 咸宁 江门'
  ).split(' ')
)

/** Big regions (华北, 长三角 …): places without a province. */
export const REGIONS: ReadonlySet<string> = new Set(
  '华北 东北 华东 华南 华中 西北 西南 京津冀 长三角 珠三角 粤港澳大湾区 大湾区 东部 中部 西部'.split(' ')
)

const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/u

/** Province short name of a province or prefecture-level name with or without its suffix (滨海县 → null, 江苏省 → 江苏, 长沙市 → 湖南). */
export function provinceOf(name: string): string | null {
  const bare = name.replace(PROVINCE_SUFFIX, '')
  if (PROVINCES[bare]) return bare
  for (const [short, full] of Object.entries(PROVINCES)) if (full === name) return short
  const city = name.replace(
    /(?:市|地区|盟|州|回族自治州|藏族自治州|彝族自治州|土家族苗族自治州|朝鲜族自治州|自治州)$/u,
    ''
  )
  return CITY_PROVINCE.get(city) ?? CITY_PROVINCE.get(name) ?? null
}

/** Every gazetteer name (short and full province names, city short names, regions), longest first. */
export const GAZETTEER_NAMES: readonly string[] = [
  ...new Set([...Object.keys(PROVINCES), ...Object.values(PROVINCES), ...CITY_PROVINCE.keys(), ...REGIONS])
].sort((a, b) => b.length - a.length)
