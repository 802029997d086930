import type { Locale } from '@gk/core';
import type { Catalogue, CatalogueItem, ChannelEntry } from './catalogue.js';
import { itemName } from './catalogue.js';
import { CHANNEL_MARKS } from './channels.js';
import { CATALOGUE_ITEM_FIELDS } from './document.js';
import { catalogueLabels } from './format-issue.js';
import { enReport } from './locales/en.js';
import { zhCNReport } from './locales/zh-CN.js';
import type { ReportTexts } from './report-texts.js';

/** One field that differs, with both values as display text. */
export interface FieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

/** An item present in both versions, with what changed. */
export interface ItemChange {
  readonly before: CatalogueItem;
  readonly after: CatalogueItem;
  readonly changes: readonly FieldChange[];
}

/** The result of {@link diffCatalogues}. */
export interface CatalogueDiff {
  readonly header: readonly FieldChange[];
  readonly added: readonly CatalogueItem[];
  readonly removed: readonly CatalogueItem[];
  readonly changed: readonly ItemChange[];
  /** One line per change, for the 目录动态管理 record, in the requested locale. */
  readonly changeLog: readonly string[];
}

/** Options of {@link diffCatalogues}. */
export interface DiffOptions {
  /** The change log's language, `zh-CN` by default. */
  readonly locale?: Locale;
}

const REPORTS: Readonly<Record<Locale, ReportTexts>> = { 'zh-CN': zhCNReport, en: enReport };

const ITEM_FIELDS = CATALOGUE_ITEM_FIELDS;

function display(item: CatalogueItem, field: (typeof ITEM_FIELDS)[number], locale: Locale): string {
  const labels = catalogueLabels(locale);
  const words = (values: readonly string[]): string =>
    labels.list(values.map((value) => labels.values[value] ?? value));
  switch (field) {
    case 'contentElements':
    case 'instanceFields':
      return labels.list(item[field] ?? []);
    case 'basis':
    case 'timeLimit':
      return item[field].text;
    case 'channels':
      return labels.list(
        item.channels.map((entry: ChannelEntry) => `${CHANNEL_MARKS[entry.requirement]}${entry.name}`),
      );
    case 'audience':
    case 'mode':
      return words(item[field]);
    case 'tiers':
      return labels.list(item.tiers.map((tier) => tier.label));
    case 'instances':
    case 'extra':
      return item[field] === undefined ? '' : JSON.stringify(item[field]);
    case 'notApplicable':
      return item.notApplicable?.reason ?? '';
    case 'primaryMatter':
    case 'secondaryMatter':
    case 'tertiaryMatter':
    case 'specificGroups':
    case 'publisher':
    case 'guidelineItemId':
      return item[field] ?? '';
    default:
      return field satisfies never;
  }
}

function headerValues(catalogue: Catalogue): Record<string, string> {
  const { header } = catalogue;
  return {
    title: header.title,
    version: header.version,
    effectiveOn: header.effectiveOn,
    domain: header.domain,
    agency: header.agency.name,
    jurisdiction: `${header.jurisdiction.name}（${header.jurisdiction.divisionCode}）`,
    guideline: header.guideline?.id ?? '',
  };
}

function matchKey(item: CatalogueItem, useIds: boolean): string {
  return useIds && item.id !== undefined ? `id:${item.id}` : `name:${itemName(item)}`;
}

/**
 * Compares two versions of a catalogue: items added, removed and changed with field-level detail,
 * header changes, and a change log for the 目录动态管理 record. Items match by `id` when both
 * versions give ids, else by 一级/二级(/三级)事项.
 * @param previous - the earlier version
 * @param next - the later version
 * @param options - the change log's language
 * @returns the differences
 * @example
 * ```ts
 * diffCatalogues(v2024, v2025).changeLog;
 * // ['目录信息：版本由“2024版”改为“2025版”', '修改事项：招生管理 / 招生政策，公开时限由“…”改为“…”', …]
 * ```
 */
export function diffCatalogues(previous: Catalogue, next: Catalogue, options: DiffOptions = {}): CatalogueDiff {
  const locale = options.locale ?? 'zh-CN';
  const words = REPORTS[locale];
  const shown = (value: string): string => (value === '' ? words.empty : value);
  const useIds =
    previous.items.every((item) => item.id !== undefined) && next.items.every((item) => item.id !== undefined);
  const changeLog: string[] = [];

  const header: FieldChange[] = [];
  const before = headerValues(previous);
  const after = headerValues(next);
  for (const field of Object.keys(before)) {
    if (before[field] !== after[field]) {
      header.push({ field, before: before[field] ?? '', after: after[field] ?? '' });
      changeLog.push(words.headerChanged(field, shown(before[field] ?? ''), shown(after[field] ?? '')));
    }
  }

  const earlier = new Map(previous.items.map((item) => [matchKey(item, useIds), item]));
  const later = new Map(next.items.map((item) => [matchKey(item, useIds), item]));
  const added: CatalogueItem[] = [];
  const removed: CatalogueItem[] = [];
  const changed: ItemChange[] = [];
  for (const item of previous.items) {
    if (!later.has(matchKey(item, useIds))) {
      removed.push(item);
      changeLog.push(words.itemRemoved(itemName(item)));
    }
  }
  for (const item of next.items) {
    const old = earlier.get(matchKey(item, useIds));
    if (old === undefined) {
      added.push(item);
      changeLog.push(words.itemAdded(itemName(item)));
      continue;
    }
    const changes: FieldChange[] = [];
    for (const field of ITEM_FIELDS) {
      const a = display(old, field, locale);
      const b = display(item, field, locale);
      if (a !== b) {
        changes.push({ field, before: a, after: b });
        changeLog.push(words.fieldChanged(itemName(item), field, shown(a), shown(b)));
      }
    }
    if (changes.length > 0) changed.push({ before: old, after: item, changes });
  }
  return { header, added, removed, changed, changeLog };
}
