import type { CliMessages } from '../messages.js';

/** The command's texts in English. */
export const en: CliMessages = {
  program:
    'Government disclosure toolkit: catalogues, workdays and answer deadlines, annual reports, pre-publication review',
  help: 'display help',
  helpCommand: 'display help for a command',
  version: 'display the version',
  lang: 'output language: zh-CN (default) or en',
  debug: 'show the full stack trace on errors',
  json: 'print JSON for programs',
  out: 'write to a file instead of standard output',
  force: 'overwrite the output file if it exists',
  allowLoss: 'convert even when the target format cannot hold everything (the losses are listed)',
  wouldLose: (file) => `${file} cannot hold the whole catalogue; not converted (add --allow-loss to drop it):`,
  choices: '(choices: $1)',
  defaultValue: '(default: $1)',
  headings: { 'Usage:': 'Usage:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Arguments:': 'Arguments:' },
  catalogue: 'standard disclosure catalogues: validate, compare, convert',
  catalogueValidate:
    'validate a catalogue file (.xlsx, .docx or .json) and list every issue with its location; exit code 1 on errors',
  catalogueDiff: 'compare two versions of a catalogue: items added, removed and changed',
  catalogueConvert: 'convert a catalogue between Excel (.xlsx) and JSON; a Word (.docx) catalogue converts to either',
  workdays: 'official working days (from the State Council holiday notices)',
  workdaysAdd: 'the n-th workday after a date',
  workdaysBetween: 'workdays between two dates (start excluded, end included)',
  workdaysExplain: 'whether a date is a workday, weekend, holiday or make-up workday, and why',
  workdaysImport: 'check a State Council holiday notice (JSON file) and list the days it changes in the calendar',
  noticeOption: 'add this holiday notice first (JSON file; may repeat)',
  noticeInvalid: (file) => `${file} is not a valid holiday notice:`,
  noticeValid: (file, year, title) => `${file}: the ${String(year)} holiday notice (${title}) passes its checks`,
  noticeNoChanges: 'it changes no day of the calendar',
  noticeChanges: (count) => `it changes ${String(count)} day(s):`,
  notCovered: '(not covered)',
  provisionalMark: ' (provisional)',
  provisionalNote:
    "note: that year's State Council holiday notice is not yet published; the date follows the statutory holidays until it is",
  provisionalRule: (rule) =>
    rule === 'statutory'
      ? 'Measures on National Annual Holidays, Art. 2 (statutory holiday, provisional)'
      : 'Measures on National Annual Holidays, Art. 6 (day off in lieu of a weekend holiday, provisional)',
  request: 'requests for government information',
  requestDeadline: 'compute the answer deadline from a case events file, with each rule applied and its article',
  today: "today's date (YYYY-MM-DD), the system date by default",
  report: 'annual report on government information disclosure',
  reportAnnual: 'build the annual report from case records',
  reportCheck:
    'check annual reports (JSON, or published HTML or text pages; several or a folder): cross-checks, text against tables, carry-over between years; exit code 1 on errors',
  cases: 'case records file (JSON)',
  year: 'the report year',
  format: 'output format: md, html, json or docx',
  issuer: 'the reporting agency (overrides issuer in the cases file)',
  review: 'pre-publication review',
  reviewScan:
    'scan text for personal data, classification and internal marks and sensitive terms, with line and column',
  headerOption:
    "the catalogue's header (title, jurisdiction, agency, domain, version, effective date) as a JSON file, for workbooks without a 目录信息 sheet and Word catalogues",
  headerNotObject: (file) =>
    `${file} is not a JSON object of header fields (e.g. {"domain": "社会救助", "version": "2025"})`,
  lexicon: 'sensitive-word lexicon (one per line: term<Tab>category<Tab>error|warning)',
  redactOption: 'print the text with personal data masked',
  args: {
    file: 'file',
    reports: 'annual reports (JSON, or published HTML or text pages), or folders of them; several allowed',
    old: 'the earlier version',
    new: 'the later version',
    in: 'input file',
    out: 'output file',
    date: 'date (YYYY-MM-DD)',
    n: 'number of workdays',
    noticeFile: 'holiday notice (JSON file, format in docs/workdays.md)',
    from: 'start date',
    to: 'end date',
  },
  error: 'error',
  warning: 'warning',
  colon: ': ',
  fileMissing: (file) => `file not found: ${file}`,
  fileUnreadable: (file, reason) => `cannot read ${file}: ${reason}`,
  fileIsDirectory: (file) => `${file} is a directory, not a file`,
  fileTooLarge: (file, limit) => `${file} is larger than ${String(Math.round(limit / 1024 / 1024))} MB; not read`,
  fileExists: (file) => `${file} exists; add --force to overwrite it`,
  fileUnwritable: (file, reason) => `cannot write ${file}: ${reason}`,
  jsonInvalid: (file, line, column, reason) => `${file}:${String(line)}:${String(column)} is not valid JSON: ${reason}`,
  extensionUnknown: (file, allowed) => `unknown file type: ${file} (supported: ${allowed})`,
  notInteger: (name, value) => `${name} must be a whole number, got "${value}"`,
  formatUnknown: (value, allowed) => `unsupported format "${value}" (supported: ${allowed})`,
  docxNeedsOut: 'the docx format needs an output file: --out <file>',
  commander: (text) => text,
  unexpected: (reason) => `internal error: ${reason} (add --debug for the stack trace, and please report it)`,
  tooManyReports: (limit) => `At most ${String(limit)} reports are checked at once; check them in batches.`,
  noReports: (paths) => `No .json report files in ${paths}.`,
  reportTableHeader: 'file\tyear\tissuer\terrors\twarnings',
  reportBatch: (files, failed) => `${String(files)} report(s) checked, ${String(failed)} with errors.`,
  summary: (errors, warnings) => `${String(errors)} error(s), ${String(warnings)} warning(s)`,
  valid: (file) => `${file}: valid`,
  noChanges: 'the two versions do not differ',
  written: (file) => `wrote ${file}`,
  refusedWithErrors: (file) => `${file} has errors; not converted`,
  dated: (date, day) =>
    `${date} (${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][day - 1] ?? ''})`,
  dayExplained: (label, workday) => `${label}, ${workday ? 'a workday' : 'a day off'}`,
  setBy: (source) => `set by: ${source}`,
  lexiconLine: (file, line, reason) =>
    `${file}:${String(line)} ${{ emptyTerm: 'empty term', severity: 'severity must be error or warning', notText: 'not text' }[reason]}; skipped`,
  deadline: {
    findings: 'procedural findings:',
    inputIssues: 'problems in the events file:',
  },
  casesInvalid: (file, where, reason) => `${file} ${where}: ${reason}`,
  issuerMissing: 'no reporting agency: give issuer in the cases file, or --issuer',
  proactiveMissing: 'the cases file has no proactive (table 2) data; table 2 is filled with zeros',
  findingsSummary: (count, errors) => `${String(count)} finding(s), ${String(errors)} to fix before publication`,
  noFindings: (file) => `${file}: nothing to fix`,
  store: 'The case log: signed checkpoints and tamper checks',
  storeCheckpoint:
    'Sign a checkpoint of the case log with the audit key, keep it in the database and print it (keep the file outside the database)',
  storeVerify:
    'Check the case log against a signed checkpoint and the hash chain, naming where it was cut, deleted or rewritten; exit code 1 when so',
  dataDirOption: 'the embedded database (PGlite) data directory',
  databaseUrlOption: 'a PostgreSQL connection string (default: the DATABASE_URL environment variable)',
  keyFileOption: 'the audit key file (default: the GK_AUDIT_KEY environment variable)',
  checkpointOption: 'an exported checkpoint file (default: the latest checkpoint in the database)',
  auditKeyMissing: 'No audit key: give --key-file, or set GK_AUDIT_KEY',
  storeMissing: 'No database: give --data-dir for embedded PGlite, or --database-url (or DATABASE_URL) for PostgreSQL',
  storeUnopenable: (reason) => `cannot open the database: ${reason}`,
  checkpointInvalid: (file) => `${file} is not a gk checkpoint file`,
  checkpointTaken: (events, root) => `Checkpoint signed: ${String(events)} events, root ${root}`,
  audit: (r) => {
    if (r.ok)
      return `The case log is intact: ${String(r.events)} events, consistent with the checkpoint signed at ${r.checkpoint.createdAt} (${String(r.checkpoint.events)} events, root ${r.checkpoint.root.slice(0, 16)}…); the hash chain is whole`;
    switch (r.reason) {
      case 'noCheckpoint':
        return 'No checkpoint in the database: run gk store checkpoint first, or give --checkpoint';
      case 'signature':
        return "The checkpoint's signature does not match the audit key: the checkpoint was changed, or the key is wrong";
      case 'caseDeleted':
        return `The case log was changed: case ${r.brokenAt.agencyId}/${r.brokenAt.caseId}, recorded in the checkpoint, was deleted`;
      case 'truncated':
        return `The case log was changed: case ${r.brokenAt.agencyId}/${r.brokenAt.caseId} lost its events from no. ${String(r.brokenAt.version)}`;
      case 'rewritten':
        return `The case log was changed: event no. ${String(r.brokenAt.version)} of case ${r.brokenAt.agencyId}/${r.brokenAt.caseId} differs from the checkpoint (rewritten, hashes recomputed)`;
      case 'gap':
      case 'previousHash':
      case 'hash':
        return `The case log was changed: the hash chain of case ${r.brokenAt.agencyId}/${r.brokenAt.caseId} breaks at event no. ${String(r.brokenAt.version)}`;
    }
  },
  noFindingsIn: (file, segments) => `${file}: read ${String(segments)} paragraphs or cells; nothing to fix`,
  scanFormat: (file, extension) =>
    `Cannot read the text of the .${extension} file ${file}; not scanned: save it as .docx, .xlsx or UTF-8 text first`,
  notText: (file) => `${file} is not a text file (binary content or an unknown encoding); not scanned`,
  readAsGb18030: (file) => `${file} is not UTF-8; read as GB18030 (GBK)`,
  redactTextOnly: '--redact works on text files; fix Word and Excel files in the original',
  kinds: {
    residentId: 'resident ID',
    mobile: 'mobile number',
    bankCard: 'bank card',
    email: 'e-mail',
    passport: 'passport',
    classificationMark: 'classification mark',
    internalMark: 'internal mark',
    sensitiveTerm: 'sensitive term',
  },
};
