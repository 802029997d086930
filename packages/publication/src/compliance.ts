// Compliance against the catalogue: was each publication on time (its item's 公开时限 from the day
// the information was formed or changed), does each 主动公开 item have content (栏目 completeness),
// are periodic items (每年3月底前, 半年至少更新1次) up to date, and what is due next.
import type { Catalogue, CatalogueItem, DueDateBasis, TimeLimitClause } from '@gk/catalogue-schema';
import { computeDue } from '@gk/catalogue-schema';
import type { LegalCitation, LocalDate } from '@gk/core';
import { addMonths, dateInMonth, parseLocalDate } from '@gk/core';
import type { WorkdayCalendar } from '@gk/workdays';
import type { PublicationState, PublishedVersion } from './evaluate.js';
import type { PublicationMetadata } from './events.js';

/**
 * What the compliance checks read of a publication: a `PublicationState` fits, and so does the narrow
 * row a store loads for a whole county (`store.publications.complianceSubjects`).
 */
export type ComplianceSubject = Pick<PublicationState, 'status' | 'indexNo' | 'versions'> & {
  readonly metadata: Pick<PublicationMetadata, 'catalogueItemIds'> | null;
};

/**
 * The key that links a publication to a catalogue item: the item's `id`, or, for an item without one,
 * its domain and place (`义务教育#3`). Give items ids: a place changes when the catalogue does.
 * @param catalogue - the catalogue
 * @param item - one of its items
 * @returns the key
 */
export function catalogueItemKey(catalogue: Catalogue, item: CatalogueItem): string {
  return item.id ?? `${catalogue.header.domain}#${String(item.index + 1)}`;
}

/** Options of the compliance checks. */
export interface ComplianceOptions {
  /** The working-day calendar. */
  readonly calendar: WorkdayCalendar;
}

/** One version of a publication against its item's time limit. */
export interface Timeliness {
  /** The published version, from 1. */
  readonly version: number;
  /** The day the information was formed or changed (信息形成或者变更之日), from which the limit runs. */
  readonly formedOn: LocalDate;
  /** The day this version was published. */
  readonly publishedOn: LocalDate;
  /** `null` when the limit sets no date (长期公开, 随…公开) or its date cannot be chosen. */
  readonly dueOn: LocalDate | null;
  /** How the due date was computed (the clause applied, 及时 bounded by 第二十六条 …), or `null` with `dueOn`. */
  readonly basis: DueDateBasis | null;
  /** The articles the due date applies. */
  readonly citations: readonly LegalCitation[];
  /** Whether it was published after `dueOn`. */
  readonly late: boolean;
  /** Workdays after the due date it was published (0 when on time). */
  readonly lateWorkdays: number;
}

/**
 * Each published version of a publication against the time limit of the item it discloses: its due
 * date from the day the information was formed or changed (`computeDue`: workdays, calendar days and
 * months per 民法典第二百零一条至第二百零三条, 及时 bounded by 条例第二十六条), and how many workdays late.
 * @param publication - the publication's state
 * @param item - the catalogue item it discloses
 * @param options - the calendar
 * @returns one entry per version, first publication first
 */
export function checkTimeliness(
  publication: ComplianceSubject,
  item: CatalogueItem,
  options: ComplianceOptions,
): Timeliness[] {
  return publication.versions.map((version) => timelinessOf(version, item, options.calendar));
}

function timelinessOf(version: PublishedVersion, item: CatalogueItem, calendar: WorkdayCalendar): Timeliness {
  let due: ReturnType<typeof computeDue>;
  try {
    due = computeDue(item.timeLimit, { triggerOn: version.formedOn, calendar });
  } catch {
    // Several dated clauses with none chosen, or an unresolved 同上: no date to hold it to.
    due = null;
  }
  const late = due !== null && version.publishedOn > due.dueOn;
  return {
    version: version.version,
    formedOn: version.formedOn,
    publishedOn: version.publishedOn,
    dueOn: due?.dueOn ?? null,
    basis: due?.basis ?? null,
    citations: due?.citations ?? [],
    late,
    lateWorkdays: late && due !== null ? Math.max(0, calendar.workdaysBetween(due.dueOn, version.publishedOn)) : 0,
  };
}

/** A periodic item's current period: its deadline and whether it was met. */
export interface PeriodicStatus {
  /** The deadline of the period that has run out most recently, or the next when none has. */
  readonly dueOn: LocalDate;
  /** Whether something was published for that period. */
  readonly met: boolean;
  /** The deadline after it. */
  readonly nextDueOn: LocalDate;
}

/** One 主动公开 item of a catalogue and what has been published under it. */
export interface ItemCompliance {
  readonly key: string;
  readonly domain: string;
  readonly item: CatalogueItem;
  /** Publications under it that are published and not withdrawn. */
  readonly publications: number;
  readonly latestOn: LocalDate | null;
  /** The day each version under it was published, every publication's, oldest first. */
  readonly publishedDates: readonly LocalDate[];
  readonly hasContent: boolean;
  /** Versions published after their due date. */
  readonly late: readonly (Timeliness & { readonly indexNo: string | null })[];
  /** For 每年3月底前 and 半年至少更新1次 items. */
  readonly periodic: PeriodicStatus | null;
}

/** What to publish next, and by when. */
export interface ToDo {
  readonly key: string;
  readonly domain: string;
  readonly title: string;
  /** `null` when the item has no content and no date can be set (no trigger known). */
  readonly dueOn: LocalDate | null;
  readonly reason: 'noContent' | 'periodicMissed' | 'periodicDue';
}

