import type { CoreIssueParams } from '../core-issues.js';
import type { MessageCatalogue } from '../issue.js';

/** `@gk/core` messages in Chinese (the default locale). */
export const zhCN: MessageCatalogue<CoreIssueParams> = {
  'date.type': (p) => `日期应为“YYYY-MM-DD”格式的文本，实际收到 ${p.received}`,
  'date.format': (p) => `日期“${p.input}”格式不正确，应为“YYYY-MM-DD”，例如 2025-01-05`,
  'date.nonexistent': (p) =>
    p.month < 1 || p.month > 12
      ? `日期“${p.input}”不存在：月份应在 01 至 12 之间`
      : p.year < 1
        ? `日期“${p.input}”不存在：年份应在 0001 至 9999 之间`
        : `日期“${p.input}”不存在：${String(p.year)}年${String(p.month)}月只有${String(p.daysInMonth)}天`,
  'instant.format': (p) => `时间“${p.input}”格式不正确，应为带时区偏移的 ISO 8601 时间，例如 2025-01-05T09:30:00+08:00`,
  'uscc.format': (p) =>
    `统一社会信用代码“${p.input}”格式不正确：应为 18 位，由数字和除 I、O、S、V、Z 以外的大写字母组成，第 2 位为机构类别码（1—9），第 3 至 8 位为登记管理机关行政区划码（GB 32100-2015）`,
  'uscc.authority': (p) =>
    `统一社会信用代码“${p.input}”的登记管理部门码“${p.authority}”无效：第 1 位应为 1—9、A、N 或 Y（GB 32100-2015）`,
  'uscc.organizationCode': (p) =>
    `统一社会信用代码“${p.input}”中的组织机构代码（第 9 至 17 位）校验码错误：第 17 位应为 ${p.expected}（GB 11714-1997）`,
  'uscc.checksum': (p) => `统一社会信用代码“${p.input}”校验码错误：第 18 位应为 ${p.expected}（GB 32100-2015）`,
  'residentId.format': (p) =>
    `公民身份号码“${p.input}”格式不正确：应为 18 位，前 17 位为数字，末位为数字或 X（GB 11643-1999）`,
  'residentId.region': (p) => `公民身份号码“${p.input}”的地址码无效：前两位 ${p.province} 不是省级行政区划代码`,
  'residentId.birthDate': (p) => `公民身份号码“${p.input}”的出生日期（第 7 至 14 位）不是有效日期`,
  'residentId.checksum': (p) => `公民身份号码“${p.input}”校验码错误：末位应为 ${p.expected}（GB 11643-1999）`,
  'divisionCode.format': (p) => `行政区划代码“${p.input}”格式不正确：应为 6 位数字（GB/T 2260）`,
  'divisionCode.province': (p) => `行政区划代码“${p.input}”无效：前两位 ${p.province} 不是省级行政区划代码`,
  'divisionCode.structure': (p) =>
    `行政区划代码“${p.input}”结构无效：第 3、4 位为 00 时第 5、6 位也应为 00（GB/T 2260）`,
  'citation.number': (p) =>
    `法律条文引用的${{ article: '条', paragraph: '款', item: '项' }[p.field] ?? ''}序号应为正整数，实际为 ${String(p.value)}`,
  'citation.law': (p) => `未登记的法律或文件：${p.law}`,
};
