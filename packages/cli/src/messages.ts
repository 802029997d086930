import type { ReviewFindingKind } from '@gk/attribute-review';
import type { AuditVerification } from '@gk/store';

/** Every text the command prints, per locale. */
export interface CliMessages {
  readonly program: string;
  readonly help: string;
  readonly helpCommand: string;
  readonly version: string;
  readonly lang: string;
  readonly debug: string;
  readonly json: string;
  readonly out: string;
  readonly force: string;
  readonly allowLoss: string;
  readonly wouldLose: (file: string) => string;
  /** Replacement text for commander's `(choices: …)`, `$1` being the list. */
  readonly choices: string;
  /** Replacement text for commander's `(default: …)`. */
  readonly defaultValue: string;
  readonly headings: Readonly<Record<'Usage:' | 'Options:' | 'Commands:' | 'Arguments:', string>>;
  readonly catalogue: string;
  readonly catalogueValidate: string;
  readonly catalogueDiff: string;
  readonly catalogueConvert: string;
  readonly workdays: string;
  readonly workdaysAdd: string;
  readonly workdaysBetween: string;
  readonly workdaysExplain: string;
  readonly workdaysImport: string;
  readonly noticeOption: string;
  readonly noticeInvalid: (file: string) => string;
  readonly noticeValid: (file: string, year: number, title: string) => string;
  readonly noticeNoChanges: string;
  readonly noticeChanges: (count: number) => string;
  readonly notCovered: string;
  readonly provisionalMark: string;
  readonly provisionalNote: string;
  readonly provisionalRule: (rule: 'statutory' | 'compensatory') => string;
  readonly request: string;
  readonly requestDeadline: string;
  readonly today: string;
  readonly report: string;
  readonly reportAnnual: string;
  readonly reportCheck: string;
  readonly cases: string;
  readonly year: string;
  readonly format: string;
  readonly issuer: string;
  readonly review: string;
  readonly reviewScan: string;
  readonly lexicon: string;
  /** `--header`: the catalogue's header fields as JSON. */
  readonly headerOption: string;
  /** A `--header` file that is not a JSON object. */
  readonly headerNotObject: (file: string) => string;
  readonly redactOption: string;
  readonly args: Readonly<
    Record<'file' | 'old' | 'new' | 'in' | 'out' | 'date' | 'n' | 'from' | 'to' | 'noticeFile' | 'reports', string>
  >;
  readonly error: string;
  readonly warning: string;
  /** The colon between a label and its text: ： or `: `. */
  readonly colon: string;
  readonly fileMissing: (file: string) => string;
  readonly fileUnreadable: (file: string, reason: string) => string;
  readonly fileIsDirectory: (file: string) => string;
  readonly fileTooLarge: (file: string, limit: number) => string;
  readonly fileExists: (file: string) => string;
  readonly fileUnwritable: (file: string, reason: string) => string;
  readonly jsonInvalid: (file: string, line: number, column: number, reason: string) => string;
  readonly extensionUnknown: (file: string, allowed: string) => string;
  readonly notInteger: (name: string, value: string) => string;
  readonly formatUnknown: (value: string, allowed: string) => string;
  readonly docxNeedsOut: string;
  readonly commander: (text: string) => string;
  readonly unexpected: (reason: string) => string;
  readonly tooManyReports: (limit: number) => string;
  readonly noReports: (paths: string) => string;
  readonly reportTableHeader: string;
  readonly reportBatch: (files: number, failed: number) => string;
  readonly summary: (errors: number, warnings: number) => string;
  readonly valid: (file: string) => string;
  readonly noChanges: string;
  readonly written: (file: string) => string;
  readonly refusedWithErrors: (file: string) => string;
  /** A date with its day of the week (ISO: 1 = Monday … 7 = Sunday). */
  readonly dated: (date: string, dayOfWeek: number) => string;
  readonly dayExplained: (label: string, workday: boolean) => string;
  readonly setBy: (source: string) => string;
  readonly lexiconLine: (file: string, line: number, reason: 'emptyTerm' | 'severity' | 'notText') => string;
  readonly deadline: DeadlineTexts;
  readonly casesInvalid: (file: string, where: string, reason: string) => string;
  readonly proactiveMissing: string;
  readonly issuerMissing: string;
  readonly findingsSummary: (count: number, errors: number) => string;
  readonly noFindings: (file: string) => string;
  readonly noFindingsIn: (file: string, segments: number) => string;
  readonly scanFormat: (file: string, extension: string) => string;
  readonly notText: (file: string) => string;
  readonly readAsGb18030: (file: string) => string;
  readonly redactTextOnly: string;
  readonly kinds: Readonly<Record<ReviewFindingKind, string>>;
  readonly store: string;
  readonly storeCheckpoint: string;
  readonly storeVerify: string;
  readonly dataDirOption: string;
  readonly databaseUrlOption: string;
  readonly keyFileOption: string;
  readonly checkpointOption: string;
  readonly auditKeyMissing: string;
  readonly storeMissing: string;
  readonly storeUnopenable: (reason: string) => string;
  readonly checkpointInvalid: (file: string) => string;
  readonly checkpointTaken: (events: number, root: string) => string;
  readonly audit: (result: AuditVerification) => string;
}

/** The texts of `gk request deadline` around the explanation `explainDeadline` gives. */
export interface DeadlineTexts {
  readonly findings: string;
  readonly inputIssues: string;
}
