import type { Catalogue, CatalogueItem, Guideline, GuidelineItem } from '@gk/catalogue-schema';
import { itemName } from '@gk/catalogue-schema';
import type { LegalCitation } from '@gk/core';
import { cite, formatCitation } from '@gk/core';

/** A category the Regulation obliges an agency to publish proactively, as a guideline item. */
export interface StatutoryCategory extends GuidelineItem {
  /** The provision that lists it. */
  readonly citation: LegalCitation;
  /** Words whose presence in an item's names or content marks the category as covered. */
  readonly keywords: readonly string[];
  /** The catch-all of Art. 20(15): other information laws require; it cannot be checked by content. */
  readonly residual?: boolean;
}

const ART_26 = '信息形成或者变更之日起20个工作日内';

function category(
  id: string,
  citation: LegalCitation,
  name: string,
  contentElements: readonly string[],
  keywords: readonly string[],
  residual = false,
): StatutoryCategory {
  return {
    id,
    primaryMatter: '法定主动公开内容',
    secondaryMatter: name,
    contentElements,
    basis: formatCitation(citation),
    timeLimit: ART_26,
    channels: ['■政府网站'],
    audience: ['public'],
    mode: ['proactive'],
    citation,
    keywords,
    ...(residual ? { residual } : {}),
  };
}

const art20 = (item: number): LegalCitation => cite('regulation', 20, undefined, item);

/** 《政府信息公开条例》第二十条: the fifteen categories every agency publishes proactively. */
export const ARTICLE_20_CATEGORIES: readonly StatutoryCategory[] = [
  category(
    'art20-1',
    art20(1),
    '行政法规、规章和规范性文件',
    ['行政法规', '规章', '规范性文件'],
    ['行政法规', '规章', '规范性文件', '政策文件'],
  ),
  category(
    'art20-2',
    art20(2),
    '机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名',
    ['机关职能', '机构设置', '办公地址', '办公时间', '联系方式', '负责人姓名'],
    ['职能', '机构设置', '机构信息', '办公地址', '联系方式', '负责人'],
  ),
  category(
    'art20-3',
    art20(3),
    '国民经济和社会发展规划、专项规划、区域规划及相关政策',
    ['国民经济和社会发展规划', '专项规划', '区域规划', '相关政策'],
    ['规划'],
  ),
  category('art20-4', art20(4), '国民经济和社会发展统计信息', ['统计信息'], ['统计']),
  category(
    'art20-5',
    art20(5),
    '办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果',
    ['依据', '条件', '程序', '办理结果'],
    ['行政许可', '办事指南', '办理结果', '审批', '服务事项', '批准'],
  ),
  category(
    'art20-6',
    art20(6),
    '实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定',
    ['依据', '条件', '程序', '行政处罚决定'],
    ['行政处罚', '行政强制', '处罚决定', '执法'],
  ),
  category('art20-7', art20(7), '财政预算、决算信息', ['财政预算', '决算'], ['预算', '决算']),
  category('art20-8', art20(8), '行政事业性收费项目及其依据、标准', ['收费项目', '依据', '标准'], ['收费']),
  category('art20-9', art20(9), '政府集中采购项目的目录、标准及实施情况', ['目录', '标准', '实施情况'], ['采购']),
  category(
    'art20-10',
    art20(10),
    '重大建设项目的批准和实施情况',
    ['批准情况', '实施情况'],
    ['重大建设项目', '建设项目'],
  ),
  category(
    'art20-11',
    art20(11),
    '扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况',
    ['政策', '措施', '实施情况'],
    ['扶贫', '教育', '医疗', '社会保障', '社会保险', '就业', '救助', '乡村振兴', '养老'],
  ),
  category(
    'art20-12',
    art20(12),
    '突发公共事件的应急预案、预警信息及应对情况',
    ['应急预案', '预警信息', '应对情况'],
    ['应急预案', '预警', '突发', '救灾'],
  ),
  category(
    'art20-13',
    art20(13),
    '环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况',
    ['监督检查情况'],
    ['环境', '生态', '公共卫生', '安全生产', '食品', '药品', '产品质量', '监督检查'],
  ),
  category(
    'art20-14',
    art20(14),
    '公务员招考的职位、名额、报考条件等事项以及录用结果',
    ['职位', '名额', '报考条件', '录用结果'],
    ['公务员', '招考', '录用'],
  ),
  category(
    'art20-15',
    art20(15),
    '法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息',
    ['其他政府信息'],
    [],
    true,
  ),
];

const art21 = (): LegalCitation => cite('regulation', 21);

/** 《政府信息公开条例》第二十一条: what 设区的市级、县级 governments and their departments add. */
export const ARTICLE_21_COUNTY_CATEGORIES: readonly StatutoryCategory[] = [
  category('art21-county-1', art21(), '市政建设', ['市政建设'], ['市政']),
  category('art21-county-2', art21(), '公共服务', ['公共服务'], ['公共服务', '公共文化', '公共法律']),
  category('art21-county-3', art21(), '公益事业', ['公益事业'], ['公益']),
  category('art21-county-4', art21(), '土地征收', ['土地征收'], ['土地征收', '征地']),
  category('art21-county-5', art21(), '房屋征收', ['房屋征收'], ['房屋征收']),
  category('art21-county-6', art21(), '治安管理', ['治安管理'], ['治安', '户籍', '户口']),
  category('art21-county-7', art21(), '社会救助', ['社会救助'], ['救助', '低保', '最低生活保障', '特困']),
];

