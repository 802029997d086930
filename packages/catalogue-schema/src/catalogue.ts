import type { DivisionCode, LocalDate } from '@gk/core';
import { checkUscc, createIssue, parseDivisionCode, safeParseLocalDate } from '@gk/core';
import type { CatalogueIssue } from './catalogue-issues.js';
import type { ChannelId, ChannelRequirement } from './channels.js';
import { channelIdOf, splitChannelMark } from './channels.js';
import type {
  Audience,
  CatalogueDocument,
  CatalogueHeaderDocument,
  CatalogueItemDocument,
  ChannelEntryDocument,
  DisclosureMode,
} from './document.js';
import { catalogueDocumentSchema, headerSchema, itemSchema } from './document.js';
import { CatalogueError } from './error.js';
import { mapZodIssue } from './zod-issues.js';
import type { TierLevel } from './tiers.js';
import { tierLevelsOf } from './tiers.js';
import type { TimeLimit } from './time-limit.js';
import { readTimeLimit } from './time-limit.js';

/** A channel of an item, read: its name as written, the vocabulary id, and whether it is required. */
export interface ChannelEntry {
  /** The name as written (without its mark). */
  readonly name: string;
  /** The channel of the vocabulary it means; absent for a name outside it (kept, with a warning). */
  readonly channel?: ChannelId;
  readonly requirement: ChannelRequirement;
  /** The mark as written (■, □ …). */
  readonly mark?: string;
}

/** A 公开层级 label and the levels it names. */
export interface TierEntry {
  readonly label: string;
  readonly levels: readonly TierLevel[];
}

/** A 公开依据 cell and the documents it names. */
export interface Basis {
  readonly text: string;
  /** Titles in 《》, without the marks. */
  readonly titles: readonly string[];
  /** Document numbers such as 国办发〔2019〕54号. */
  readonly docNos: readonly string[];
}

/** A parsed 公开事项. */
export interface CatalogueItem {
  /** The item's position in the catalogue, from 0. */
  readonly index: number;
  /** The item's stable number in the catalogue, where the catalogue gives one. */
  readonly id?: string;
  /** 一级事项. */
  readonly primaryMatter: string;
  /** 二级事项. */
  readonly secondaryMatter: string;
  /** 三级事项, where the table has that column. */
  readonly tertiaryMatter?: string;
  /** 公开内容（要素）: the elements to publish, one per entry. */
  readonly contentElements: readonly string[];
  /** 公开依据: the text and the laws and documents it names in 《》. */
  readonly basis: Basis;
  /** The time limit read by {@link readTimeLimit}; 同上 is resolved against the item above. */
  readonly timeLimit: TimeLimit & { readonly resolvedFrom?: number };
  /** 公开主体: who publishes. */
  readonly publisher: string;
  /** 公开渠道和载体, each with its mark (■ required, □ optional) and the standard channel it is. */
  readonly channels: readonly ChannelEntry[];
  /** 公开对象: the public (全社会), specific groups (特定群体), or both. */
  readonly audience: readonly Audience[];
  /** The specific groups, where the table names them (特定群体（请写明）). */
  readonly specificGroups?: string;
  /** 公开方式: proactive (主动), on request (依申请), or both. */
  readonly mode: readonly DisclosureMode[];
  /** 公开层级: each tier label as headed, with the levels of government it names. */
  readonly tiers: readonly TierEntry[];
  /** The fields of the item's instance rows (e.g. a school list's 名称, 地址), where it has them. */
  readonly instanceFields?: readonly string[];
  /** The instance rows, one record per instance, keyed by `instanceFields`. */
  readonly instances?: readonly Readonly<Record<string, string>>[];
  /** Why the item does not apply locally, where the catalogue says so (不适用). */
  readonly notApplicable?: { readonly reason: string };
  /** The item of the national guideline this one follows, where known. */
  readonly guidelineItemId?: string;
  /** The source table's other columns (责任科室, 咨询电话 …), by heading, kept as written. */
  readonly extra?: Readonly<Record<string, string>>;
}

/** A parsed catalogue header: the document's, with the division code read. */
export interface CatalogueHeader extends Omit<CatalogueHeaderDocument, 'effectiveOn'> {
  readonly effectiveOn: LocalDate;
  /** The jurisdiction's division code read into level, province and parent. */
  readonly division: DivisionCode;
}

