import type { LocalDate } from './local-date.js';

/** A law, regulation or policy document the project cites, with where it comes from. */
export interface LawDocument {
  /** Stable key used in citations. */
  readonly id: string;
  /** Full title, with book-title marks: 《中华人民共和国政府信息公开条例》. */
  readonly title: string;
  /** The title in English, for English messages. */
  readonly englishTitle: string;
  /** The title as documents usually quote it. */
  readonly shortTitle: string;
  /** Who issued it. */
  readonly issuer: string;
  /** Its number (令号 or 文号), e.g. 国务院令第711号. */
  readonly docNo?: string;
  /** The date of the version cited (promulgation, revision or signature). */
  readonly date: LocalDate;
  /** The date it took effect, where known. */
  readonly effectiveOn?: LocalDate;
  /** Whether citations should add the number after the title: 《…》（国办函〔2020〕109号）. */
  readonly citeWithDocNo: boolean;
}

/**
 * Every law and document the project cites, keyed by id. Dates and numbers are those of the
 * texts in the project's reference folder; the version cited is the one in force.
 */
export const LAWS = {
  regulation: {
    id: 'regulation',
    englishTitle: "Regulations of the People's Republic of China on Open Government Information",
    title: '《中华人民共和国政府信息公开条例》',
    shortTitle: '《政府信息公开条例》',
    issuer: '国务院',
    docNo: '国务院令第711号',
    date: '2019-04-03' as LocalDate,
    effectiveOn: '2019-05-15' as LocalDate,
    citeWithDocNo: false,
  },
  holidayMeasures: {
    id: 'holidayMeasures',
    englishTitle: 'Measures on National Annual Holidays and Memorial Days',
    title: '《全国年节及纪念日放假办法》',
    shortTitle: '《全国年节及纪念日放假办法》',
    issuer: '国务院',
    date: '2024-11-10' as LocalDate,
    effectiveOn: '2025-01-01' as LocalDate,
    citeWithDocNo: false,
  },
  majorDecisionProcedures: {
    id: 'majorDecisionProcedures',
    englishTitle: 'Interim Regulations on Major Administrative Decision-Making Procedures',
    title: '《重大行政决策程序暂行条例》',
    shortTitle: '《重大行政决策程序暂行条例》',
    issuer: '国务院',
    docNo: '国务院令第713号',
    date: '2019-04-20' as LocalDate,
    effectiveOn: '2019-09-01' as LocalDate,
    citeWithDocNo: false,
  },
  civilCode: {
    id: 'civilCode',
    englishTitle: "Civil Code of the People's Republic of China",
    title: '《中华人民共和国民法典》',
    shortTitle: '《民法典》',
    issuer: '全国人民代表大会',
    date: '2020-05-28' as LocalDate,
    effectiveOn: '2021-01-01' as LocalDate,
    citeWithDocNo: false,
  },
  courtDisclosureCaseRules: {
    id: 'courtDisclosureCaseRules',
    englishTitle:
      "Provisions of the Supreme People's Court on Trying Administrative Cases of Government Information Disclosure",
    title: '《最高人民法院关于审理政府信息公开行政案件若干问题的规定》',
    shortTitle: '《最高人民法院关于审理政府信息公开行政案件若干问题的规定》',
    issuer: '最高人民法院',
    date: '2011-07-29' as LocalDate,
    effectiveOn: '2011-08-13' as LocalDate,
    citeWithDocNo: false,
  },
  processingFeeMeasures: {
    id: 'processingFeeMeasures',
    englishTitle: 'Measures on Information Processing Fees for Government Information Disclosure',
    title: '《政府信息公开信息处理费管理办法》',
    shortTitle: '《政府信息公开信息处理费管理办法》',
    issuer: '国务院办公厅',
    docNo: '国办函〔2020〕109号',
    date: '2020-11-17' as LocalDate,
    citeWithDocNo: true,
  },
  annualReportFormat2021: {
    id: 'annualReportFormat2021',
    englishTitle: 'Format of the Annual Report on Government Information Disclosure Work',
    title: '《中华人民共和国政府信息公开工作年度报告格式》',
    shortTitle: '《政府信息公开工作年度报告格式》',
    issuer: '国务院办公厅政府信息与政务公开办公室',
    docNo: '国办公开办函〔2021〕30号',
    date: '2021-09-26' as LocalDate,
    citeWithDocNo: true,
  },
  openGovernmentRules2016: {
    id: 'openGovernmentRules2016',
    englishTitle: 'Implementing Rules of the Opinions on Comprehensively Promoting Open Government Affairs',
    title: '《〈关于全面推进政务公开工作的意见〉实施细则》',
    shortTitle: '《〈关于全面推进政务公开工作的意见〉实施细则》',
    issuer: '国务院办公厅',
    docNo: '国办发〔2016〕80号',
    date: '2016-11-10' as LocalDate,
    citeWithDocNo: true,
  },
  opinionResponse2016: {
    id: 'opinionResponse2016',
    englishTitle: 'Notice on Responding Better to Public Opinion on Government Affairs in Open Government Work',
    title: '《国务院办公厅关于在政务公开工作中进一步做好政务舆情回应的通知》',
    shortTitle: '《关于在政务公开工作中进一步做好政务舆情回应的通知》',
    issuer: '国务院办公厅',
    docNo: '国办发〔2016〕61号',
    date: '2016-07-30' as LocalDate,
    citeWithDocNo: true,
  },
  grassrootsStandardization2019: {
    id: 'grassrootsStandardization2019',
    englishTitle: 'Guiding Opinions on Standardizing Open Government Affairs at the Grassroots Level',
    title: '《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》',
    shortTitle: '《关于全面推进基层政务公开标准化规范化工作的指导意见》',
    issuer: '国务院办公厅',
    docNo: '国办发〔2019〕54号',
    // Publication date; the signature date is not in the project's sources.
    date: '2020-01-08' as LocalDate,
    citeWithDocNo: true,
  },
  reconsiderationLaw: {
    id: 'reconsiderationLaw',
    englishTitle: "Administrative Reconsideration Law of the People's Republic of China",
    title: '《中华人民共和国行政复议法》',
    shortTitle: '《行政复议法》',
    issuer: '全国人民代表大会常务委员会',
    // The 2023 revision (adopted 2023-09-01), in force from 2024-01-01.
    date: '2023-09-01' as LocalDate,
    effectiveOn: '2024-01-01' as LocalDate,
    citeWithDocNo: false,
  },
  litigationLaw: {
    id: 'litigationLaw',
    englishTitle: "Administrative Litigation Law of the People's Republic of China",
    title: '《中华人民共和国行政诉讼法》',
    shortTitle: '《行政诉讼法》',
    issuer: '全国人民代表大会常务委员会',
    // The 2017 amendment (adopted 2017-06-27), in force from 2017-07-01.
    date: '2017-06-27' as LocalDate,
    effectiveOn: '2017-07-01' as LocalDate,
    citeWithDocNo: false,
  },
} as const;
LAWS satisfies Record<string, LawDocument>;

/** The id of a law or document in {@link LAWS}. */
export type LawId = keyof typeof LAWS;

/**
 * Whether a text is the id of a registered law or document.
 * @param id - the text to test
 * @returns `true` when {@link LAWS} holds it
 */
export function isLawId(id: string): id is LawId {
  return Object.hasOwn(LAWS, id);
}
