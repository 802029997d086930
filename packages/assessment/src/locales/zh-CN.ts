import type { MessageCatalogue } from '@gk/core';
import type { AssessmentIssueParams } from '../issues.js';

/** `@gk/assessment` messages in Chinese (the default locale). */
export const zhCN: MessageCatalogue<AssessmentIssueParams> = {
  'assessment.today': (p) => `考核日期“${p.value}”无效，应为 YYYY-MM-DD 格式的日期`,
  'assessment.year': (p) => `考核年度“${p.value}”无效，应为四位数字的年份`,
  'assessment.townshipReportDue': () => '乡镇年度报告的公布期限（月、日）不是有效的日期',
  'assessment.sameAgency': (p) => `单位“${p.agencyId}”出现了不止一次，每个单位只能参加一次排名`,
  'profile.shape': (p) => `评分方案的“${p.field}”不符合要求：${p.message}`,
  'profile.unknownIndicator': (p) => `评分方案中的指标“${p.indicator}”不存在`,
  'profile.duplicateIndicator': (p) => `评分方案中的指标“${p.indicator}”重复出现`,
  'profile.weights': (p) => `评分方案各指标分值之和为 ${String(p.sum)}，应等于总分 ${String(p.total)}`,
  'profile.range': (p) => `指标“${p.indicator}”的满分线应高于零分线，且都在 0 到 1 之间`,
  'profile.performanceWeight': (p) =>
    `政务公开在绩效考核中的分值权重为 ${String(p.value * 100)}%，低于方案要求的 ${String(p.minimum * 100)}%`,
};
