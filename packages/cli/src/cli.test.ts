import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { openStore } from '@gk/store';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Each `gk` call spawns a Node process (about 0.5 s, several seconds on a loaded two-core machine);
// a test making ten calls needs more than vitest's default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const BIN = fileURLToPath(new URL('../dist/gk.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../catalogue-schema/examples/', import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gk-cli-'));
  for (const name of [
    'events.json',
    'cases.json',
    'bad-cases.json',
    'broken.json',
    'notice.txt',
    'lexicon.txt',
    'notice-2027-test.json',
    'notice-bad.json',
  ])
    copyFileSync(join(FIXTURES, name), join(dir, name));
  copyFileSync(join(EXAMPLES, 'good/compulsory-education.json'), join(dir, 'education.json'));
  copyFileSync(join(EXAMPLES, 'bad/missing-time-limit.json'), join(dir, 'no-time-limit.json'));
});

/** Runs the built `gk` in the temporary directory, the way a shell would. */
function gk(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('gk workdays', () => {
  it('adds workdays across the National Day holiday and names the weekday', () => {
    expect(gk('workdays', 'add', '2025-09-30', '5')).toEqual({ code: 0, stdout: '2025-10-14（星期二）\n', stderr: '' });
  });

  it('counts workdays between two dates, the end included', () => {
    // 10-01…10-08 are days off; 10-09 (Thu) and 10-10 (Fri) are workdays.
    expect(gk('workdays', 'between', '2025-09-30', '2025-10-10').stdout).toBe('2\n');
  });

  it('explains a make-up workday with the notice that sets it, in Chinese or English', () => {
    expect(gk('workdays', 'explain', '2026-02-14').stdout).toBe(
      '2026-02-14（星期六） 调休上班（春节），工作日\n依据：国务院办公厅关于2026年部分节假日安排的通知\n',
    );
    expect(gk('--lang', 'en', 'workdays', 'explain', '2025-10-01').stdout.split('\n')[0]).toBe(
      '2025-10-01 (Wednesday) National Day and Mid-Autumn Festival, a day off',
    );
  });

  it('refuses a date beyond the calendar data instead of guessing, without a stack trace', () => {
    const result = gk('workdays', 'add', '2101-05-01', '3');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      '错误：日期 2101-05-01 超出工作日历的数据范围（2008-01-01 至 2100-12-31），无法判断是否为工作日；需要先加入该年度的国务院放假安排通知\n',
    );
    expect(gk('workdays', 'add', '2101-05-01', '3', '--debug').stderr).toContain('    at ');
  });

  it('answers past the last notice provisionally, and says so', () => {
    expect(gk('workdays', 'add', '2026-12-04', '20')).toEqual({
      code: 0,
      stdout:
        '2027-01-04（星期一）（暂定）\n注：该年度国务院放假安排通知尚未公布，日期暂按法定节假日推算，以国务院公布的放假安排为准\n',
      stderr: '',
    });
    expect(gk('workdays', 'explain', '2027-02-09').stdout).toBe(
      [
        '2027-02-09（星期二） 春节补假（暂定），休息日',
        '依据：《全国年节及纪念日放假办法》第六条（节日适逢周末，在工作日补假，暂定）',
        '2027年的国务院放假安排通知尚未公布，暂按《全国年节及纪念日放假办法》第二条、第六条推算，以国务院公布的放假安排为准',
        '',
      ].join('\n'),
    );
  });

  it('imports a holiday notice: checks it and lists the days it changes; --notice applies it', () => {
    const result = gk('workdays', 'import', 'notice-2027-test.json');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'notice-2027-test.json：2027 年放假安排通知（2027年部分节假日安排（测试数据，不是国务院的通知））通过检查',
      '与现有日历相比，改变 17 天：',
      '  2027-01-02（星期六） 周末（暂定） → 元旦',
      '  2027-01-03（星期日） 周末（暂定） → 元旦',
    ]);
    expect(lines).toContain('  2027-02-20（星期六） 周末（暂定） → 调休上班（春节）');
    expect(gk('workdays', 'add', '2027-02-04', '1', '--notice', 'notice-2027-test.json').stdout).toBe(
      '2027-02-15（星期一）\n',
    );
    expect(gk('workdays', 'add', '2027-02-04', '1').stdout.split('\n')[0]).toBe('2027-02-11（星期四）（暂定）');
  });

  it('lists every problem of a bad notice with where it is, exit code 1', () => {
    const result = gk('workdays', 'import', 'notice-bad.json');
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        '错误：notice-bad.json 不是有效的放假安排通知：',
        '  来源文件：2027 年的放假安排通知缺少来源文件（标题、日期、网址）',
        '  节日安排第1项 放假区间第1段：放假区间 2027-01-03 至 2027-01-01 的结束日早于开始日',
        '  节日安排第1项 调休上班日第1项：调休上班日 2027-01-05 不是周六或周日',
        '',
      ].join('\n'),
    });
  });

  it('rejects a count that is not a whole number', () => {
    expect(gk('workdays', 'add', '2025-09-30', 'five')).toMatchObject({
      code: 2,
      stderr: '错误：工作日数应为整数，收到“five”\n',
    });
  });
});

