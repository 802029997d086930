// 村（居）务公开 aligned with 政务公开: a village's list of items against the township's and county's
// catalogues — "相同事项的公开内容对应一致" — and the topics the implementation plans name.
import type { Locale } from '@gk/core';
import type { Catalogue, CatalogueItem } from './catalogue.js';
import { itemName } from './catalogue.js';
import { VILLAGE_TEXTS } from './village-texts.js';

export type { VillageTexts } from './village-texts.js';

/**
 * The topics villages publish first, as the implementation plans name them (宁政办发〔2020〕15号 二（二）2;
 * 邵放组办字〔2020〕1号): 脱贫攻坚、乡村振兴、村级财务、惠农政策、养老服务、社会救助 — with the words an
 * item's name uses for each. The words are this project's reading of the topics, not the plans'.
 */
export const VILLAGE_TOPICS = [
  { id: 'povertyAlleviation', name: '脱贫攻坚', words: ['脱贫', '扶贫', '返贫', '帮扶'] },
  { id: 'ruralRevitalization', name: '乡村振兴', words: ['乡村振兴', '人居环境', '产业发展', '乡村建设'] },
  { id: 'villageFinance', name: '村级财务', words: ['财务', '收支', '集体资产', '集体经济', '集体资金'] },
  { id: 'agriculturalSubsidies', name: '惠农政策', words: ['惠农', '补贴', '补助', '耕地地力', '农机购置'] },
  { id: 'elderlyCare', name: '养老服务', words: ['养老', '高龄', '老年'] },
  { id: 'socialAssistance', name: '社会救助', words: ['救助', '低保', '最低生活保障', '特困'] },
] as const;

/** The id of one of {@link VILLAGE_TOPICS}. */
export type VillageTopicId = (typeof VILLAGE_TOPICS)[number]['id'];

/** The channels a village publishes through: its notice board, the village broadcast, its WeChat group or account. */
const GRASSROOTS = /公示栏|公开栏|广播|微信群|公众号|村务|居务/;

/** What an alignment check found. */
export type VillageFindingKind =
  'contentMissing' | 'timeLimitDiffers' | 'noticeBoardDropped' | 'noGrassrootsChannel' | 'ownItem' | 'topicMissing';

/** One finding of {@link alignVillageCatalogue}, in the requested language. */
export interface VillageFinding {
  readonly kind: VillageFindingKind;
  /** `warning`: the same matter is not published alike; `info`: for the record. */
  readonly severity: 'warning' | 'info';
  /** The village item's index, where the finding is about one. */
  readonly itemIndex?: number;
  /** The matched item of the township or county: its catalogue's title and the item's name. */
  readonly upper?: { readonly catalogue: string; readonly name: string };
  readonly name: string;
  readonly message: string;
}

/** A village item and the township or county item of the same matter. */
export interface VillageMatch {
  readonly itemIndex: number;
  /** The index of the upper catalogue in the list given, and of its item. */
  readonly upperCatalogue: number;
  readonly upperItem: number;
}

/** The result of {@link alignVillageCatalogue}. */
export interface VillageAlignment {
  readonly matches: readonly VillageMatch[];
  readonly findings: readonly VillageFinding[];
  readonly summary: {
    readonly items: number;
    readonly matched: number;
    /** Matched items with at least one warning. */
    readonly differing: number;
    /** Items with no township or county counterpart (村民自治 matters). */
    readonly own: number;
    readonly topicsMissing: readonly VillageTopicId[];
  };
}

/** Options of {@link alignVillageCatalogue}. */
export interface VillageAlignmentOptions {
  /** The findings' language, `zh-CN` by default. */
  readonly locale?: Locale;
}

