import type { LocalDate } from '@gk/core';

/** One of the 26 pilot domains (试点领域) of grassroots disclosure standardisation. */
export interface PilotDomain {
  /** A stable English key. */
  readonly id: string;
  /** The name in the pilot list (国办发〔2017〕42号). */
  readonly pilotName: string;
  /** Names the guideline or later local catalogues use instead (生态环境, 卫生健康 …). */
  readonly laterNames: readonly string[];
  /** The department that issued the guideline, where known. */
  readonly issuer?: string;
  /** The guideline's document number, where known; never guessed. */
  readonly docNo?: string;
  /** The guideline's date, where known. */
  readonly date?: LocalDate;
  /** Where the number comes from: an address, or how it is known. */
  readonly evidence?: string;
}

/**
 * The 26 pilot domains with what is known of their guidelines. The official enumeration was
 * not found in a primary source (国办发〔2019〕54号 speaks of "26个试点领域"); this list is the one
 * county catalogues confirm. Unknown numbers and dates stay `undefined`.
 */
export const PILOT_DOMAINS: readonly PilotDomain[] = [
  {
    id: 'urbanRuralPlanning',
    pilotName: '城乡规划',
    laterNames: ['国土空间规划'],
    issuer: '自然资源部办公厅',
    docNo: '自然资办函〔2019〕981号',
    date: '2019-06-10' as LocalDate,
    evidence: 'zh.wikisource.org: 自然资源部办公厅关于印发城乡规划领域基层政务公开标准指引的通知',
  },
  {
    id: 'majorConstructionProjects',
    pilotName: '重大建设项目',
    laterNames: [],
    issuer: '国家发展改革委办公厅',
    docNo: '发改办投资〔2019〕621号',
    date: '2019-05-27' as LocalDate,
    evidence: 'seen only on a non-government copy',
  },
  {
    id: 'publicResourceTrading',
    pilotName: '公共资源交易',
    laterNames: ['公共资源配置'],
    issuer: '国家发展改革委',
    evidence: 'number not found; reported 2019-08-01 with 5 fields and 40 items',
  },
  {
    id: 'budgetsAndFinalAccounts',
    pilotName: '财政预决算',
    laterNames: ['财政预算决算'],
    issuer: '财政部',
    docNo: '财办发〔2019〕77号',
    evidence: 'http://www.tianmen.gov.cn/zwgk/bmhxzxxgkml/bm/scsglzfj/zfxxgk/xxgkzn/t_5857233.shtml',
  },
  {
    id: 'workSafety',
    pilotName: '安全生产',
    laterNames: [],
    issuer: '应急管理部办公厅',
    docNo: '应急厅函〔2019〕390号',
    date: '2019-05-30' as LocalDate,
    evidence: 'http://www.shishi.gov.cn/zwgk/ztzl/lhzt/qzsbzzy/202011/t20201114_2454752.htm',
  },
  { id: 'taxAdministration', pilotName: '税收管理', laterNames: [], evidence: 'no guideline document found' },
  {
    id: 'ruralLandExpropriation',
    pilotName: '征地补偿',
    laterNames: ['农村集体土地征收'],
    issuer: '自然资源部',
    evidence: 'number not found; in force 2019-08-01 (http://www.tianshui.gov.cn/zrzy/info/1822/282902.htm)',
  },
  {
    id: 'stateLandHousingExpropriation',
    pilotName: '国有土地上房屋征收与补偿',
    laterNames: [],
    issuer: '住房城乡建设部办公厅',
    docNo: '建办厅〔2019〕71号',
    evidence: 'cited by 渝建〔2023〕23号, seen on a non-government copy',
  },
  {
    id: 'environmentalProtection',
    pilotName: '环境保护',
    laterNames: ['生态环境'],
    issuer: '生态环境部办公厅',
    docNo: '环办厅函〔2019〕672号',
    date: '2019-08-05' as LocalDate,
    evidence: 'https://sthjj.cq.gov.cn/zwgk_249/zfxxgkml/zcwj/qtwj/202008/t20200805_7754515_wap.html',
  },
  {
    id: 'publicCulturalServices',
    pilotName: '公共文化服务',
    laterNames: [],
    issuer: '文化和旅游部办公厅、国家文物局办公室',
    docNo: '办办发〔2019〕139号',
    date: '2019-10-30' as LocalDate,
    evidence: 'zh.wikisource.org: 《公共文化服务领域基层政务公开标准指引》的通知',
  },
  {
    id: 'publicLegalServices',
    pilotName: '公共法律服务',
    laterNames: [],
    issuer: '司法部办公厅',
    docNo: '司办通〔2019〕57号',
    evidence: 'cited by 重庆市司法局, seen on a non-government copy',
  },
  {
    id: 'povertyAlleviation',
    pilotName: '扶贫',
    laterNames: ['乡村振兴'],
    issuer: '国务院扶贫办',
    evidence: 'number not found (http://nynct.fujian.gov.cn/ztzl/ggtztpgjcgtxczxyxxj/202108/t20210818_5672526.htm)',
  },
  {
    id: 'disasterRelief',
    pilotName: '救灾',
    laterNames: [],
    issuer: '应急管理部办公厅',
    docNo: '应急厅函〔2019〕390号',
    date: '2019-05-30' as LocalDate,
    evidence: 'the same notice as 安全生产',
  },
  {
    id: 'foodAndDrugRegulation',
    pilotName: '食品药品监管',
    laterNames: [],
    issuer: '市场监管总局',
    evidence: 'number not found (http://sjj.xjbt.gov.cn/c/2019-08-26/7269389.shtml)',
  },
  {
    id: 'urbanLawEnforcement',
    pilotName: '城市综合执法',
    laterNames: [],
    issuer: '住房城乡建设部',
    evidence: 'number not found',
  },
  {
    id: 'employment',
    pilotName: '就业',
    laterNames: [],
    issuer: '人力资源社会保障部办公厅',
    docNo: '人社厅函〔2019〕113号',
    date: '2019-06-03' as LocalDate,
    evidence: 'http://linyi.gov.cn/info/7247/259706.htm',
  },
  {
    id: 'socialInsurance',
    pilotName: '社会保险',
    laterNames: [],
    issuer: '人力资源社会保障部办公厅',
    docNo: '人社厅函〔2019〕113号',
    date: '2019-06-03' as LocalDate,
    evidence: 'the same notice as 就业',
  },
  {
    id: 'socialAssistance',
    pilotName: '社会救助',
    laterNames: [],
    issuer: '民政部办公厅',
    docNo: '民办函〔2019〕52号',
    date: '2019-04-30' as LocalDate,
    evidence:
      'number seen on a non-government copy; titles confirmed at http://www.fj.gov.cn/zwgk/ztzl/qmtjjczwgkbzhgfhgz/gzjz/202008/t20200811_5352675.htm',
  },
  {
    id: 'elderlyCare',
    pilotName: '养老服务',
    laterNames: [],
    issuer: '民政部办公厅',
    docNo: '民办函〔2019〕52号',
    date: '2019-04-30' as LocalDate,
    evidence: 'the same notice as 社会救助',
  },
  {
    id: 'householdRegistration',
    pilotName: '户籍管理',
    laterNames: [],
    issuer: '公安部办公厅',
    docNo: '公治安〔2019〕158号',
    evidence: 'https://gaj.panjin.gov.cn/2020_06/19_23/content-269309.html',
  },
  { id: 'agriculturalSubsidies', pilotName: '涉农补贴', laterNames: [], evidence: 'no guideline document found' },
  {
    id: 'compulsoryEducation',
    pilotName: '义务教育',
    laterNames: [],
    issuer: '教育部',
    evidence: 'number not found; reported 2019-06 with 10 primary items',
  },
  {
    id: 'healthCare',
    pilotName: '医疗卫生',
    laterNames: ['卫生健康'],
    issuer: '国家卫生健康委办公厅',
    evidence: 'number not found (https://iqb.jimei.gov.cn/ztzl/zxzt/jczwgk/bzzy/xms/202008/t20200820_743437.htm)',
  },
  {
    id: 'municipalServices',
    pilotName: '市政服务',
    laterNames: [],
    issuer: '住房城乡建设部',
    evidence: 'number not found',
  },
  {
    id: 'ruralDilapidatedHousing',
    pilotName: '农村危房改造',
    laterNames: [],
    issuer: '住房城乡建设部',
    evidence: 'number not found',
  },
  {
    id: 'affordableHousing',
    pilotName: '保障性住房',
    laterNames: [],
    issuer: '住房城乡建设部办公厅',
    docNo: '建办厅〔2019〕71号',
    evidence: 'cited title names 保障性住房; seen on a non-government copy',
  },
];

/**
 * Finds a pilot domain by id, pilot name or any later name.
 * @param name - an id (`compulsoryEducation`) or a name (义务教育, 生态环境 …)
 * @returns the domain, or `undefined`
 */
export function findPilotDomain(name: string): PilotDomain | undefined {
  const wanted = name.trim().replace(/领域$/, '');
  return PILOT_DOMAINS.find((d) => d.id === wanted || d.pilotName === wanted || d.laterNames.includes(wanted));
}