/** A parsed, checked 政务公开事项标准目录. */
export interface Catalogue {
  readonly formatVersion: '1';
  readonly header: CatalogueHeader;
  readonly items: readonly CatalogueItem[];
}

/** The result of {@link safeParseCatalogue}: warnings come with the data; errors prevent it. */
export type CatalogueParseResult =
  | { readonly success: true; readonly data: Catalogue; readonly issues: readonly CatalogueIssue[] }
  | { readonly success: false; readonly issues: readonly CatalogueIssue[] };

const BOOK_TITLE = /《([^》]+)》/g;
const DOC_NO = /[\u4e00-\u9fa5]+[〔[［(（]\d{4}[〕\]］)）]\d+号/g;

function readBasis(text: string): Basis {
  return {
    text,
    titles: [...text.matchAll(BOOK_TITLE)].map((m) => m[1] ?? ''),
    docNos: [...text.matchAll(DOC_NO)].map((m) => m[0]),
  };
}

function readChannel(entry: ChannelEntryDocument): { readonly channel: ChannelEntry; readonly markUnknown: boolean } {
  const marked =
    typeof entry === 'string'
      ? splitChannelMark(entry)
      : {
          name: entry.name.trim(),
          requirement: entry.requirement ?? 'unspecified',
          ...(entry.mark === undefined ? {} : { mark: entry.mark }),
        };
  const id = channelIdOf(marked.name) ?? (marked.name.startsWith('其他') ? 'other' : undefined);
  const channel: ChannelEntry = {
    name: marked.name,
    requirement: marked.requirement,
    ...(id === undefined ? {} : { channel: id }),
    ...(marked.mark === undefined ? {} : { mark: marked.mark }),
  };
  const markUnknown = typeof entry === 'string' && marked.mark !== undefined && marked.requirement === 'unspecified';
  return { channel, markUnknown };
}

function memo<V>(cache: Map<string, V>, key: string, read: (key: string) => V): V {
  let found = cache.get(key);
  if (found === undefined) {
    found = read(key);
    cache.set(key, found);
  }
  return found;
}