const normalize = (text: string): string => text.replace(/[\s、，,。.;；:：（）()“”"《》●•·\-—]/g, '');
const specific = (item: CatalogueItem): string => normalize(item.tertiaryMatter ?? item.secondaryMatter);

/** The elements of an item as comparable pieces: split at 、；; and stripped of marks. */
function pieces(item: CatalogueItem): string[] {
  return item.contentElements
    .flatMap((element) => element.split(/[、；;，,]|等/))
    .map(normalize)
    .filter((piece) => piece.length >= 2);
}

/** The clauses of a time limit without their wording (a trigger's words, a clause's scope), to compare two limits. */
const clausesOf = (item: CatalogueItem): string =>
  JSON.stringify(item.timeLimit.clauses, (key, value: unknown) =>
    key === 'text' || key === 'scope' ? undefined : value,
  );

/** The upper item of the same matter: the one it names (`guidelineItemId`), else the same most specific name. */
function findUpper(item: CatalogueItem, upper: readonly Catalogue[]): VillageMatch | undefined {
  const keys: ((u: CatalogueItem) => boolean)[] = [
    (u) =>
      item.guidelineItemId !== undefined &&
      (u.id === item.guidelineItemId || u.guidelineItemId === item.guidelineItemId),
    (u) => specific(u) === specific(item),
  ];
  for (const matches of keys)
    for (const [c, catalogue] of upper.entries()) {
      const found = catalogue.items.findIndex((u) => u.notApplicable === undefined && matches(u));
      if (found >= 0) return { itemIndex: item.index, upperCatalogue: c, upperItem: found };
    }
  return undefined;
}

/**
 * Checks a village's list (公开事项清单, in the catalogue format) against the catalogues of its
 * township and county: for each item of the same matter, the content elements the upper item publishes
 * and the village's does not, a different time limit, a 村公示栏 the upper item requires and the village
 * dropped; for every item, whether it reaches villagers through a village channel (公示栏, 村村通广播,
 * 微信群); and which of the plans' topics the list does not cover. Items with no counterpart are the
 * village's own (村民自治) and are listed for the record.
 * @param village - the village's list
 * @param upper - the township's and county's catalogues
 * @param options - the language of the findings
 * @returns the matches, the findings and the counts
 */
export function alignVillageCatalogue(
  village: Catalogue,
  upper: readonly Catalogue[],
  options: VillageAlignmentOptions = {},
): VillageAlignment {
  const t = VILLAGE_TEXTS[options.locale ?? 'zh-CN'];
  const findings: VillageFinding[] = [];
  const matches: VillageMatch[] = [];
  const differing = new Set<number>();
  for (const item of village.items) {
    const name = itemName(item);
    const at = { itemIndex: item.index, name };
    if (!item.channels.some((c) => c.channel === 'noticeBoard' || c.channel === 'broadcast' || GRASSROOTS.test(c.name)))
      findings.push({ kind: 'noGrassrootsChannel', severity: 'warning', ...at, message: t.noGrassrootsChannel() });
    const match = findUpper(item, upper);
    if (match === undefined) {
      findings.push({ kind: 'ownItem', severity: 'info', ...at, message: t.ownItem() });
      continue;
    }
    matches.push(match);
    const catalogue = upper[match.upperCatalogue]!;
    const other = catalogue.items[match.upperItem]!;
    const ref = { ...at, upper: { catalogue: catalogue.header.title, name: itemName(other) } };
    const mine = pieces(item);
    const missing = pieces(other).filter((piece) => !mine.some((m) => m.includes(piece) || piece.includes(m)));
    const found: VillageFinding[] = [];
    if (missing.length > 0)
      found.push({ kind: 'contentMissing', severity: 'warning', ...ref, message: t.contentMissing(missing) });
    if (clausesOf(item) !== clausesOf(other))
      found.push({
        kind: 'timeLimitDiffers',
        severity: 'warning',
        ...ref,
        message: t.timeLimitDiffers(item.timeLimit.text, other.timeLimit.text),
      });
    const required = (i: CatalogueItem) =>
      i.channels.some((c) => c.channel === 'noticeBoard' && c.requirement !== 'optional');
    if (required(other) && !item.channels.some((c) => c.channel === 'noticeBoard'))
      found.push({ kind: 'noticeBoardDropped', severity: 'warning', ...ref, message: t.noticeBoardDropped() });
    if (found.length > 0) differing.add(item.index);
    findings.push(...found);
  }
  const names = village.items.map((item) => itemName(item));
  const topicsMissing = VILLAGE_TOPICS.filter((topic) => !names.some((n) => topic.words.some((w) => n.includes(w))));
  for (const topic of topicsMissing)
    findings.push({ kind: 'topicMissing', severity: 'warning', name: topic.name, message: t.topicMissing(topic.name) });
  return {
    matches,
    findings,
    summary: {
      items: village.items.length,
      matched: matches.length,
      differing: differing.size,
      own: village.items.length - matches.length,
      topicsMissing: topicsMissing.map((topic) => topic.id),
    },
  };
}
