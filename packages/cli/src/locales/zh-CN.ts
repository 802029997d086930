import type { CliMessages } from '../messages.js';

/** The command's texts in Chinese (the default locale). */
export const zhCN: CliMessages = {
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
  catalogueValidate: '校验目录文件（.xlsx、.docx 或 .json），逐条列出问题及位置；有错误时退出码为 1',
  catalogueDiff: '比较两个版本的目录，列出新增、删除、修改的事项（目录动态管理记录）',
  catalogueConvert: '在 Excel（.xlsx）与 JSON 之间转换目录；Word（.docx）目录可转为这两种',
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
  reportCheck:
    '校验年度报告（JSON，或网站发布的 HTML、文本页面；可多份或整个文件夹）：勾稽关系、正文与表格、上下年度结转；有错误时退出码为 1',
  cases: '案件记录文件（JSON）',
  year: '报告年度',
  format: '输出格式：md、html、json 或 docx',
  issuer: '报告机关（覆盖案件文件中的 issuer）',
  review: '发布前审查',
  reviewScan: '扫描文本中的个人信息、密级标志、内部资料标志和敏感词，给出行号和列号',
  headerOption:
    '目录信息（标题、行政区划、编制机关、领域、版本、施行日期）的 JSON 文件，用于没有“目录信息”工作表的工作簿和 Word 目录',
  headerNotObject: (file) => `${file} 不是目录信息的 JSON 对象（例如 {"domain": "社会救助", "version": "2025"}）`,
  lexicon: '敏感词库文件（每行：词语<Tab>类别<Tab>error|warning）',
  redactOption: '输出遮蔽个人信息后的文本',
  args: {
    file: '文件',
    reports: '年度报告文件（JSON、HTML、TXT），或包含它们的文件夹，可以多个',
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
  tooManyReports: (limit) => `一次最多校验 ${String(limit)} 份报告，请分批校验`,
  noReports: (paths) => `${paths} 中没有 .json 报告文件`,
  reportTableHeader: '文件\t年度\t发布机关\t错误\t警告',
  reportBatch: (files, failed) => `共校验 ${String(files)} 份报告，${String(failed)} 份有错误`,
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