/** 《政府信息公开条例》第二十一条: what 乡（镇）人民政府 add. */
export const ARTICLE_21_TOWNSHIP_CATEGORIES: readonly StatutoryCategory[] = [
  category('art21-township-1', art21(), '农业农村政策', ['农业农村政策'], ['农业', '农村', '涉农']),
  category('art21-township-2', art21(), '农田水利工程建设运营', ['农田水利工程建设运营'], ['农田水利', '水利']),
  category('art21-township-3', art21(), '农村土地承包经营权流转', ['农村土地承包经营权流转'], ['土地承包', '流转']),
  category('art21-township-4', art21(), '宅基地使用情况审核', ['宅基地使用情况审核'], ['宅基地']),
  category('art21-township-5', art21(), '土地征收', ['土地征收'], ['土地征收', '征地']),
  category('art21-township-6', art21(), '房屋征收', ['房屋征收'], ['房屋征收']),
  category('art21-township-7', art21(), '筹资筹劳', ['筹资筹劳'], ['筹资筹劳', '一事一议']),
  category('art21-township-8', art21(), '社会救助', ['社会救助'], ['救助', '低保', '最低生活保障', '特困']),
];

/** A statutory baseline: a guideline whose items are statutory categories. */
export interface StatutoryBaseline extends Guideline {
  readonly items: readonly StatutoryCategory[];
}

/** Whose statutory list applies: any agency (Art. 20), a county-level government (Art. 20, 21), a township (Art. 20, 21). */
export type StatutoryLevel = 'agency' | 'county' | 'township';

/**
 * The statutory baseline for a level, as a guideline a catalogue can also be measured against
 * with `checkConformance`.
 * @param level - `agency`, `county` or `township`
 * @returns the categories of Art. 20, plus Art. 21's list for a county or a township
 */
export function statutoryBaseline(level: StatutoryLevel): StatutoryBaseline {
  const extra =
    level === 'county' ? ARTICLE_21_COUNTY_CATEGORIES : level === 'township' ? ARTICLE_21_TOWNSHIP_CATEGORIES : [];
  return {
    id: `regulation-statutory-${level}`,
    domain: '法定主动公开内容',
    title: '《中华人民共和国政府信息公开条例》第二十条、第二十一条法定主动公开内容',
    issuer: '国务院',
    docNo: '国务院令第711号',
    items: [...ARTICLE_20_CATEGORIES, ...extra],
  };
}

/** A category and the catalogue items that cover it. */
export interface CoveredCategory {
  readonly category: StatutoryCategory;
  /** The covering items as "目录标题：一级事项 / 二级事项". */
  readonly items: readonly string[];
}

/** The result of {@link checkStatutoryCoverage}. */
export interface StatutoryCoverage {
  readonly level: StatutoryLevel;
  readonly covered: readonly CoveredCategory[];
  /** Categories no item covers, with their citation. */
  readonly uncovered: readonly StatutoryCategory[];
  /** Art. 20(15), which no content check can decide. */
  readonly unchecked: readonly StatutoryCategory[];
}

function covers(item: CatalogueItem, keywords: readonly string[]): boolean {
  const text = [item.primaryMatter, item.secondaryMatter, item.tertiaryMatter ?? '', ...item.contentElements].join(' ');
  return keywords.some((keyword) => text.includes(keyword));
}

/**
 * Lists the statutory categories (Art. 20, and Art. 21 for counties and townships) that a body's
 * catalogues leave uncovered. A category counts as covered when an item's names or content use one
 * of its keywords; Art. 20(15), the catch-all, is reported as unchecked.
 * @param catalogues - one catalogue or all of a body's catalogues (one per domain)
 * @param level - whose list applies
 * @returns covered, uncovered and unchecked categories
 * @see 《中华人民共和国政府信息公开条例》第二十条、第二十一条
 */
export function checkStatutoryCoverage(
  catalogues: Catalogue | readonly Catalogue[],
  level: StatutoryLevel,
): StatutoryCoverage {
  const list: readonly Catalogue[] = Array.isArray(catalogues) ? catalogues : [catalogues as Catalogue];
  const { found, missing, unchecked } = partitionStatutory(level, (category) =>
    list.flatMap((catalogue) =>
      catalogue.items
        .filter((item) => covers(item, category.keywords))
        .map((item) => `${catalogue.header.title}：${itemName(item)}`),
    ),
  );
  return {
    level,
    covered: found.map(({ category, matches }) => ({ category, items: matches })),
    uncovered: missing,
    unchecked,
  };
}

/** The result of {@link partitionStatutory}. */
export interface StatutoryPartition<T> {
  /** Categories with at least one match, and their matches. */
  readonly found: readonly { readonly category: StatutoryCategory; readonly matches: readonly T[] }[];
  /** Categories with none. */
  readonly missing: readonly StatutoryCategory[];
  /** Art. 20(15), the catch-all, which no match can decide. */
  readonly unchecked: readonly StatutoryCategory[];
}

/**
 * Sorts a level's statutory categories by what a matcher finds for each: found, missing, or — the
 * catch-all of Art. 20(15) — unchecked. The shared step of checking catalogues and publications.
 * @param level - whose list applies
 * @param match - what covers a category (catalogue items, publications …)
 * @returns the partition, in the baseline's order
 */
export function partitionStatutory<T>(
  level: StatutoryLevel,
  match: (category: StatutoryCategory) => readonly T[],
): StatutoryPartition<T> {
  const found: { category: StatutoryCategory; matches: readonly T[] }[] = [];
  const missing: StatutoryCategory[] = [];
  const unchecked: StatutoryCategory[] = [];
  for (const category of statutoryBaseline(level).items) {
    if (category.residual === true) {
      unchecked.push(category);
      continue;
    }
    const matches = match(category);
    if (matches.length > 0) found.push({ category, matches });
    else missing.push(category);
  }
  return { found, missing, unchecked };
}