/** A county's (or an agency's) catalogues against its publications. */
export interface CatalogueCompliance {
  readonly today: LocalDate;
  readonly items: readonly ItemCompliance[];
  readonly withoutContent: readonly ItemCompliance[];
  readonly withLate: readonly ItemCompliance[];
  readonly periodicMissed: readonly ItemCompliance[];
  /** The clerk's list, soonest first; undated entries last. */
  readonly toDo: readonly ToDo[];
}

/** Options of {@link checkCatalogueCompliance}. */
export interface CatalogueComplianceOptions extends ComplianceOptions {
  /** Today, `YYYY-MM-DD` (the caller's clock). */
  readonly today: string;
}

const MONTHS: Readonly<Record<string, number>> = { yearly: 12, halfYearly: 6, quarterly: 3, monthly: 1 };

function periodicClause(item: CatalogueItem): Extract<TimeLimitClause, { kind: 'periodic' }> | undefined {
  return item.timeLimit.clauses.find((c): c is Extract<TimeLimitClause, { kind: 'periodic' }> => c.kind === 'periodic');
}

/**
 * A periodic item's standing on `today`. A yearly deadline (每年3月底前) is met when something was
 * published in the year up to it; "至少n次" per period (半年至少更新1次) is met while the last
 * publication is less than a period old (n more than 1 is read as once per period/n).
 */
function periodicStatus(
  clause: Extract<TimeLimitClause, { kind: 'periodic' }>,
  dates: readonly LocalDate[],
  today: LocalDate,
): PeriodicStatus {
  if (clause.by !== undefined) {
    const { month, day } = clause.by;
    const year = Number(today.slice(0, 4));
    const thisYear = dateInMonth(year, month, day);
    const dueOn = thisYear <= today ? thisYear : dateInMonth(year - 1, month, day);
    const from = dateInMonth(Number(dueOn.slice(0, 4)) - 1, month, day);
    const met = dates.some((on) => on > from && on <= dueOn);
    return { dueOn, met, nextDueOn: dateInMonth(Number(dueOn.slice(0, 4)) + 1, month, day) };
  }
  const months = Math.max(1, Math.floor((MONTHS[clause.frequency] ?? 12) / Math.max(1, clause.times ?? 1)));
  const latest = dates.reduce<LocalDate | null>((max, on) => (max === null || on > max ? on : max), null);
  if (latest === null) return { dueOn: today, met: false, nextDueOn: today };
  const dueOn = addMonths(latest, months);
  return { dueOn, met: today <= dueOn, nextDueOn: dueOn };
}

/**
 * Checks catalogues against what has been published: for each 主动公开 item (not marked 不适用), whether
 * it has content (确保目录中所有主动公开事项都有相应栏目进行公开), which versions were late, and for
 * periodic items whether the current period's deadline was met; with the clerk's to-do list. A pure
 * function of the catalogues, the publications' states and `today`.
 * @param catalogues - the agency's (or county's) catalogues
 * @param publications - the publications' states (`evaluatePublication`), or the narrow rows a store loads
 * @param options - today and the calendar
 * @returns the compliance, item by item, with the lists a clerk and an office need
 */
export function checkCatalogueCompliance(
  catalogues: readonly Catalogue[],
  publications: readonly ComplianceSubject[],
  options: CatalogueComplianceOptions,
): CatalogueCompliance {
  const today = parseLocalDate(options.today, ['today']);
  const byItem = new Map<string, ComplianceSubject[]>();
  for (const publication of publications) {
    if (publication.status !== 'published' || publication.metadata === null) continue;
    for (const key of publication.metadata.catalogueItemIds) {
      const list = byItem.get(key) ?? [];
      list.push(publication);
      byItem.set(key, list);
    }
  }
  const items: ItemCompliance[] = [];
  const toDo: ToDo[] = [];
  for (const catalogue of catalogues) {
    const domain = catalogue.header.domain;
    for (const item of catalogue.items) {
      if (!item.mode.includes('proactive') || item.notApplicable !== undefined) continue;
      const key = catalogueItemKey(catalogue, item);
      const under = byItem.get(key) ?? [];
      const dates = under.flatMap((p) => p.versions.map((v) => v.publishedOn));
      const latestOn = dates.reduce<LocalDate | null>((max, on) => (max === null || on > max ? on : max), null);
      const late = under.flatMap((p) =>
        checkTimeliness(p, item, options)
          .filter((t) => t.late)
          .map((t) => ({ ...t, indexNo: p.indexNo })),
      );
      const clause = periodicClause(item);
      const periodic = clause === undefined ? null : periodicStatus(clause, dates, today);
      const entry: ItemCompliance = {
        key,
        domain,
        item,
        publications: under.length,
        latestOn,
        publishedDates: [...dates].sort(),
        hasContent: under.length > 0,
        late,
        periodic,
      };
      items.push(entry);
      const title = [item.primaryMatter, item.secondaryMatter].filter((s) => s !== '').join(' / ');
      if (periodic !== null && !periodic.met)
        toDo.push({ key, domain, title, dueOn: periodic.dueOn, reason: 'periodicMissed' });
      else if (periodic !== null) toDo.push({ key, domain, title, dueOn: periodic.nextDueOn, reason: 'periodicDue' });
      else if (!entry.hasContent) toDo.push({ key, domain, title, dueOn: null, reason: 'noContent' });
    }
  }
  toDo.sort((a, b) =>
    a.dueOn === b.dueOn
      ? a.key.localeCompare(b.key)
      : a.dueOn === null
        ? 1
        : b.dueOn === null
          ? -1
          : a.dueOn < b.dueOn
            ? -1
            : 1,
  );
  return {
    today,
    items,
    withoutContent: items.filter((i) => !i.hasContent),
    withLate: items.filter((i) => i.late.length > 0),
    periodicMissed: items.filter((i) => i.periodic !== null && !i.periodic.met),
    toDo,
  };
}