/** Caches reading repeated cells (a province's catalogues repeat the same time limits and channels). */
class CellCache {
  readonly #timeLimits = new Map<string, TimeLimit>();
  readonly #tiers = new Map<string, TierEntry>();
  readonly #channels = new Map<string, ReturnType<typeof readChannel>>();
  readonly #bases = new Map<string, Basis>();
  timeLimit(text: string): TimeLimit {
    return memo(this.#timeLimits, text, readTimeLimit);
  }
  tier(label: string): TierEntry {
    return memo(this.#tiers, label, (key) => Object.freeze({ label: key, levels: tierLevelsOf(key) }));
  }
  channel(entry: ChannelEntryDocument): ReturnType<typeof readChannel> {
    return typeof entry === 'string' ? memo(this.#channels, entry, readChannel) : readChannel(entry);
  }
  basis(text: string): Basis {
    return memo(this.#bases, text, readBasis);
  }
}

function nameOf(item: CatalogueItemDocument): string {
  return [item.primaryMatter, item.secondaryMatter, item.tertiaryMatter]
    .filter((part) => part !== undefined)
    .join(' / ');
}

function readItem(
  doc: CatalogueItemDocument,
  index: number,
  previous: CatalogueItem | undefined,
  cache: CellCache,
  issues: CatalogueIssue[],
): CatalogueItem {
  const path = ['items', index];
  const basis = cache.basis(doc.basis);
  if (basis.titles.length === 0 && basis.docNos.length === 0) {
    issues.push(createIssue('catalogue.basisNoReference', { text: doc.basis }, [...path, 'basis'], 'warning'));
  }

  let timeLimit: CatalogueItem['timeLimit'] = cache.timeLimit(doc.timeLimit);
  if (timeLimit.clauses.some((clause) => clause.kind === 'sameAsAbove')) {
    if (previous === undefined) {
      issues.push(createIssue('catalogue.sameAsAboveFirst', { field: 'timeLimit' }, [...path, 'timeLimit']));
    } else if (timeLimit.clauses.length === 1) {
      timeLimit = {
        ...previous.timeLimit,
        text: doc.timeLimit,
        resolvedFrom: previous.timeLimit.resolvedFrom ?? previous.index,
      };
    }
  }
  if (!timeLimit.recognized) {
    issues.push(
      createIssue('catalogue.timeLimitUnrecognized', { text: doc.timeLimit }, [...path, 'timeLimit'], 'warning'),
    );
  }

  let channels: ChannelEntry[];
  const onlyEntry = doc.channels.length === 1 ? doc.channels[0] : undefined;
  if (typeof onlyEntry === 'string' && onlyEntry.trim() === '同上') {
    if (previous === undefined)
      issues.push(createIssue('catalogue.sameAsAboveFirst', { field: 'channels' }, [...path, 'channels']));
    channels = previous === undefined ? [{ name: '同上', requirement: 'unspecified' }] : [...previous.channels];
  } else {
    channels = [];
    const seen = new Set<string>();
    doc.channels.forEach((entry, c) => {
      const at = [...path, 'channels', c];
      const { channel, markUnknown } = cache.channel(entry);
      if (markUnknown) {
        issues.push(
          createIssue('catalogue.channelMarkUnknown', { name: channel.name, mark: channel.mark ?? '' }, at, 'warning'),
        );
      }
      if (channel.channel === undefined)
        issues.push(createIssue('catalogue.channelUnknown', { name: channel.name }, at, 'warning'));
      const key =
        channel.channel === undefined || channel.channel === 'other' ? `name:${channel.name}` : channel.channel;
      if (seen.has(key)) issues.push(createIssue('catalogue.channelDuplicate', { name: channel.name }, at, 'warning'));
      seen.add(key);
      channels.push(channel);
    });
  }

  if (doc.audience.includes('specificGroups') && doc.specificGroups === undefined) {
    issues.push(createIssue('catalogue.specificGroupsUnnamed', {}, [...path, 'specificGroups'], 'warning'));
  }

  if (doc.tiers === undefined)
    issues.push(createIssue('catalogue.recommended', { field: 'tiers' }, [...path, 'tiers'], 'warning'));
  const tiers = (doc.tiers ?? []).map((label, t) => {
    const entry = cache.tier(label);
    if (entry.levels.length === 0)
      issues.push(createIssue('catalogue.tierUnknown', { label }, [...path, 'tiers', t], 'warning'));
    return entry;
  });

  if (doc.instances !== undefined) {
    const fields = doc.instanceFields;
    if (fields === undefined) {
      issues.push(createIssue('catalogue.instancesWithoutFields', {}, [...path, 'instances']));
    } else {
      const declared = new Set(fields);
      doc.instances.forEach((row, r) => {
        for (const key of Object.keys(row)) {
          if (!declared.has(key)) {
            issues.push(
              createIssue('catalogue.instanceFieldUndeclared', { field: key }, [...path, 'instances', r, key]),
            );
          }
        }
        for (const field of fields) {
          if (!(field in row)) {
            issues.push(createIssue('catalogue.instanceFieldMissing', { field }, [...path, 'instances', r], 'warning'));
          }
        }
      });
    }
  }

  return {
    index,
    ...(doc.id === undefined ? {} : { id: doc.id }),
    primaryMatter: doc.primaryMatter,
    secondaryMatter: doc.secondaryMatter,
    ...(doc.tertiaryMatter === undefined ? {} : { tertiaryMatter: doc.tertiaryMatter }),
    contentElements: doc.contentElements,
    basis,
    timeLimit,
    publisher: doc.publisher,
    channels,
    audience: doc.audience,
    ...(doc.specificGroups === undefined ? {} : { specificGroups: doc.specificGroups }),
    mode: doc.mode,
    tiers,
    ...(doc.instanceFields === undefined ? {} : { instanceFields: doc.instanceFields }),
    ...(doc.instances === undefined ? {} : { instances: doc.instances }),
    ...(doc.notApplicable === undefined ? {} : { notApplicable: doc.notApplicable }),
    ...(doc.guidelineItemId === undefined ? {} : { guidelineItemId: doc.guidelineItemId }),
    ...(doc.extra === undefined ? {} : { extra: doc.extra }),
  };
}

function readHeader(doc: CatalogueHeaderDocument, issues: CatalogueIssue[]): CatalogueHeader {
  const date = safeParseLocalDate(doc.effectiveOn, ['header', 'effectiveOn']);
  if (!date.success) issues.push(...date.issues);
  if (doc.agency.uscc !== undefined) issues.push(...checkUscc(doc.agency.uscc, ['header', 'agency', 'uscc']));
  (doc.tierLabels ?? []).forEach((label, t) => {
    if (tierLevelsOf(label).length === 0) {
      issues.push(createIssue('catalogue.tierUnknown', { label }, ['header', 'tierLabels', t], 'warning'));
    }
  });
  return {
    ...doc,
    effectiveOn: doc.effectiveOn as LocalDate,
    division: parseDivisionCode(doc.jurisdiction.divisionCode),
  };
}

/**
 * The domain checks of the parts that are well formed in a document that is not: the header and
 * each item whose structure is sound are checked as usual, so a structural error in one item does
 * not hide the warnings and errors of the others.
 */
function partsWellFormed(input: unknown): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  if (typeof input !== 'object' || input === null) return issues;
  const { header, items } = input as { header?: unknown; items?: unknown };
  const parsedHeader = headerSchema.safeParse(header);
  if (parsedHeader.success) readHeader(parsedHeader.data, issues);
  if (!Array.isArray(items)) return issues;
  const cache = new CellCache();
  let previous: CatalogueItem | undefined;
  (items as unknown[]).forEach((raw, index) => {
    const item = itemSchema.safeParse(raw);
    // An item after a malformed one is read without "同上" from above: it has nothing sound to copy.
    previous = item.success ? readItem(item.data, index, previous, cache, issues) : undefined;
  });
  return issues;
}

/**
 * Parses and checks a catalogue document: its structure (the JSON Schema's rules), then the
 * domain rules — real dates and check characters, the time-limit grammar, the channel vocabulary,
 * tiers, instance rows, 同上 resolved against the item above. Errors are what 国办发〔2019〕54号
 * requires; warnings are what is recommended, and come back with the data.
 * @param input - the document, e.g. `JSON.parse` of a file
 * @returns the catalogue and its warnings, or every issue found
 * @example
 * ```ts
 * const result = safeParseCatalogue(JSON.parse(text));
 * if (!result.success) for (const issue of result.issues) console.log(formatCatalogueIssue(issue));
 * // 第12项 公开时限：缺少公开时限：国办发〔2019〕54号要求目录列明…
 * ```
 */
export function safeParseCatalogue(input: unknown): CatalogueParseResult {
  const structural = catalogueDocumentSchema.safeParse(input, { reportInput: true });
  if (!structural.success) {
    const issues = structural.error.issues.flatMap((issue) => mapZodIssue(issue, input));
    return { success: false, issues: [...issues, ...partsWellFormed(input)] };
  }
  const doc: CatalogueDocument = structural.data;
  const issues: CatalogueIssue[] = [];
  const header = readHeader(doc.header, issues);
  const cache = new CellCache();
  const items: CatalogueItem[] = [];
  const names = new Map<string, number>();
  const ids = new Map<string, number>();
  doc.items.forEach((itemDoc, index) => {
    const name = nameOf(itemDoc);
    const firstByName = names.get(name);
    if (firstByName === undefined) names.set(name, index);
    else
      issues.push(
        createIssue('catalogue.duplicateItem', { name, firstItem: firstByName + 1 }, ['items', index], 'warning'),
      );
    if (itemDoc.id !== undefined) {
      const firstById = ids.get(itemDoc.id);
      if (firstById === undefined) ids.set(itemDoc.id, index);
      else
        issues.push(
          createIssue('catalogue.duplicateId', { id: itemDoc.id, firstItem: firstById + 1 }, ['items', index, 'id']),
        );
    }
    items.push(readItem(itemDoc, index, items[index - 1], cache, issues));
  });
  if (issues.some((issue) => issue.severity === 'error')) return { success: false, issues };
  return { success: true, data: { formatVersion: doc.formatVersion, header, items }, issues };
}

/**
 * Parses and checks a catalogue document; see {@link safeParseCatalogue}.
 * @param input - the document
 * @returns the catalogue (warnings are available from {@link safeParseCatalogue})
 * @throws {@link CatalogueError} listing every issue when any is an error
 */
export function parseCatalogue(input: unknown): Catalogue {
  const result = safeParseCatalogue(input);
  if (!result.success) throw new CatalogueError(result.issues);
  return result.data;
}

/**
 * The display name of an item: 一级事项 / 二级事项 (/ 三级事项).
 * @param item - a parsed or document item
 * @returns the name
 */
export function itemName(
  item: Pick<CatalogueItemDocument, 'primaryMatter' | 'secondaryMatter' | 'tertiaryMatter'>,
): string {
  return nameOf(item as CatalogueItemDocument);
}
