import type { ReportFormat } from './formats.js';

/** A cell: a number, or `null` for a blank cell. */
export type Cell = number | null;

/** Table 二 (主动公开政府信息情况) in the JSON form. */
export interface ProactiveTable {
  readonly blocks: readonly {
    readonly block: string;
    readonly columns: readonly string[];
    readonly rows: readonly { readonly label: string; readonly values: readonly Cell[] }[];
  }[];
}

/** Table 三 (收到和处理政府信息公开申请情况) in the JSON form. */
export interface RequestsTable {
  readonly columns: readonly string[];
  /** One row per numbered line, in the official order; `group` lists the headings above it. */
  readonly rows: readonly {
    readonly group?: readonly string[];
    readonly label: string;
    readonly values: readonly Cell[];
  }[];
}

/** Table 四 (行政复议、行政诉讼情况) in the JSON form: 15 numbers. */
export interface AppealsTable {
  readonly columns: readonly string[];
  readonly values: readonly Cell[];
}

/** The text sections: 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项. */
export interface ReportSections {
  readonly overview?: string;
  readonly problems?: string;
  readonly other?: string;
}

/** A 政府信息公开工作年度报告 in the JSON form `buildAnnualReport` writes and `checkReport` reads. */
export interface AnnualReport {
  /** The table format: `2021` (国办公开办函〔2021〕30号) or `2019-trial` (the 2019 试行 format). */
  readonly format: ReportFormat;
  /** The year reported on. */
  readonly year: number;
  /** The agency that publishes the report. */
  readonly issuer: string;
  /** The official tables: 主动公开 (表二), 收到和处理政府信息公开申请 (表三), 行政复议、行政诉讼 (表四). */
  readonly tables: {
    readonly proactive: ProactiveTable;
    readonly requests: RequestsTable;
    readonly appeals: AppealsTable;
  };
  /** The report's written sections (一 to 六), where given; the tables' numbers are quoted from `tables`. */
  readonly sections?: ReportSections;
  /** 信息处理费 actually collected in the year, in yuan (reported in section 六). */
  readonly feesCollectedYuan?: number;
  /** For a roll-up: the agencies whose reports were combined. */
  readonly agencies?: readonly string[];
}
