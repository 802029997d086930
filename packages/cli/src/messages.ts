import type { FindingKind } from '@gk/attribute-review';
import type { Locale } from '@gk/core';
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
  readonly redactOption: string;
  readonly args: Readonly<
    Record<'file' | 'old' | 'new' | 'in' | 'out' | 'date' | 'n' | 'from' | 'to' | 'noticeFile', string>
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
  readonly kinds: Readonly<Record<FindingKind, string>>;
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

const zhCN: CliMessages = {
  program: '政务公开标准化工具：标准目录、工作日与答复期限、年度报告、发布前审查',
  help: '显示帮助',
  helpCommand: '显示某个命令的帮助',
  version: '显示版本号',
  lang: '输出语言：zh-CN（默认）或 en',
  debug: '出错时显示完整的调用栈',
  json: '以 JSON 输出，供程序读取',
  out: '写入文件而不是标准输出',
  force: '输出文件已存在时覆盖',
  allowLoss: '目标格式保存不了全部内容时仍然转换（会列出丢失的内容）',
  wouldLose: (file) => `${file} 保存不了目录的全部内容，未转换（确认丢弃请加 --allow-loss）：`,
  choices: '（可选：$1）',
  defaultValue: '（默认：$1）',
  headings: { 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：' },
  catalogue: '政务公开事项标准目录：校验、比较、转换',
  catalogueValidate: '校验目录文件（.xlsx 或 .json），逐条列出问题及位置；有错误时退出码为 1',
  catalogueDiff: '比较两个版本的目录，列出新增、删除、修改的事项（目录动态管理记录）',
  catalogueConvert: '在 Excel（.xlsx）与 JSON 之间转换目录',
  workdays: '法定工作日（按国务院办公厅节假日安排通知）',
  workdaysAdd: '某日之后第 n 个工作日',
  workdaysBetween: '两个日期之间的工作日数（不含起始日，含结束日）',
  workdaysExplain: '说明某日是工作日、周末、节假日还是调休上班日，以及依据',
  workdaysImport: '检查一份国务院放假安排通知（JSON 文件），列出它与现有日历（暂定日）相比改变的日期',
  noticeOption: '先加入这份放假安排通知（JSON 文件，可重复）',
  noticeInvalid: (file) => `${file} 不是有效的放假安排通知：`,
  noticeValid: (file, year, title) => `${file}：${String(year)} 年放假安排通知（${title}）通过检查`,
  noticeNoChanges: '与现有日历相比没有改变的日期',
  noticeChanges: (count) => `与现有日历相比，改变 ${String(count)} 天：`,
  notCovered: '（原无数据）',
  provisionalMark: '（暂定）',
  provisionalNote: '注：该年度国务院放假安排通知尚未公布，日期暂按法定节假日推算，以国务院公布的放假安排为准',
  provisionalRule: (rule) =>
    rule === 'statutory'
      ? '《全国年节及纪念日放假办法》第二条（法定节日，暂定）'
      : '《全国年节及纪念日放假办法》第六条（节日适逢周末，在工作日补假，暂定）',
  request: '依申请公开',
  requestDeadline: '由案件事件文件计算答复期限，列出适用的每条规则及条款',
  today: '今天的日期（YYYY-MM-DD），默认取系统日期',
  report: '政府信息公开工作年度报告',
  reportAnnual: '由案件记录生成年度报告',
  reportCheck: '校验一份手工填写的年度报告（JSON），列出勾稽关系问题；有错误时退出码为 1',
  cases: '案件记录文件（JSON）',
  year: '报告年度',
  format: '输出格式：md、html、json 或 docx',
  issuer: '报告机关（覆盖案件文件中的 issuer）',
  review: '发布前审查',
  reviewScan: '扫描文本中的个人信息、密级标志、内部资料标志和敏感词，给出行号和列号',
  lexicon: '敏感词库文件（每行：词语<Tab>类别<Tab>error|warning）',
  redactOption: '输出遮蔽个人信息后的文本',
  args: {
    file: '文件',
    old: '旧版本文件',
    new: '新版本文件',
    in: '输入文件',
    out: '输出文件',
    date: '日期（YYYY-MM-DD）',
    n: '工作日数',
    from: '起始日期',
    to: '结束日期',
    noticeFile: '放假安排通知（JSON 文件，格式见 docs/workdays.md）',
  },
  error: '错误',
  warning: '警告',
  colon: '：',
  fileMissing: (file) => `找不到文件：${file}`,
  fileUnreadable: (file, reason) => `无法读取文件 ${file}：${reason}`,
  fileIsDirectory: (file) => `${file} 是目录，不是文件`,
  fileTooLarge: (file, limit) => `文件 ${file} 超过 ${String(Math.round(limit / 1024 / 1024))} MB，未读取`,
  fileExists: (file) => `输出文件 ${file} 已存在；确认覆盖请加 --force`,
  fileUnwritable: (file, reason) => `无法写入文件 ${file}：${reason}`,
  jsonInvalid: (file, line, column, reason) => `${file}:${String(line)}:${String(column)} 不是有效的 JSON：${reason}`,
  extensionUnknown: (file, allowed) => `无法识别文件类型：${file}（支持 ${allowed}）`,
  notInteger: (name, value) => `${name}应为整数，收到“${value}”`,
  formatUnknown: (value, allowed) => `不支持的格式“${value}”（支持 ${allowed}）`,
  docxNeedsOut: 'docx 格式需要用 --out 指定输出文件',
  commander: (text) =>
    text
      .replace(/^error: /, '错误：')
      .replace(/missing required argument '(.+)'/, '缺少参数 $1')
      .replace(/unknown command '(.+)'/, '未知命令 $1')
      .replace(/unknown option '(.+)'/, '未知选项 $1')
      .replace(/option '(.+)' argument missing/, '选项 $1 缺少取值')
      .replace(
        /too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\./,
        '参数过多：应为 $2 个，收到 $3 个',
      )
      .replace(/required option '(.+)' not specified/, '缺少必需的选项 $1')
      .replace(
        /option '(.+)' argument '(.+)' is invalid\. Allowed choices are (.+)\./,
        '选项 $1 的取值“$2”无效，可选：$3',
      ),
  unexpected: (reason) => `内部错误：${reason}（加 --debug 查看调用栈，并请报告此问题）`,
  summary: (errors, warnings) => `共 ${String(errors)} 个错误、${String(warnings)} 个警告`,
  valid: (file) => `${file}：通过校验`,
  noChanges: '两个版本没有差别',
  written: (file) => `已写入 ${file}`,
  refusedWithErrors: (file) => `${file} 有错误，未转换`,
  dated: (date, day) => `${date}（星期${'一二三四五六日'[day - 1] ?? ''}）`,
  dayExplained: (label, workday) => `${label}，${workday ? '工作日' : '休息日'}`,
  setBy: (source) => `依据：${source}`,
  lexiconLine: (file, line, reason) =>
    `${file}:${String(line)} ${{ emptyTerm: '词语为空', severity: '严重程度应为 error 或 warning', notText: '不是文本' }[reason]}，已跳过`,
  deadline: {
    findings: '程序问题：',
    inputIssues: '事件文件问题：',
  },
  casesInvalid: (file, where, reason) => `${file} ${where}：${reason}`,
  issuerMissing: '缺少报告机关：在案件文件中写 issuer，或用 --issuer 指定',
  proactiveMissing: '案件文件没有 proactive（表二主动公开数据），表二按 0 填写',
  findingsSummary: (count, errors) => `共 ${String(count)} 处，其中 ${String(errors)} 处须处理后才能发布`,
  noFindings: (file) => `${file}：未发现需要处理的内容`,
  store: '办理记录库：签名检查点与防篡改核验',
  storeCheckpoint: '用审计密钥为办理记录签署检查点，存入数据库并输出（请把文件保存在数据库以外）',
  storeVerify: '按签名检查点和哈希链核验办理记录，发现截断、删除或改写时指出位置；有问题时退出码为 1',
  dataDirOption: '内嵌数据库（PGlite）的数据目录',
  databaseUrlOption: 'PostgreSQL 连接串（默认取环境变量 DATABASE_URL）',
  keyFileOption: '审计密钥文件（默认取环境变量 GK_AUDIT_KEY）',
  checkpointOption: '导出的检查点文件（默认用数据库中最新的检查点）',
  auditKeyMissing: '缺少审计密钥：请用 --key-file 指定密钥文件，或设置环境变量 GK_AUDIT_KEY',
  storeMissing:
    '缺少数据库位置：请用 --data-dir 指定内嵌数据库目录，或用 --database-url（或环境变量 DATABASE_URL）指定 PostgreSQL',
  storeUnopenable: (reason) => `无法打开数据库：${reason}`,
  checkpointInvalid: (file) => `${file} 不是 gk 检查点文件`,
  checkpointTaken: (events, root) => `已签署检查点：${String(events)} 条办理记录，根哈希 ${root}`,
  audit: (r) => {
    if (r.ok)
      return `办理记录完好：共 ${String(r.events)} 条，与 ${r.checkpoint.createdAt} 签署的检查点（${String(r.checkpoint.events)} 条，根哈希 ${r.checkpoint.root.slice(0, 16)}…）一致，哈希链完整`;
    switch (r.reason) {
      case 'noCheckpoint':
        return '数据库中没有检查点：请先运行 gk store checkpoint，或用 --checkpoint 指定导出的检查点文件';
      case 'signature':
        return '检查点的签名与审计密钥不符：检查点被改动，或密钥不对';
      case 'caseDeleted':
        return `办理记录被改动：案件 ${r.brokenAt.agencyId}/${r.brokenAt.caseId} 在检查点中有记录，现已整案删除`;
      case 'truncated':
        return `办理记录被改动：案件 ${r.brokenAt.agencyId}/${r.brokenAt.caseId} 从第 ${String(r.brokenAt.version)} 条起的记录被截去`;
      case 'rewritten':
        return `办理记录被改动：案件 ${r.brokenAt.agencyId}/${r.brokenAt.caseId} 第 ${String(r.brokenAt.version)} 条记录与检查点不符（已被改写，哈希重新计算过）`;
      case 'gap':
      case 'previousHash':
      case 'hash':
        return `办理记录被改动：案件 ${r.brokenAt.agencyId}/${r.brokenAt.caseId} 第 ${String(r.brokenAt.version)} 条记录的哈希链断开`;
    }
  },
  noFindingsIn: (file, segments) => `${file}：读取了 ${String(segments)} 段（格）文字，未发现需要处理的内容`,
  scanFormat: (file, extension) =>
    `无法读取 .${extension} 文件 ${file} 中的文字，未扫描：请另存为 .docx、.xlsx 或文本文件（UTF-8）后再扫描`,
  notText: (file) => `${file} 不是文本文件（含有二进制内容或无法识别的编码），未扫描`,
  readAsGb18030: (file) => `${file} 不是 UTF-8 编码，已按 GB18030（GBK）读取`,
  redactTextOnly: '--redact 只用于文本文件；Word、Excel 文件请按扫描结果在原文件中修改',
  kinds: {
    residentId: '公民身份号码',
    mobile: '手机号码',
    bankCard: '银行卡号',
    email: '电子邮箱',
    passport: '护照号码',
    classificationMark: '密级标志',
    internalMark: '内部资料标志',
    sensitiveTerm: '敏感词',
  },
};

const en: CliMessages = {
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
    'validate a catalogue file (.xlsx or .json) and list every issue with its location; exit code 1 on errors',
  catalogueDiff: 'compare two versions of a catalogue: items added, removed and changed',
  catalogueConvert: 'convert a catalogue between Excel (.xlsx) and JSON',
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
  reportCheck: 'check a hand-typed annual report (JSON); exit code 1 on errors',
  cases: 'case records file (JSON)',
  year: 'the report year',
  format: 'output format: md, html, json or docx',
  issuer: 'the reporting agency (overrides issuer in the cases file)',
  review: 'pre-publication review',
  reviewScan:
    'scan text for personal data, classification and internal marks and sensitive terms, with line and column',
  lexicon: 'sensitive-word lexicon (one per line: term<Tab>category<Tab>error|warning)',
  redactOption: 'print the text with personal data masked',
  args: {
    file: 'file',
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

/** The messages of each locale. */
export const MESSAGES: Readonly<Record<Locale, CliMessages>> = { 'zh-CN': zhCN, en };
