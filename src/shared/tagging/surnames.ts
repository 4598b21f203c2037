// Chinese surnames for name rules: the common single-character ones and the compound ones.

/** Common single-character surnames (the ~400 most frequent; characters that are mostly function words left out). */
export const SURNAMES: ReadonlySet<string> = new Set(
  [
    ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
    ...'常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
    ...'么支计任樊阚冼鞠钮嵇糜鄢隗乜亓逯仝蔺郜璩晁禹揭毋诸寿茅巴杭温郦卢滑佴粟浦伏'
  ].filter((c) => c !== '和')
)

/** Compound surnames. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 南宫 独孤 呼延 澹台 百里 东郭 西门 万俟'.split(
    ' '
  )
)

/** Length (1 or 2 UTF-16 units) of the surname that opens `text`, or 0. */
export function surnameLength(text: string): number {
  if (COMPOUND_SURNAMES.has(text.slice(0, 2))) return 2
  return SURNAMES.has(text[0] ?? '') ? 1 : 0
}
