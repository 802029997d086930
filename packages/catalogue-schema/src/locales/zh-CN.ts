import type { MessageCatalogue } from '@gk/core';
import type { CatalogueLabels, CatalogueOwnIssueParams } from '../catalogue-issues.js';
import type { ReportTexts } from '../report-texts.js';

/** Field and place names in Chinese. */
export const zhCNLabels: CatalogueLabels = {
  fields: {
    document: '目录文件的内容',
    formatVersion: '格式版本',
    header: '目录信息',
    title: '标题',
    jurisdiction: '行政区划',
    divisionCode: '行政区划代码',
    name: '名称',
    agency: '编制机关',
    uscc: '统一社会信用代码',
    domain: '领域',
    version: '版本',
    effectiveOn: '施行日期',
    guideline: '标准指引',
    docNo: '文号',
    tierLabels: '公开层级表头',
    items: '公开事项',
    id: '编号',
    primaryMatter: '一级事项',
    secondaryMatter: '二级事项',
    tertiaryMatter: '三级事项',
    contentElements: '公开内容（要素）',
    basis: '公开依据',
    timeLimit: '公开时限',
    publisher: '公开主体',
    channels: '公开渠道和载体',
    audience: '公开对象',
    specificGroups: '特定群体',
    mode: '公开方式',
    tiers: '公开层级',
    instanceFields: '实例字段',
    instances: '实例',
    notApplicable: '不适用说明',
    reason: '理由',
    guidelineItemId: '对应指引事项',
    extra: '其他列',
    requirement: '必选/可选',
    mark: '标记',
  },
  item: (n) => `第${String(n)}项`,
  entry: (n) => `第${String(n)}个`,
  separator: ' ',
  values: { public: '全社会', specificGroups: '特定群体', proactive: '主动', onRequest: '依申请' },
  list: (values) => values.join('、'),
};

const label = (field: string): string => zhCNLabels.fields[field] ?? field;
const EXPECTED: Readonly<Record<string, string>> = {
  string: '文本',
  array: '列表',
  object: '一个对象（一组“字段: 值”，目录文件即 { "formatVersion": "1", "header": …, "items": […] }）',
  channel: '渠道文本（如“■政府网站”）或渠道对象',
  record: '字段到文本的对照',
};

/** `@gk/catalogue-schema` messages in Chinese (the default locale). */
export const zhCN: MessageCatalogue<CatalogueOwnIssueParams> = {
  'catalogue.required': (p) =>
    p.required54
      ? `缺少${label(p.field)}：国办发〔2019〕54号要求目录列明公开事项的名称、内容、依据、时限、主体、方式、渠道、公开对象`
      : `缺少${label(p.field)}`,
  'catalogue.type': (p) => `${label(p.field)}应为${EXPECTED[p.expected] ?? p.expected}`,
  'catalogue.enum': (p) => `${label(p.field)}的值“${p.received}”无效，可选值为：${p.allowed.join('、')}`,
  'catalogue.unknownField': (p) => `未知字段“${p.field}”；原表的其他列请放在“其他列”（extra）中`,
  'catalogue.format': (p) => `${label(p.field)}“${p.input}”格式不正确`,
  'catalogue.recommended': (p) => `建议填写${label(p.field)}`,
  'catalogue.channelUnknown': (p) => `渠道“${p.name}”不在常用的十三种渠道之内，已按原文保留`,
  'catalogue.channelDuplicate': (p) => `渠道“${p.name}”重复列出`,
  'catalogue.channelMarkUnknown': (p) => `渠道“${p.name}”的标记“${p.mark}”含义不明（■ 为必选，□ 为可选），按未标明处理`,
  'catalogue.timeLimitUnrecognized': (p) => `无法识别的公开时限“${p.text}”，已按原文保留，无法计算到期日`,
  'catalogue.sameAsAboveFirst': (p) => `${label(p.field)}写“同上”，但上方没有事项可以参照`,
  'catalogue.tierUnknown': (p) => `公开层级“${p.label}”无法对应到市、县、乡、村任何一级`,
  'catalogue.instancesWithoutFields': () => `有实例行但未声明实例字段`,
  'catalogue.instanceFieldUndeclared': (p) => `实例行使用了未声明的字段“${p.field}”`,
  'catalogue.instanceFieldMissing': (p) => `实例行缺少字段“${p.field}”`,
  'catalogue.basisNoReference': (p) => `公开依据“${p.text}”没有以书名号《》列出具体法规或文件`,
  'catalogue.duplicateItem': (p) => `事项“${p.name}”与第${String(p.firstItem)}项重复`,
  'catalogue.duplicateId': (p) => `编号“${p.id}”与第${String(p.firstItem)}项重复`,
  'catalogue.specificGroupsUnnamed': () => `公开对象勾选了特定群体，但没有写明是哪些群体`,
  'timeLimit.clauseRequired': (p) => `公开时限含 ${String(p.count)} 个有期限的条款，请指明适用哪一条`,
  'timeLimit.clauseIndex': (p) => `公开时限没有第 ${String(p.index + 1)} 条（共 ${String(p.count)} 条）`,
  'timeLimit.sameAsAbove': () => `公开时限为“同上”，需在目录中解析后才能计算到期日`,
};

/** Change-log and conformance wording in Chinese. */
export const zhCNReport: ReportTexts = {
  itemAdded: (name) => `新增事项：${name}`,
  itemRemoved: (name) => `删除事项：${name}`,
  fieldChanged: (name, field, before, after) => `修改事项：${name}，${label(field)}由“${before}”改为“${after}”`,
  headerChanged: (field, before, after) => `目录信息：${label(field)}由“${before}”改为“${after}”`,
  missing: (name) => `缺少标准指引事项：${name}`,
  notApplicable: (name, reason) => `标注不适用：${name}（理由：${reason}）`,
  notApplicableWithoutReason: (name) => `标注不适用但未说明理由：${name}`,
  added: (name) => `自行增加的事项：${name}`,
  requiredChannelDropped: (name, channel) => `${name}：缺少标准指引要求的必选渠道“${channel}”`,
  requiredChannelOptional: (name, channel) => `${name}：标准指引的必选渠道“${channel}”被改为可选`,
  timeLimitLonger: (name, guideline, catalogue) => `${name}：公开时限“${catalogue}”长于标准指引的“${guideline}”`,
  timeLimitNotComparable: (name, guideline, catalogue) =>
    `${name}：公开时限“${catalogue}”无法与标准指引的“${guideline}”比较，请人工核对`,
  proactiveToOnRequest: (name) => `${name}：标准指引要求主动公开，目录改为依申请公开`,
  audienceNarrowed: (name) => `${name}：标准指引面向全社会公开，目录缩小为特定群体`,
  contentElementMissing: (name, element) => `${name}：缺少标准指引的公开内容要素“${element}”`,
  empty: '（空）',
};
