import type { MessageCatalogue } from '@gk/core';
import type { ReportIssueParams } from '../report-issues.js';

const sign = (n: number): string => (n > 0 ? `+${String(n)}` : String(n));

/** `@gk/annual-report` messages in Chinese (the default locale). */
export const zhCN: MessageCatalogue<ReportIssueParams> = {
  'report.shape': (p) => `报告的“${p.field}”缺失或格式不正确`,
  'report.format': (p) => `未知的报告格式“${p.received}”，应为 2021 或 2019-trial`,
  'report.unknownRow': (p) => `${p.table}有格式中没有的行“${p.label}”`,
  'report.missingRow': (p) => `${p.table}缺少“${p.label}”行`,
  'report.rowOrder': (p) => `${p.table}的“${p.label}”行位置不对，应为第 ${String(p.expectedIndex + 1)} 行`,
  'report.labelVariant': (p) => `${p.table}的“${p.found}”按正式名称“${p.official}”处理`,
  'report.columns': (p) => `${p.table}的列应为：${p.expected.join('、')}；实际为：${p.found.join('、')}`,
  'report.blankCell': (p) => `${p.table}“${p.row}”行“${p.column}”列为空，按 0 计算`,
  'report.cellValue': (p) => `${p.table}“${p.row}”行“${p.column}”列的值“${p.value}”不是非负整数`,
  'report.balance': (p) =>
    `表三“${p.column}”列：一、本年新收加二、上年结转为 ${String(p.left)}，（七）总计加四、结转下年度为 ${String(p.right)}，相差 ${sign(p.difference)}`,
  'report.resultTotal': (p) =>
    `表三“（七）总计”行“${p.column}”列为 ${String(p.total)}，（一）至（六）各项之和为 ${String(p.sum)}，相差 ${sign(p.difference)}`,
  'report.rowTotal': (p) =>
    `表三“${p.row}”行“总计”列为 ${String(p.total)}，前六列之和为 ${String(p.sum)}，相差 ${sign(p.difference)}`,
  'report.appealTotal': (p) =>
    `表四“${p.group}”的“总计”为 ${String(p.total)}，结果维持、结果纠正、其他结果、尚未审结之和为 ${String(p.sum)}，相差 ${sign(p.difference)}`,
  'input.field': (p) => `年度报告数据的“${p.field}”缺失或格式不正确`,
  'input.outcome': (p) =>
    `“${p.received}”不是办理结果代码（应为 disclosed、partiallyDisclosed、withheld.stateSecret 这样的代码）`,
  'input.tooMany': (p) => `年度报告数据的“${p.field}”超过 ${String(p.limit)} 项`,
  'input.tooLong': (p) => `年度报告数据的“${p.field}”超过 ${String(p.limit)} 个字符`,
  'report.rollUpMismatch': (p) => `汇总的报告${p.field}不一致：应为“${p.expected}”，实际为“${p.found}”`,
  'report.textMismatch': (p) =>
    `${p.section}写“${p.phrase}”（${String(p.stated)}），${p.cell}为 ${String(p.value)}，请核对`,
  'import.missingCell': (p) => `${p.table}“${p.row}”行缺少“${p.column}”列的单元格（可能漏印或错位），未填数`,
  'import.noTables': () =>
    '没有找到年度报告的表格：表二应有“本年制发件数”（2021 年格式）或“本年新制作数量”（2019 年试行格式）等列',
  'import.year': () => '没有从标题读出报告年度（应为“××××年政府信息公开工作年度报告”），请指定年度',
  'import.oldFormat': (p) =>
    `${String(p.year)} 年度报告仍使用 2019 年试行格式；自 2021 年度报告起应使用国办公开办函〔2021〕30号规定的格式`,
  'report.issuerChanged': (p) => `两份报告的发布机关不同：“${p.previous}”和“${p.current}”，上下年度只对同一机关对照`,
  'report.yearGap': (p) =>
    `两份报告的年度不相连：${String(p.previous)} 年之后应为 ${String(p.previous + 1)} 年，实际为 ${String(p.current)} 年`,
  'report.carriedOver': (p) =>
    `表三“二、上年结转”“${p.column}”列为 ${String(p.current)}，${String(p.year)} 年度报告的“四、结转下年度继续办理”为 ${String(p.previous)}，应当相等`,
};
