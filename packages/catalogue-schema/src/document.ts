import * as z from 'zod';
import { PROVINCES } from '@gk/core';

/** 公开对象: 全社会 (`public`) or 特定群体 (`specificGroups`). */
export const AUDIENCES = ['public', 'specificGroups'] as const;
/** One of {@link AUDIENCES}. */
export type Audience = (typeof AUDIENCES)[number];

/** 公开方式: 主动公开 (`proactive`) or 依申请公开 (`onRequest`). */
export const DISCLOSURE_MODES = ['proactive', 'onRequest'] as const;
/** One of {@link DISCLOSURE_MODES}. */
export type DisclosureMode = (typeof DISCLOSURE_MODES)[number];

/** A channel as a document writes it: `■政府网站`, or an object with its requirement. */
export type ChannelEntryDocument =
  | string
  | {
      readonly name: string;
      readonly requirement?: 'required' | 'optional' | 'unspecified' | undefined;
      readonly mark?: string | undefined;
    };

/** One 公开事项 of a catalogue document, as JSON. */
export interface CatalogueItemDocument {
  /** A stable id within the catalogue, used to follow the item across versions. */
  readonly id?: string | undefined;
  /** 一级事项. */
  readonly primaryMatter: string;
  /** 二级事项. */
  readonly secondaryMatter: string;
  /** 三级事项, where the table has one. */
  readonly tertiaryMatter?: string | undefined;
  /** 公开内容（要素）: one entry per element, or the cell's text as one entry. */
  readonly contentElements: readonly string[];
  /** 公开依据, as written. */
  readonly basis: string;
  /** 公开时限, as written; read by the time-limit grammar. */
  readonly timeLimit: string;
  /** 公开主体. */
  readonly publisher: string;
  /** 公开渠道和载体. */
  readonly channels: readonly ChannelEntryDocument[];
  /** 公开对象. */
  readonly audience: readonly Audience[];
  /** Who the 特定群体 are, where the table says (特定群体（请写明）). */
  readonly specificGroups?: string | undefined;
  /** 公开方式. */
  readonly mode: readonly DisclosureMode[];
  /** 公开层级, as the table's tier columns are headed (县级, 乡、村级 …). */
  readonly tiers?: readonly string[] | undefined;
  /** The fields of the item's instance rows (e.g. 名称、地址、办学层次 for a school list). */
  readonly instanceFields?: readonly string[] | undefined;
  /** Instance rows, one per thing the item lists, keyed by the declared fields. */
  readonly instances?: readonly Readonly<Record<string, string>>[] | undefined;
  /** The county marks a guideline item as not applicable, with the reason. */
  readonly notApplicable?: { readonly reason: string } | undefined;
  /** The id of the guideline item this item implements. */
  readonly guidelineItemId?: string | undefined;
  /** Extra columns of the source table, verbatim (咨询电话, 责任科室 …). */
  readonly extra?: Readonly<Record<string, string>> | undefined;
}

/** Every field of an item a catalogue compares and shows, in the order of the county table; `id` aside. */
export const CATALOGUE_ITEM_FIELDS = [
  'primaryMatter',
  'secondaryMatter',
  'tertiaryMatter',
  'contentElements',
  'basis',
  'timeLimit',
  'publisher',
  'channels',
  'audience',
  'specificGroups',
  'mode',
  'tiers',
  'instanceFields',
  'instances',
  'notApplicable',
  'guidelineItemId',
  'extra',
] as const;
CATALOGUE_ITEM_FIELDS satisfies readonly (keyof CatalogueItemDocument)[];

/** A field of an item: one of {@link CATALOGUE_ITEM_FIELDS}. */
export type CatalogueItemField = (typeof CATALOGUE_ITEM_FIELDS)[number];

/**
 * The elements 国办发〔2019〕54号 requires of every item: 名称（一级、二级事项）、内容、依据、时限、主体、
 * 方式、渠道、对象.
 */
export const ELEMENTS_REQUIRED_BY_54 = [
  'primaryMatter',
  'secondaryMatter',
  'contentElements',
  'basis',
  'timeLimit',
  'publisher',
  'channels',
  'audience',
  'mode',
] as const;
ELEMENTS_REQUIRED_BY_54 satisfies readonly CatalogueItemField[];

/** The header of a catalogue document. */
export interface CatalogueHeaderDocument {
  /** The catalogue's title, e.g. 义务教育领域基层政务公开标准目录. */
  readonly title: string;
  /** The issuing jurisdiction: 行政区划代码 and name. */
  readonly jurisdiction: { readonly divisionCode: string; readonly name: string };
  /** The agency that compiles the catalogue. */
  readonly agency: { readonly name: string; readonly uscc?: string | undefined };
  /** The domain (试点领域), e.g. 义务教育. */
  readonly domain: string;
  /** The catalogue's own version, e.g. 2024版. */
  readonly version: string;
  /** The day the version takes effect, `YYYY-MM-DD`. */
  readonly effectiveOn: string;
  /** The guideline the catalogue implements. */
  readonly guideline?:
    | {
        readonly id: string;
        readonly title?: string | undefined;
        readonly docNo?: string | undefined;
        readonly version?: string | undefined;
      }
    | undefined;
  /** The tier columns as the table heads them, e.g. ["县级", "乡、村级"]. */
  readonly tierLabels?: readonly string[] | undefined;
}