describe('gk catalogue', () => {
  it('validates a good JSON catalogue with exit code 0', () => {
    const result = gk('catalogue', 'validate', 'education.json');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^(education\.json：通过校验|共 0 个错误、\d+ 个警告)$/);
  });

  it('lists the errors of a bad catalogue with their place and exits 1; --json for machines', () => {
    const text = gk('catalogue', 'validate', 'no-time-limit.json');
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^no-time-limit\.json 错误：第1项 公开时限：/m);
    const json = gk('catalogue', 'validate', 'no-time-limit.json', '--json');
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as { valid: boolean; errors: number; issues: { code: string }[] };
    expect(parsed.valid).toBe(false);
    expect(parsed.errors).toBeGreaterThan(0);
    expect(parsed.issues.map((issue) => issue.code)).toContain('catalogue.required');
  });

  it('converts JSON → XLSX → JSON, validates the sheet, and reports a blanked cell at its address', async () => {
    expect(gk('catalogue', 'convert', 'education.json', 'education.xlsx')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('已写入 education.xlsx') as string,
    });
    expect(gk('catalogue', 'validate', 'education.xlsx').code).toBe(0);
    expect(gk('catalogue', 'convert', 'education.xlsx', 'back.json').code).toBe(0);
    expect(gk('catalogue', 'diff', 'education.json', 'back.json')).toEqual({
      code: 0,
      stdout: '两个版本没有差别\n',
      stderr: '',
    });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'education.xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('F3').value).toBe('公开时限');
    sheet.getCell('F4').value = '';
    await workbook.xlsx.writeFile(join(dir, 'blank.xlsx'));
    const result = gk('catalogue', 'validate', 'blank.xlsx');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^blank\\.xlsx ${sheet.name}!F4 错误：`, 'm'));
  });

  it('refuses a workbook with a value at A1048576 at that cell, and a file over 20 MB unread', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('目录').getCell('A1048576').value = '公开事项';
    await workbook.xlsx.writeFile(join(dir, 'far.xlsx'));
    const far = gk('catalogue', 'validate', 'far.xlsx');
    expect(far.code).toBe(1);
    expect(far.stdout).toBe(
      'far.xlsx 目录!A1048576 错误：单元格 A1048576 超出 50000 行的上限，工作表未读取\n共 1 个错误、0 个警告\n',
    );
    writeFileSync(join(dir, 'huge.xlsx'), new Uint8Array(21 * 1024 * 1024));
    expect(gk('catalogue', 'validate', 'huge.xlsx')).toMatchObject({
      code: 2,
      stderr: '错误：文件 huge.xlsx 超过 20 MB，未读取\n',
    });
  });

  it('refuses a conversion that would lose data, listing what, unless --allow-loss', () => {
    // A local column's value ending in spaces: a sheet's cells are read trimmed.
    const doc = JSON.parse(readFileSync(join(dir, 'education.json'), 'utf8')) as {
      items: { extra?: Record<string, string> }[];
    };
    doc.items[0]!.extra = { ...doc.items[0]!.extra, 备注: '见附件  ' };
    writeFileSync(join(dir, 'numbered.json'), JSON.stringify(doc));
    const refused = gk('catalogue', 'convert', 'numbered.json', 'numbered.xlsx');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^错误：numbered\.xlsx 保存不了目录的全部内容，未转换（确认丢弃请加 --allow-loss）：\n修改事项：.*其他列/,
    );
    expect(existsSync(join(dir, 'numbered.xlsx'))).toBe(false);
    expect(gk('catalogue', 'convert', 'numbered.json', 'numbered.xlsx', '--allow-loss').code).toBe(0);
    expect(existsSync(join(dir, 'numbered.xlsx'))).toBe(true);
  });

  it('diffs two versions into change-log lines', () => {
    const doc = JSON.parse(readFileSync(join(dir, 'education.json'), 'utf8')) as {
      header: { version: string };
      items: { timeLimit: string }[];
    };
    doc.header.version = `${doc.header.version}-修订`;
    writeFileSync(join(dir, 'next.json'), JSON.stringify(doc));
    const result = gk('catalogue', 'diff', 'education.json', 'next.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^目录信息：版本由“.+”改为“.+-修订”\n$/);
  });

  it('does not overwrite an existing file without --force, and refuses an unknown extension', () => {
    writeFileSync(join(dir, 'taken.xlsx'), 'keep me');
    expect(gk('catalogue', 'convert', 'education.json', 'taken.xlsx')).toMatchObject({
      code: 2,
      stderr: '错误：输出文件 taken.xlsx 已存在；确认覆盖请加 --force\n',
    });
    expect(readFileSync(join(dir, 'taken.xlsx'), 'utf8')).toBe('keep me');
    expect(gk('catalogue', 'convert', 'education.json', 'taken.xlsx', '--force').code).toBe(0);
    expect(gk('catalogue', 'validate', 'catalogue.csv')).toMatchObject({
      code: 2,
      stderr: '错误：无法识别文件类型：catalogue.csv（支持 .xlsx, .docx, .json）\n',
    });
  });

  it('says which file is missing or is not JSON, in Chinese, and in English with --lang en', () => {
    expect(gk('catalogue', 'validate', 'nowhere.json')).toEqual({
      code: 2,
      stdout: '',
      stderr: '错误：找不到文件：nowhere.json\n',
    });
    expect(gk('--lang', 'en', 'catalogue', 'validate', 'nowhere.json').stderr).toBe(
      'error: file not found: nowhere.json\n',
    );
    expect(gk('catalogue', 'validate', 'broken.json').stderr).toMatch(/^错误：broken\.json:3:35 不是有效的 JSON：/);
    expect(gk('catalogue', 'validate', '.').stderr).toBe('错误：无法识别文件类型：.（支持 .xlsx, .docx, .json）\n');
  });
});

describe('gk request deadline', () => {
  it('prints the due date and each rule with its article', () => {
    const result = gk('request', 'deadline', 'events.json', '--today', '2025-10-20');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '收到申请之日：2025-09-26（《政府信息公开条例》第三十一条）',
        '20 个工作日答复期限：2025-10-30（《政府信息公开条例》第三十三条第二款）',
        '延长答复期限 10 个工作日（2025-10-20 批准）（《政府信息公开条例》第三十三条第二款）',
        '答复期限：2025-11-13',
        '剩余 18 个工作日',
        '',
      ].join('\n'),
    );
  });

  it('gives the same facts as JSON', () => {
    const parsed = JSON.parse(gk('request', 'deadline', 'events.json', '--today', '2025-10-20', '--json').stdout) as {
      dueOn: string;
      originalDueOn: string;
      rules: { citation?: string }[];
    };
    expect(parsed.dueOn).toBe('2025-11-13');
    expect(parsed.originalDueOn).toBe('2025-10-30');
    expect(parsed.rules[0]?.citation).toBe('《中华人民共和国政府信息公开条例》第三十一条');
  });
});

describe('gk report', () => {
  it('builds the annual report as Markdown from case records', () => {
    const result = gk('report', 'annual', '--cases', 'cases.json', '--year', '2025');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# 某县教育局2025年度政府信息公开工作年度报告\n/);
    // 4 received in 2025 (3 natural persons, 1 business), 1 carried over from 2024 (research).
    expect(result.stdout).toContain('| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |');
    expect(result.stdout).toContain('| 二、上年结转政府信息公开申请数量 | 0 | 0 | 1 | 0 | 0 | 0 | 1 |');
  });

  it('writes a Word report and a JSON report that `report check` accepts, then flags a typed-in error', async () => {
    expect(gk('report', 'annual', '--cases', 'cases.json', '--year', '2025', '--format', 'docx').stderr).toBe(
      '错误：docx 格式需要用 --out 指定输出文件\n',
    );
    const docx = gk('report', 'annual', '--cases', 'cases.json', '--year', '2025', '--format', 'docx', '-o', 'r.docx');
    expect(docx).toMatchObject({ code: 0, stderr: '已写入 r.docx\n' });
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'r.docx')));
    expect(await zip.file('word/document.xml')?.async('string')).toContain(
      '某县教育局2025年度政府信息公开工作年度报告',
    );

    const json = gk('report', 'annual', '--cases', 'cases.json', '--year', '2025', '--format', 'json', '-o', 'r.json');
    expect(json.code).toBe(0);
    expect(gk('report', 'check', 'r.json')).toEqual({ code: 0, stdout: 'r.json：通过校验\n', stderr: '' });

    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as {
      tables: { requests: { rows: { label: string; values: number[] }[] } };
    };
    const received = report.tables.requests.rows[0]!;
    received.values[0] = 30; // the clerk typed 30 for 3; the total still says 4
    writeFileSync(join(dir, 'typed.json'), JSON.stringify(report));
    const checked = gk('report', 'check', 'typed.json');
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/^typed\.json 错误：/m);
    expect(checked.stdout).toContain('相差');
  });

  it('checks a folder of reports at once: each on its own, the text against the tables, and year against year', () => {
    expect(
      gk('report', 'annual', '--cases', 'cases.json', '--year', '2025', '--format', 'json', '-o', 'r.json').code,
    ).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as {
      year: number;
      sections?: Record<string, string>;
      tables: { requests: { rows: { label: string; values: number[] }[] } };
    };
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'a-2025.json'), JSON.stringify(report));
    // 2026 carries in one 自然人 case more than 2025 carried out; its text says 9 new.
    const rowOf = (r: typeof report, prefix: string) =>
      r.tables.requests.rows.find((row) => row.label.startsWith(prefix))!;
    const out = rowOf(report, '四、').values;
    const next = structuredClone(report);
    next.year = 2026;
    next.sections = { ...next.sections, overview: '本年度新收政府信息公开申请9件。' };
    rowOf(next, '二、').values = out.map((v, c) => (c === 0 || c === 6 ? v + 1 : v));
    const fresh = rowOf(report, '一、').values[6];
    writeFileSync(join(dir, 'reports', 'a-2026.json'), JSON.stringify(next));
    writeFileSync(join(dir, 'reports', 'notes.md'), 'not a report');
    const batch = gk('report', 'check', 'reports');
    expect(batch.code).toBe(1);
    expect(batch.stdout).toContain('reports/a-2025.json：通过校验');
    expect(batch.stdout).toContain(
      `reports/a-2026.json 警告：一、总体情况写“新收政府信息公开申请9件”（9），表三“一、本年新收政府信息公开申请数量”总计为 ${String(fresh)}，请核对`,
    );
    expect(batch.stdout).toContain(
      `reports/a-2026.json 错误：表三“二、上年结转”“自然人”列为 ${String(out[0]! + 1)}，2025 年度报告的“四、结转下年度继续办理”为 ${String(out[0])}，应当相等`,
    );
    expect(batch.stdout).toContain('共校验 2 份报告，1 份有错误');
    const json = JSON.parse(gk('report', 'check', '--json', 'reports/a-2025.json', 'reports/a-2026.json').stdout) as {
      valid: boolean;
    }[];
    expect(json.map((r) => r.valid)).toEqual([true, false]);
    expect(gk('report', 'check', 'missing-folder')).toMatchObject({ code: 2 });
  });

  it('checks a report as published (HTML, Word), reporting what its reading noticed first', () => {
    expect(
      gk('report', 'annual', '--cases', 'cases.json', '--year', '2025', '--format', 'html', '-o', 'r.html').code,
    ).toBe(0);
    expect(gk('report', 'check', 'r.html')).toEqual({ code: 0, stdout: 'r.html：通过校验\n', stderr: '' });
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    writeFileSync(join(dir, 'damaged.html'), html.replace('（一）予以公开', '（一）予以公'));
    expect(gk('report', 'check', 'damaged.html').stdout).toContain(
      'damaged.html 警告：表三的“（一）予以公”按正式名称“（一）予以公开”处理',
    );
    expect(
      gk('report', 'annual', '--cases', 'cases.json', '--year', '2025', '--format', 'docx', '-o', 'r.docx').code,
    ).toBe(0);
    expect(gk('report', 'check', 'r.docx')).toEqual({ code: 0, stdout: 'r.docx：通过校验\n', stderr: '' });
    writeFileSync(join(dir, 'fake.docx'), 'not a Word file');
    const batch = gk('report', 'check', 'fake.docx', 'r.docx');
    expect(batch.code).toBe(1);
    expect(batch.stdout).toMatch(/^fake\.docx 错误：.+\n/);
    expect(batch.stdout).toContain('r.docx：通过校验');
    writeFileSync(join(dir, 'notice.html'), '<p>关于做好政务公开工作的通知</p>');
    expect(gk('report', 'check', 'notice.html')).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('notice.html 错误：没有找到年度报告的表格') as string,
    });
  });

  it('points at the case record that is wrong', () => {
    expect(gk('report', 'annual', '--cases', 'bad-cases.json', '--year', '2025')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^错误：bad-cases\.json cases\[1\]\.outcome：“approved”不是办理结果代码/) as string,
    });
    expect(gk('report', 'annual', '--cases', 'cases.json', '--year', '2025', '--format', 'pdf').stderr).toBe(
      '错误：不支持的格式“pdf”（支持 md, html, json, docx）\n',
    );
    expect(gk('report', 'annual', '--year', '2025')).toMatchObject({
      code: 2,
      stderr: '错误：缺少必需的选项 --cases <file>\n',
    });
  });
});

describe('gk review scan', () => {
  it('lists findings with line and column and exits 1 when something must be fixed', () => {
    const result = gk('review', 'scan', 'notice.txt');
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    // Line 4: "一、李某某，身份证号320102198001011238，联系电话13912345678，…": the ID at column 11, the phone at 34.
    expect(lines[0]).toMatch(/^notice\.txt:4:11 错误 公民身份号码 “320102198001011238”：/);
    expect(lines).toContainEqual(expect.stringMatching(/^notice\.txt:4:34 错误 手机号码 “13912345678”：/));
    expect(lines.at(-1)).toMatch(/^共 \d+ 处，其中 \d+ 处须处理后才能发布$/);
  });

  it('adds lexicon terms, warns about unreadable lexicon lines, and redacts', () => {
    const result = gk('review', 'scan', 'notice.txt', '--lexicon', 'lexicon.txt', '--json');
    expect(result.stderr).toBe('警告：lexicon.txt:3 严重程度应为 error 或 warning，已跳过\n');
    const findings = JSON.parse(result.stdout) as { line: number; column: number; kind: string; term?: string }[];
    // Title: "关于2025年度农村危房改造补助资金…" — 危 is the 11th character, 补 the 15th.
    expect(
      findings
        .filter((f) => f.kind === 'sensitiveTerm')
        .slice(0, 2)
        .map((f) => [f.term, f.line, f.column]),
    ).toEqual([
      ['危房改造', 1, 11],
      ['补助资金', 1, 15],
    ]);
    const redacted = gk('review', 'scan', 'notice.txt', '--redact');
    expect(redacted.code).toBe(0);
    expect(redacted.stdout).toContain('320102********1238');
    expect(redacted.stdout).not.toContain('13912345678');
    expect(redacted.stdout.length).toBe(readFileSync(join(dir, 'notice.txt'), 'utf8').length);
  });
});

describe('gk review scan on Word, Excel and other files', () => {
  it('reads a .docx paragraph by paragraph and an .xlsx cell by cell, naming where each finding is', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.getCell('A1').value = '姓名';
    sheet.getCell('B2').value = '１１０１０５１９４９１２３１００２Ｘ';
    sheet.getCell('C2').value = 13912345678;
    await workbook.xlsx.writeFile(join(dir, 'list.xlsx'));
    const xlsx = gk('review', 'scan', 'list.xlsx');
    expect(xlsx.code).toBe(1);
    expect(xlsx.stdout).toMatch(
      /^list\.xlsx 名单!B2 错误 公民身份号码 “１１０１０５１９４９１２３１００２Ｘ”：.+\nlist\.xlsx 名单!C2 错误 手机号码 “13912345678”：.+\n共 2 处，其中 2 处须处理后才能发布\n$/,
    );

    const zip = new JSZip();
    zip.file(
      'word/document.xml',
      '<w:document><w:body><w:p><w:r><w:t>公示</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">身份证 110105 </w:t></w:r><w:r><w:t>19491231 002X</w:t></w:r></w:p></w:body></w:document>',
    );
    writeFileSync(join(dir, 'notice.docx'), await zip.generateAsync({ type: 'uint8array' }));
    expect(gk('review', 'scan', 'notice.docx', '--json')).toMatchObject({ code: 1 });
    expect(JSON.parse(gk('review', 'scan', 'notice.docx', '--json').stdout)).toMatchObject([
      { location: '第2段', kind: 'residentId', text: '110105 19491231 002X' },
    ]);
    expect(gk('review', 'scan', 'notice.docx', '--redact')).toMatchObject({
      code: 2,
      stderr: '错误：--redact 只用于文本文件；Word、Excel 文件请按扫描结果在原文件中修改\n',
    });
  });

  it('refuses a .pdf and a binary file instead of finding nothing; reads GB18030 text, saying so', () => {
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.7 110105194912310038');
    expect(gk('review', 'scan', 'scan.pdf')).toMatchObject({
      code: 2,
      stderr: '错误：无法读取 .pdf 文件 scan.pdf 中的文字，未扫描：请另存为 .docx、.xlsx 或文本文件（UTF-8）后再扫描\n',
    });
    writeFileSync(join(dir, 'blob.dat'), new Uint8Array([0x31, 0, 0x32, 0xff]));
    expect(gk('review', 'scan', 'blob.dat').stderr).toBe(
      '错误：blob.dat 不是文本文件（含有二进制内容或无法识别的编码），未扫描\n',
    );
    // 姓名,身份证号 / 张三,110105194912310038 saved by Excel on Chinese Windows (GBK).
    const gbk = Buffer.from('d0d5c3fb2cc9edb7ddd6a4bac50d0ad5c5c8fd2c3131303130353139343931323331303033380d0a', 'hex');
    writeFileSync(join(dir, 'list.csv'), gbk);
    const csv = gk('review', 'scan', 'list.csv');
    expect(csv.code).toBe(1);
    expect(csv.stderr).toBe('警告：list.csv 不是 UTF-8 编码，已按 GB18030（GBK）读取\n');
    expect(csv.stdout).toMatch(/^list\.csv:2:4 错误 公民身份号码 “110105194912310038”：/);
  });
});

describe('gk review scan on a long file', () => {
  it('scans in blocks yet reports every finding once, at the right line', () => {
    const id = '11010519491231002X';
    const filler = '本镇2025年度财政预算执行情况公开说明，详见附件。'.repeat(3);
    const lines = Array.from({ length: 40_000 }, (_, i) => (i % 9_999 === 0 ? `联系人身份证号${id}` : filler));
    writeFileSync(join(dir, 'long.txt'), lines.join('\n'));
    expect(lines.join('\n').length).toBeGreaterThan(2 * (1 << 20)); // more than two blocks
    const findings = JSON.parse(gk('review', 'scan', 'long.txt', '--json').stdout) as {
      line: number;
      column: number;
    }[];
    expect(findings.map((f) => [f.line, f.column])).toEqual([
      [1, 8],
      [10_000, 8],
      [19_999, 8],
      [29_998, 8],
      [39_997, 8],
    ]);
  });
});

describe('gk help', () => {
  it('speaks Chinese by default and English with --lang en', () => {
    const zh = gk('--help');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^用法：gk \[options\] \[command\]/);
    expect(zh.stdout).toContain('选项：');
    expect(zh.stdout).toContain('catalogue        政务公开事项标准目录：校验、比较、转换');
    const en = gk('--lang', 'en', 'catalogue', 'validate', '--help');
    expect(en.stdout).toContain('validate a catalogue file (.xlsx, .docx or .json)');
    expect(gk('frob')).toMatchObject({ code: 2, stderr: '错误：未知命令 frob\n' });
  });
});

describe('gk store', () => {
  it('signs a checkpoint and finds a case whose last event was cut off, naming where', async () => {
    const dataDir = join(dir, 'pglite');
    const store = await openStore({ dataDir });
    const actor = { id: 'clerk-1', role: 'registrar' as const };
    await store.append(
      { agencyId: 'a1', caseId: 'c1' },
      [
        {
          type: 'received',
          on: '2025-09-01',
          actor,
          channel: 'inPerson',
          applicant: {
            kind: 'naturalPerson',
            name: '张三',
            phone: '13800000000',
            idDocument: { type: '护照', number: 'E1' },
          },
          request: { description: '某文件', forms: ['paper'] },
        },
        { type: 'reasonRequested', on: '2025-09-02', actor },
      ],
      0,
    );
    await store.close();
    writeFileSync(join(dir, 'audit.key'), `${'0123456789abcdef'.repeat(3)}\n`);
    const args = ['--data-dir', 'pglite', '--key-file', 'audit.key'];

    expect(gk('store', 'verify', ...args)).toMatchObject({
      code: 1,
      stdout: '数据库中没有检查点：请先运行 gk store checkpoint，或用 --checkpoint 指定导出的检查点文件\n',
    });
    const signed = gk('store', 'checkpoint', ...args, '-o', 'checkpoint.json');
    expect(signed.code).toBe(0);
    expect(signed.stderr).toMatch(/^已写入 checkpoint\.json\n已签署检查点：2 条办理记录，根哈希 [0-9a-f]{64}\n$/);
    expect(gk('store', 'verify', ...args, '--checkpoint', 'checkpoint.json')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        /^办理记录完好：共 2 条，与 .+ 签署的检查点（2 条，根哈希 [0-9a-f]{16}…）一致，哈希链完整\n$/,
      ) as string,
    });

    const db = await PGlite.create({ dataDir });
    await db.exec(
      'ALTER TABLE gk_events DISABLE TRIGGER USER; DELETE FROM gk_events WHERE version = 2; ALTER TABLE gk_events ENABLE TRIGGER USER;',
    );
    await db.close();
    expect(gk('store', 'verify', ...args, '--checkpoint', 'checkpoint.json')).toMatchObject({
      code: 1,
      stdout: '办理记录被改动：案件 a1/c1 从第 2 条起的记录被截去\n',
    });
    expect(gk('store', 'verify', '--data-dir', 'pglite')).toMatchObject({
      code: 2,
      stderr: '错误：缺少审计密钥：请用 --key-file 指定密钥文件，或设置环境变量 GK_AUDIT_KEY\n',
    });
  }, 60_000);
});
