// From a read table to the catalogue: the header from its sources, the schema's checks, and every
// issue placed at its cell.
import type { Catalogue, CatalogueDocument, CatalogueHeaderDocument, CatalogueIssue } from '@gk/catalogue-schema';
import { formatCatalogueIssue, safeParseCatalogue } from '@gk/catalogue-schema';
import type { Locale } from '@gk/core';
import { locatedIssue } from '../format-issue.js';
import type { HeaderSource, SheetIssue } from '../issues.js';
import type { Role } from '../xlsx/layout.js';
import { HEADER_KEYS } from '../xlsx/layout.js';
import type { CatalogueTable } from './read-table.js';
import type { Grid } from './grid.js';

/** The result of reading a catalogue from a workbook or a Word document. */
export interface XlsxCatalogueResult {
  /** The catalogue document read from the file (before domain checks). */
  readonly document: CatalogueDocument | null;
  /** The parsed catalogue when it has no errors. */
  readonly catalogue: Catalogue | null;
  /** Every problem found, errors and warnings together, each at its cell. */
  readonly issues: readonly SheetIssue[];
}

/** The header fields a file gives, by the keys of its 目录信息 sheet. */
export type HeaderFields = Partial<Record<(typeof HEADER_KEYS)[number][0], string>>;

// Where each required header field is in the document, for the missing-header issue.
const REQUIRED: readonly (readonly [(typeof HEADER_KEYS)[number][0], readonly string[]])[] = [
  ['title', ['header', 'title']],
  ['divisionCode', ['header', 'jurisdiction', 'divisionCode']],
  ['jurisdictionName', ['header', 'jurisdiction', 'name']],
  ['agencyName', ['header', 'agency', 'name']],
  ['domain', ['header', 'domain']],
  ['version', ['header', 'version']],
  ['effectiveOn', ['header', 'effectiveOn']],
];

function headerOf(
  found: HeaderFields,
  given: Partial<CatalogueHeaderDocument>,
  title: string,
  tierLabels: readonly string[],
): CatalogueHeaderDocument {
  // A blank cell or option gives nothing: the next source is taken.
  const first = (...values: (string | undefined)[]): string | undefined =>
    values.find((v) => v !== undefined && v !== '');
  const uscc = first(found.agencyUscc, given.agency?.uscc);
  return {
    title: first(found.title, given.title, title) ?? '',
    jurisdiction: {
      divisionCode: found.divisionCode ?? given.jurisdiction?.divisionCode ?? '',
      name: found.jurisdictionName ?? given.jurisdiction?.name ?? '',
    },
    agency: { name: found.agencyName ?? given.agency?.name ?? '', ...(uscc ? { uscc } : {}) },
    domain: found.domain ?? given.domain ?? '',
    version: found.version ?? given.version ?? '',
    effectiveOn: found.effectiveOn ?? given.effectiveOn ?? '',
    ...(found.guidelineId !== undefined && found.guidelineId !== ''
      ? {
          guideline: {
            id: found.guidelineId,
            ...(found.guidelineTitle ? { title: found.guidelineTitle } : {}),
            ...(found.guidelineDocNo ? { docNo: found.guidelineDocNo } : {}),
            ...(found.guidelineVersion ? { version: found.guidelineVersion } : {}),
          },
        }
      : given.guideline === undefined
        ? {}
        : { guideline: given.guideline }),
    ...(tierLabels.length > 0 ? { tierLabels } : {}),
  };
}

/** What {@link catalogueFromTable} needs besides the table. */
export interface TableContext {
  readonly grid: Grid;
  readonly table: CatalogueTable;
  /** The header fields the file itself gives (its 目录信息 sheet). */
  readonly found: HeaderFields;
  /** Where the header could have come from in the file, for the missing-header message. */
  readonly headerSource: HeaderSource;
  /** Where header issues are placed: the 目录信息 sheet, or the table. */
  readonly headerLocation: string;
  /** The title when the table has none above it (a Word document's heading). */
  readonly title?: string;
  readonly given: Partial<CatalogueHeaderDocument>;
  readonly locale: Locale;
  /** Issues found before (instance rows). */
  readonly issues: readonly SheetIssue[];
}

/**
 * The catalogue of a read table: the document with its header, the schema's checks, each issue at
 * its cell. Header fields neither the file nor the options give are one issue naming them and where
 * they can be given, instead of one issue per field.
 */
export function catalogueFromTable(context: TableContext): XlsxCatalogueResult {
  const { table, locale } = context;
  const title = table.title === '' ? (context.title ?? '') : table.title;
  const header = headerOf(context.found, context.given, title, table.tierLabels);
  const document = { formatVersion: '1' as const, header, items: table.items } satisfies CatalogueDocument;
  const missing = REQUIRED.filter(([, path]) => valueAt(document, path) === '');
  const issues: SheetIssue[] = [...context.issues];
  if (missing.length > 0) {
    const labels = missing.map(([key]) => HEADER_KEYS.find(([k]) => k === key)?.[1] ?? key).join('、');
    issues.push(
      locatedIssue(
        'xlsx.headerMissing',
        { fields: labels, source: context.headerSource },
        context.headerLocation,
        locale,
      ),
    );
  }
  const result = safeParseCatalogue(document);
  const missingPaths = missing.map(([, path]) => path.join('.'));
  for (const issue of result.issues) {
    if (missingPaths.includes(issue.path.join('.'))) continue;
    issues.push({
      ...issue,
      location: locationOf(issue, context),
      message: formatCatalogueIssue(issue, locale),
      issue,
    });
  }
  return { document, catalogue: result.success ? result.data : null, issues };
}

function valueAt(document: CatalogueDocument, path: readonly string[]): unknown {
  let value: unknown = document;
  for (const key of path) value = (value as Record<string, unknown>)[key];
  return value;
}

function locationOf(issue: CatalogueIssue, { grid, table, headerLocation }: TableContext): string {
  const [root, index, field] = issue.path;
  if (root === 'header') return headerLocation;
  if (root !== 'items' || typeof index !== 'number') return grid.name;
  const role: Role | undefined =
    typeof field !== 'string'
      ? undefined
      : field === 'audience'
        ? 'public'
        : field === 'mode'
          ? 'proactive'
          : (field as Role);
  const column =
    role === undefined
      ? undefined
      : (table.columnOf(role) ??
        (role === 'public'
          ? table.columnOf('audienceText')
          : role === 'proactive'
            ? table.columnOf('modeText')
            : undefined));
  return grid.at(table.rowOfItem[index] ?? 0, column ?? 1);
}