/** A 政务公开事项标准目录 as a JSON document (format version 1). */
export interface CatalogueDocument {
  /** The JSON Schema's address, for editors. */
  readonly $schema?: string | undefined;
  /** The format's version: `"1"`. */
  readonly formatVersion: '1';
  readonly header: CatalogueHeaderDocument;
  readonly items: readonly CatalogueItemDocument[];
}

const text = (description: string) => z.string().regex(/\S/).meta({ description });
const DIVISION_CODE = new RegExp(`^(?:${Object.keys(PROVINCES).join('|')})(?!00(?!00))\\d{4}$`);

const channelEntry = z.union([
  text('渠道，可带标记：■ 必选，□ 可选，例如“■政府网站”'),
  z.strictObject({
    name: text('渠道名称'),
    requirement: z.enum(['required', 'optional', 'unspecified']).optional().meta({ description: '必选、可选或未标明' }),
    mark: z.string().optional().meta({ description: '原表中的标记符号' }),
  }),
]);

/** One item's structure (internal: the parser checks items one by one when the document fails). */
export const itemSchema: z.ZodType<CatalogueItemDocument> = z
  .strictObject({
    id: text('事项在目录中的稳定编号').optional(),
    primaryMatter: text('一级事项'),
    secondaryMatter: text('二级事项'),
    tertiaryMatter: text('三级事项').optional(),
    contentElements: z.array(text('公开内容要素')).min(1).meta({ description: '公开内容（要素）' }),
    basis: text('公开依据'),
    timeLimit: text('公开时限'),
    publisher: text('公开主体'),
    channels: z.array(channelEntry).min(1).meta({ description: '公开渠道和载体' }),
    audience: z
      .array(z.enum(AUDIENCES))
      .min(1)
      .meta({ description: '公开对象：全社会 public，特定群体 specificGroups' }),
    specificGroups: text('特定群体（请写明）').optional(),
    mode: z.array(z.enum(DISCLOSURE_MODES)).min(1).meta({ description: '公开方式：主动 proactive，依申请 onRequest' }),
    tiers: z.array(text('公开层级')).optional().meta({ description: '公开层级，按表头写法，例如“县级”“乡、村级”' }),
    instanceFields: z
      .array(text('实例字段'))
      .min(1)
      .optional()
      .meta({ description: '实例行的字段，例如学校名录的名称、地址' }),
    instances: z.array(z.record(z.string(), z.string())).optional().meta({ description: '实例行' }),
    notApplicable: z.strictObject({ reason: z.string().meta({ description: '不适用的理由' }) }).optional(),
    guidelineItemId: text('对应的标准指引事项编号').optional(),
    extra: z.record(z.string(), z.string()).optional().meta({ description: '原表的其他列' }),
  })
  .meta({ description: '公开事项' });

/** The header's structure (internal, as {@link itemSchema}). */
export const headerSchema: z.ZodType<CatalogueHeaderDocument> = z.strictObject({
  title: text('目录标题'),
  jurisdiction: z.strictObject({
    divisionCode: z.string().regex(DIVISION_CODE).meta({ description: '行政区划代码（GB/T 2260）' }),
    name: text('行政区划名称'),
  }),
  agency: z.strictObject({
    name: text('编制机关'),
    uscc: z
      .string()
      .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/)
      .optional()
      .meta({ description: '统一社会信用代码（GB 32100-2015）' }),
  }),
  domain: text('领域'),
  version: text('目录版本'),
  effectiveOn: z.iso.date().meta({ description: '施行日期 YYYY-MM-DD' }),
  guideline: z
    .strictObject({
      id: text('标准指引编号'),
      title: text('标准指引名称').optional(),
      docNo: text('印发文号').optional(),
      version: text('标准指引版本').optional(),
    })
    .optional(),
  tierLabels: z.array(text('公开层级表头')).optional(),
});

/**
 * The zod schema of a catalogue document (format version 1): structure only. {@link parseCatalogue}
 * adds the domain rules (real dates, check characters, time limits, channels, instance rows).
 */
export const catalogueDocumentSchema: z.ZodType<CatalogueDocument> = z
  .strictObject({
    $schema: z.string().optional(),
    formatVersion: z.literal('1').meta({ description: '格式版本' }),
    header: headerSchema,
    items: z.array(itemSchema).min(1).meta({ description: '公开事项' }),
  })
  .meta({
    title: '政务公开事项标准目录',
    description: '基层政务公开事项标准目录（国办发〔2019〕54号）的交换格式，第 1 版',
  });
