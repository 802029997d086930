// The indicators of the 考核 of disclosure work: each measured from results the domain packages
// already compute, with the rules it measures. The list is the truth; scoring profiles name them.
import type { DocumentReference, LegalCitation } from '@gk/core';
import { cite } from '@gk/core';

/** Every indicator, in the order a breakdown prints them. */
export const INDICATOR_IDS = [
  'catalogueConformance',
  'statutoryCoverage',
  'catalogueCompleteness',
  'publicationTimeliness',
  'periodicUpdates',
  'requestOnTime',
  'requestFindings',
  'appealsCorrected',
  'reportOnTime',
  'reportConsistent',
  'interpretationSynchrony',
  'consultationPeriod',
] as const;

/** One of {@link INDICATOR_IDS}. */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** What an indicator measures, and by which rules. */
export interface Indicator {
  readonly id: IndicatorId;
  readonly name: string;
  readonly englishName: string;
  /** What one counted unit is, in Chinese (一条信息, 一件申请 …). */
  readonly unit: string;
  /** The articles whose duty it measures. */
  readonly citations: readonly LegalCitation[];
  /** Documents without articles whose duty it measures. */
  readonly references: readonly DocumentReference[];
}

const R54: DocumentReference = { law: 'grassrootsStandardization2019' };
const R80: DocumentReference = { law: 'openGovernmentRules2016' };

/** The indicators, by id. */
export const INDICATORS: Readonly<Record<IndicatorId, Indicator>> = {
  catalogueConformance: {
    id: 'catalogueConformance',
    name: '目录对照标准指引的符合度',
    englishName: 'Catalogue conformance to its guideline',
    unit: '个指引事项',
    citations: [],
    references: [R54],
  },
  statutoryCoverage: {
    id: 'statutoryCoverage',
    name: '法定主动公开内容的覆盖',
    englishName: 'Coverage of the statutory categories',
    unit: '个法定类别',
    citations: [cite('regulation', 20), cite('regulation', 21)],
    references: [],
  },
  catalogueCompleteness: {
    id: 'catalogueCompleteness',
    name: '主动公开事项有内容（栏目完整）',
    englishName: 'Catalogue items with published content',
    unit: '个主动公开事项',
    citations: [],
    references: [R54],
  },
  publicationTimeliness: {
    id: 'publicationTimeliness',
    name: '主动公开按时发布',
    englishName: 'Publications on time',
    unit: '个发布版本',
    citations: [cite('regulation', 26)],
    references: [],
  },
  periodicUpdates: {
    id: 'periodicUpdates',
    name: '周期性事项按期更新',
    englishName: 'Periodic items updated on time',
    unit: '个周期性事项',
    citations: [],
    references: [R54],
  },
  requestOnTime: {
    id: 'requestOnTime',
    name: '依申请公开按期答复',
    englishName: 'Requests answered on time',
    unit: '件申请',
    citations: [cite('regulation', 33)],
    references: [],
  },
  requestFindings: {
    id: 'requestFindings',
    name: '依申请公开办理程序',
    englishName: 'Request procedure',
    unit: '件申请',
    // Each finding cites the article it concerns.
    citations: [],
    references: [],
  },
  appealsCorrected: {
    id: 'appealsCorrected',
    name: '行政复议、行政诉讼被纠错',
    englishName: 'Decisions corrected on appeal',
    unit: '件已审结的复议、诉讼',
    citations: [cite('regulation', 51)],
    references: [],
  },
  reportOnTime: {
    id: 'reportOnTime',
    name: '年度报告按期公布',
    englishName: 'Annual report published on time',
    unit: '份年度报告',
    citations: [cite('regulation', 49)],
    references: [],
  },
  reportConsistent: {
    id: 'reportConsistent',
    name: '年度报告数据勾稽一致',
    englishName: 'Annual report consistent',
    unit: '份年度报告',
    citations: [cite('regulation', 50)],
    references: [{ law: 'annualReportFormat2021' }],
  },
  interpretationSynchrony: {
    id: 'interpretationSynchrony',
    name: '政策文件与解读同步',
    englishName: 'Policies published with their interpretation',
    unit: '件需解读的政策文件',
    citations: [],
    references: [R80],
  },
  consultationPeriod: {
    id: 'consultationPeriod',
    name: '公开征求意见的期限与反馈',
    englishName: 'Public consultation period and feedback',
    unit: '次公开征求意见',
    citations: [cite('majorDecisionProcedures', 15)],
    references: [],
  },
};

/** 考核制度: the duty the whole assessment applies (第四十六条), and the office's 通报 (第四十七条). */
export const ASSESSMENT_CITATIONS: { readonly assessment: LegalCitation; readonly bulletin: LegalCitation } = {
  assessment: cite('regulation', 46),
  bulletin: cite('regulation', 47),
};
