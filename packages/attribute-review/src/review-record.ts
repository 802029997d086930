import type { DisclosureAttribute } from './attribute.js';
import type { ReviewFindingKind, ReviewFinding } from './scan.js';

/** The reviewer's conclusion. */
export type ReviewDecision = 'approved' | 'approvedWithRedactions' | 'rejected';

/** An entry of the 审查记录台账: what was reviewed, by whom, when, what was found, what was decided. */
export interface ReviewRecord {
  /** The document reviewed: its id and title. */
  readonly document: { readonly id: string; readonly title: string };
  /** Who reviewed it: id and name. */
  readonly reviewer: { readonly id: string; readonly name: string };
  /** The instant of the review, ISO 8601 with an offset. */
  readonly reviewedAt: string;
  /** What the scan found, by kind and place (the text itself is not kept). */
  readonly findings: readonly Pick<ReviewFinding, 'kind' | 'start' | 'end' | 'severity' | 'term'>[];
  /** 同意发布, 脱敏后发布 or 不予发布 (`ReviewDecision`). */
  readonly decision: ReviewDecision;
  /** The disclosure attribute at review (主动公开, 依申请公开, 不予公开). */
  readonly attribute: DisclosureAttribute;
  /** The reviewer's note, e.g. why a finding is kept. */
  readonly note?: string;
}

const DECISIONS: Readonly<Record<ReviewDecision, string>> = {
  approved: '同意发布',
  approvedWithRedactions: '脱敏后发布',
  rejected: '不予发布',
};
const ATTRIBUTES: Readonly<Record<DisclosureAttribute, string>> = {
  proactive: '主动公开',
  onRequest: '依申请公开',
  withheld: '不予公开',
};
const KINDS: Readonly<Record<ReviewFindingKind, string>> = {
  residentId: '公民身份号码',
  mobile: '手机号码',
  bankCard: '银行卡号',
  email: '电子邮件',
  passport: '护照号码',
  classificationMark: '密级标志',
  internalMark: '内部资料标志',
  sensitiveTerm: '敏感词',
};

/**
 * Builds a ledger entry from a review. Findings keep their kind, place and term, not the personal
 * data itself, so the ledger does not spread what the review was meant to catch.
 * @param entry - the review, with the scanner's findings
 * @returns the record
 */
export function createReviewRecord(
  entry: Omit<ReviewRecord, 'findings'> & { readonly findings: readonly ReviewFinding[] },
): ReviewRecord {
  return {
    ...entry,
    findings: entry.findings.map(({ kind, start, end, severity, term }) => ({
      kind,
      start,
      end,
      severity,
      ...(term === undefined ? {} : { term }),
    })),
  };
}

/**
 * The ledger as JSON.
 * @param records - the records
 * @returns pretty-printed JSON
 */
export function reviewRecordsToJson(records: readonly ReviewRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/**
 * A cell as a spreadsheet will read it safely: a text that starts like a formula (=, +, -, @, a tab
 * or a carriage return) gets a leading apostrophe, so that Excel and WPS show it instead of running it;
 * then RFC 4180 quoting.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Options of {@link reviewRecordsToCsv}. */
export interface ReviewCsvOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read Chinese in a CSV file; `true` by default. */
  readonly bom?: boolean;
}

/**
 * The ledger as CSV with Chinese headings (文件编号, 文件标题, 审查人, 审查时间, 发现问题数, 问题类型,
 * 审查结论, 公开属性, 备注), one line per record, RFC 4180 quoting, cells that would start a formula
 * neutralised, and a byte order mark so that Excel opens it in UTF-8.
 * @param records - the records
 * @param options - whether to start with the byte order mark
 * @returns the CSV text, lines ending in CRLF
 */
export function reviewRecordsToCsv(records: readonly ReviewRecord[], options: ReviewCsvOptions = {}): string {
  const header = [
    '文件编号',
    '文件标题',
    '审查人',
    '审查时间',
    '发现问题数',
    '问题类型',
    '审查结论',
    '公开属性',
    '备注',
  ];
  const lines = records.map((record) => {
    const kinds = [...new Set(record.findings.map((finding) => KINDS[finding.kind]))].join('、');
    return [
      record.document.id,
      record.document.title,
      record.reviewer.name,
      record.reviewedAt,
      String(record.findings.length),
      kinds,
      DECISIONS[record.decision],
      ATTRIBUTES[record.attribute],
      record.note ?? '',
    ]
      .map(csvCell)
      .join(',');
  });
  return `${options.bom === false ? '' : '\uFEFF'}${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
