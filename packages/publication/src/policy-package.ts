// 政策库 and 政策包: policies with whom they are for and how long they apply, and the selection that
// fits one enterprise or resident, each with why (宁政办发〔2020〕15号: 政策库集中公布, 为市场主体量身定做
// "政策包", 精准推送).

/** Enterprise sizes (大型、中型、小型、微型), as the statistical classification of enterprises names them. */
export const ENTERPRISE_SIZES = ['large', 'medium', 'small', 'micro'] as const;
/** One of {@link ENTERPRISE_SIZES}. */
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];
/** The sizes' names. */
export const ENTERPRISE_SIZE_ZH: Readonly<Record<EnterpriseSize, string>> = {
  large: '大型',
  medium: '中型',
  small: '小型',
  micro: '微型',
};

/** The sections (门类) of GB/T 4754—2017 国民经济行业分类, by letter. */
export const INDUSTRY_SECTIONS = {
  A: '农、林、牧、渔业',
  B: '采矿业',
  C: '制造业',
  D: '电力、热力、燃气及水生产和供应业',
  E: '建筑业',
  F: '批发和零售业',
  G: '交通运输、仓储和邮政业',
  H: '住宿和餐饮业',
  I: '信息传输、软件和信息技术服务业',
  J: '金融业',
  K: '房地产业',
  L: '租赁和商务服务业',
  M: '科学研究和技术服务业',
  N: '水利、环境和公共设施管理业',
  O: '居民服务、修理和其他服务业',
  P: '教育',
  Q: '卫生和社会工作',
  R: '文化、体育和娱乐业',
  S: '公共管理、社会保障和社会组织',
  T: '国际组织',
} as const;
/** A section letter of {@link INDUSTRY_SECTIONS}. */
export type IndustrySection = keyof typeof INDUSTRY_SECTIONS;

/** Situations of residents that policies are written for; this project's list, extendable by a county. */
export const RESIDENT_SITUATIONS = {
  elderly: '老年人',
  disabled: '残疾人',
  lowIncome: '低收入家庭',
  student: '在校学生及其家庭',
  farmer: '农民',
  jobSeeker: '求职就业人员',
  veteran: '退役军人',
  newResident: '新市民（随迁人员）',
} as const;
/** A key of {@link RESIDENT_SITUATIONS}. */
export type ResidentSituation = keyof typeof RESIDENT_SITUATIONS;

/** Whom a policy is for. An absent list means "any": `enterprises: {}` is every enterprise. */
export interface PolicyTargets {
  readonly enterprises?: {
    readonly industries?: readonly IndustrySection[];
    readonly sizes?: readonly EnterpriseSize[];
  };
  readonly residents?: { readonly situations?: readonly ResidentSituation[] };
}

/** A policy in the library: where to read it, whom it is for and how long it applies. */
export interface PolicyLibraryEntry {
  readonly id: string;
  readonly title: string;
  readonly docNo?: string;
  /** The agency that issued it. */
  readonly agency: string;
  /** `YYYY-MM-DD`. */
  readonly publishedOn: string;
  /** The first and last day it applies, `YYYY-MM-DD`; absent where the text sets no date. */
  readonly validFrom?: string;
  readonly validUntil?: string;
  readonly targets: PolicyTargets;
  /** What it gives, in a sentence (补贴标准、办理方式 …). */
  readonly summary: string;
  /** Whether an interpretation (解读) is published with it. */
  readonly interpreted: boolean;
}

/** Whom a policy package is made for: an enterprise by industry and size, or a resident by situation. */
export type PolicyProfile =
  | { readonly kind: 'enterprise'; readonly industry: IndustrySection; readonly size: EnterpriseSize }
  | { readonly kind: 'resident'; readonly situations: readonly ResidentSituation[] };

/** A policy in a package, with why it fits. */
export interface PackagedPolicy {
  readonly entry: PolicyLibraryEntry;
  /** Why it fits the profile, zh-CN, one reason per condition. */
  readonly reasons: readonly string[];
  /** It applies from a later day: listed so that the holder can prepare. */
  readonly upcoming: boolean;
}

/** The result of {@link buildPolicyPackage}. */
export interface PolicyPackage {
  readonly policies: readonly PackagedPolicy[];
  /** Policies that would fit but no longer apply (out of the package, counted). */
  readonly expired: number;
}

/** Options of {@link buildPolicyPackage}. */
export interface PolicyPackageOptions {
  /** `YYYY-MM-DD`: policies that ended before it are left out; those starting after it are marked upcoming. */
  readonly today: string;
}

/** The most policies a package is built from (a county's library is far smaller). */
export const MAX_LIBRARY_ENTRIES = 5_000;

const list = (values: readonly string[]) => values.join('、');

/** Why an entry fits the profile, or `null` when it does not. */
function reasonsFor(targets: PolicyTargets, profile: PolicyProfile): string[] | null {
  if (profile.kind === 'enterprise') {
    const t = targets.enterprises;
    if (t === undefined) return null;
    const reasons: string[] = [];
    if (t.industries === undefined || t.industries.length === 0) reasons.push('面向各行业企业');
    else if (t.industries.includes(profile.industry))
      reasons.push(`面向${INDUSTRY_SECTIONS[profile.industry]}（${profile.industry}门类）企业`);
    else return null;
    if (t.sizes === undefined || t.sizes.length === 0) reasons.push('不限企业规模');
    else if (t.sizes.includes(profile.size))
      reasons.push(
        `面向${list(t.sizes.map((size) => ENTERPRISE_SIZE_ZH[size]))}企业，贵企业为${ENTERPRISE_SIZE_ZH[profile.size]}企业`,
      );
    else return null;
    return reasons;
  }
  const t = targets.residents;
  if (t === undefined) return null;
  if (t.situations === undefined || t.situations.length === 0) return ['面向全体居民'];
  const shared = t.situations.filter((s) => profile.situations.includes(s));
  return shared.length === 0 ? null : [`面向${list(shared.map((s) => RESIDENT_SITUATIONS[s]))}`];
}

/**
 * The 政策包 for an enterprise or a resident: every policy of the library written for them that still
 * applies, each with the reasons it fits (industry, size, situation), the newest first; a policy that
 * starts later is included and marked upcoming; one that has ended is left out and counted.
 * @param library - the policies
 * @param profile - the enterprise or resident
 * @param options - the day
 * @returns the package
 */
export function buildPolicyPackage(
  library: readonly PolicyLibraryEntry[],
  profile: PolicyProfile,
  options: PolicyPackageOptions,
): PolicyPackage {
  const policies: PackagedPolicy[] = [];
  let expired = 0;
  for (const entry of library.slice(0, MAX_LIBRARY_ENTRIES)) {
    const reasons = reasonsFor(entry.targets, profile);
    if (reasons === null) continue;
    if (entry.validUntil !== undefined && entry.validUntil < options.today) {
      expired += 1;
      continue;
    }
    const upcoming = entry.validFrom !== undefined && entry.validFrom > options.today;
    const validity = entry.validUntil === undefined ? '现行有效' : `有效期至 ${entry.validUntil}`;
    policies.push({
      entry,
      reasons: [...reasons, upcoming ? `自 ${entry.validFrom ?? ''} 起施行` : validity],
      upcoming,
    });
  }
  policies.sort((a, b) =>
    a.entry.publishedOn < b.entry.publishedOn ? 1 : a.entry.publishedOn > b.entry.publishedOn ? -1 : 0,
  );
  return { policies, expired };
}
