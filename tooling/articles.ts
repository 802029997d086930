// docs/articles.md from the code: every `cite(...)` call in the packages' and apps' sources (tests
// left out), with the declaration that holds it, grouped by provision. The short text of each
// provision is kept in tooling/article-summaries.json; a provision the code cites without a summary,
// or a summary no code cites, is an error.
// Usage: tsx tooling/articles.ts          writes docs/articles.md
//        tsx tooling/articles.ts --check  exit 1 when docs/articles.md is not what the code says
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';
import type { LawId, LegalCitation } from '../packages/core/src/index.js';
import { cite, formatCitation, isLawId, LAWS } from '../packages/core/src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(root, 'docs', 'articles.md');
const SUMMARIES = join(root, 'tooling', 'article-summaries.json');

/** A place in the code that cites a provision. */
interface Site {
  readonly citation: LegalCitation;
  /** The package or app, e.g. `@gk/request-workflow`. */
  readonly owner: string;
  /** The declaration holding the call, e.g. `CLOCK_CITATIONS.answer` or `processingFee`. */
  readonly symbol: string;
  readonly file: string;
}

function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!['node_modules', 'test-support', 'dist'].includes(name)) walk(path);
      } else if (/\.tsx?$/.test(name) && !/\.test(-d)?\.tsx?$/.test(name)) files.push(path);
    }
  };
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, group)).sort()) {
      const src = join(root, group, name, 'src');
      if (existsSync(src)) walk(src);
    }
  }
  return files;
}

function ownerOf(file: string): string {
  const parts = relative(root, file).split(/[\\/]/);
  const manifest = join(root, parts[0] ?? '', parts[1] ?? '', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name;
}

/** The values an argument can take: a number literal, `undefined`, a parameter, or both arms of `a ? 4 : 5`. */
type Arg = { kind: 'values'; values: (number | undefined)[] } | { kind: 'param'; index: number };

function argOf(node: ts.Expression | undefined, params: readonly string[]): Arg | null {
  if (node === undefined) return { kind: 'values', values: [undefined] };
  if (ts.isNumericLiteral(node)) return { kind: 'values', values: [Number(node.text)] };
  if (ts.isIdentifier(node) && node.text === 'undefined') return { kind: 'values', values: [undefined] };
  if (ts.isIdentifier(node) && params.includes(node.text)) return { kind: 'param', index: params.indexOf(node.text) };
  if (ts.isParenthesizedExpression(node)) return argOf(node.expression, params);
  if (ts.isConditionalExpression(node)) {
    const a = argOf(node.whenTrue, params);
    const b = argOf(node.whenFalse, params);
    if (a?.kind === 'values' && b?.kind === 'values') return { kind: 'values', values: [...a.values, ...b.values] };
  }
  return null;
}

/** A helper such as `const r = (article, paragraph, item) => cite('regulation', article, paragraph, item)`. */
interface Wrapper {
  readonly law: LawId;
  readonly args: readonly Arg[];
}

function wrapperOf(node: ts.Node): [string, Wrapper] | null {
  let name: string | undefined;
  let fn: ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | undefined;
  if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer !== undefined) {
    if (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer)) {
      name = node.name.text;
      fn = node.initializer;
    }
  } else if (ts.isFunctionDeclaration(node) && node.name !== undefined) {
    name = node.name.text;
    fn = node;
  }
  if (name === undefined || fn?.body === undefined) return null;
  let body: ts.Node = fn.body;
  if (ts.isBlock(body)) {
    const only = body.statements.length === 1 ? body.statements[0] : undefined;
    if (only === undefined || !ts.isReturnStatement(only) || only.expression === undefined) return null;
    body = only.expression;
  }
  if (!ts.isCallExpression(body) || !isCiteCall(body)) return null;
  const params = fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : ''));
  const [law, ...rest] = body.arguments;
  if (law === undefined || !ts.isStringLiteral(law) || !isLawId(law.text)) return null;
  const args = [0, 1, 2].map((i) => argOf(rest[i], params));
  if (args.some((a) => a === null)) return null;
  return [name, { law: law.text, args: args as Arg[] }];
}

const isCiteCall = (node: ts.CallExpression): boolean =>
  ts.isIdentifier(node.expression) && node.expression.text === 'cite';

/** The name of the declaration holding a node: `CONST.key.key`, a function, a class member. */
function symbolOf(node: ts.Node): string {
  const keys: string[] = [];
  for (let at: ts.Node | undefined = node.parent; at !== undefined; at = at.parent) {
    if (ts.isPropertyAssignment(at) && (ts.isIdentifier(at.name) || ts.isStringLiteral(at.name)))
      keys.unshift(at.name.text);
    else if (ts.isVariableDeclaration(at) && ts.isIdentifier(at.name)) {
      const topLevel = ts.isSourceFile(at.parent.parent.parent);
      if (ts.isArrowFunction(at.initializer ?? at) || ts.isFunctionExpression(at.initializer ?? at))
        return at.name.text;
      if (topLevel) return [at.name.text, ...keys].join('.');
      keys.length = 0;
    } else if (ts.isFunctionDeclaration(at) && at.name !== undefined) return at.name.text;
    else if (ts.isMethodDeclaration(at) && ts.isIdentifier(at.name)) {
      const owner = ts.isClassDeclaration(at.parent) && at.parent.name !== undefined ? `${at.parent.name.text}.` : '';
      return `${owner}${at.name.text}`;
    }
  }
  return keys.join('.') || '(module)';
}

function sitesOf(file: string): Site[] {
  const text = readFileSync(file, 'utf8');
  if (!text.includes('cite(') && !text.includes('cite,')) return [];
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const wrappers = new Map<string, Wrapper>();
  const collect = (node: ts.Node): void => {
    const found = wrapperOf(node);
    if (found !== null) wrappers.set(found[0], found[1]);
    ts.forEachChild(node, collect);
  };
  collect(source);
  const sites: Site[] = [];
  const owner = ownerOf(file);
  const add = (node: ts.Node, law: LawId, args: readonly (number | undefined)[][]): void => {
    const [articles = [], paragraphs = [], items = []] = args;
    for (const article of articles)
      for (const paragraph of paragraphs)
        for (const item of items) {
          if (article === undefined) continue;
          sites.push({
            citation: cite(law, article, paragraph, item),
            owner,
            symbol: symbolOf(node),
            file: relative(root, file).replace(/\\/g, '/'),
          });
        }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const wrapper = wrappers.get(node.expression.text);
      if (isCiteCall(node)) {
        const [law, ...rest] = node.arguments;
        if (law !== undefined && ts.isStringLiteral(law) && isLawId(law.text)) {
          const args = [0, 1, 2].map((i) => argOf(rest[i], []));
          if (args.every((a) => a?.kind === 'values'))
            add(
              node,
              law.text,
              args.map((a) => (a as { values: (number | undefined)[] }).values),
            );
        }
      } else if (wrapper !== undefined) {
        const callArgs = [0, 1, 2].map((i) => argOf(node.arguments[i], []));
        const values = wrapper.args.map((a): (number | undefined)[] | null => {
          if (a.kind === 'values') return a.values;
          const given = callArgs[a.index];
          return given?.kind === 'values' ? given.values : null;
        });
        if (values.every((v) => v !== null)) add(node, wrapper.law, values);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sites;
}

const keyOf = (c: LegalCitation): string => [c.law, c.article, c.paragraph ?? 0, c.item ?? 0].join(':');

/** A provision's short text, by `law:article[:paragraph[:item]]` (the most specific key that exists wins). */
type Summaries = Record<string, string>;

function summaryKeys(c: LegalCitation): string[] {
  const keys = [`${c.law}:${String(c.article)}`];
  if (c.paragraph !== undefined) keys.unshift(`${c.law}:${String(c.article)}:${String(c.paragraph)}`);
  if (c.item !== undefined) keys.unshift(`${c.law}:${String(c.article)}:${String(c.paragraph ?? 0)}:${String(c.item)}`);
  return keys;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function render(sites: readonly Site[], summaries: Summaries): { text: string; problems: string[] } {
  const problems: string[] = [];
  const used = new Set<string>();
  const byKey = new Map<string, Site[]>();
  for (const site of sites) {
    const key = keyOf(site.citation);
    byKey.set(key, [...(byKey.get(key) ?? []), site]);
  }
  const lawOrder = Object.keys(LAWS);
  const keys = [...byKey.keys()].sort((a, b) => {
    const [la, ...na] = a.split(':');
    const [lb, ...nb] = b.split(':');
    if (la !== lb) return lawOrder.indexOf(la ?? '') - lawOrder.indexOf(lb ?? '');
    for (let i = 0; i < 3; i++) if (Number(na[i]) !== Number(nb[i])) return Number(na[i]) - Number(nb[i]);
    return 0;
  });
  const lines: string[] = [
    '# 条款与实现对照表 / Articles and the code that applies them',
    '',
    '<!-- 本文件由 tooling/articles.ts 生成，请勿手改：pnpm run docs:articles。Generated by tooling/articles.ts; do not edit. -->',
    '',
    '代码中每条有法律效果的规则都以数据形式（`LegalCitation`）带着它适用的条款。本表由脚本从源码中每一处 `cite(...)` 调用生成，',
    '列出条款、条款的要点（`tooling/article-summaries.json`）和引用它的声明；CI 检查本表与代码一致，',
    '代码引用了而没有要点的条款、有要点而没有代码引用的条款都会使检查失败。',
    '',
    'Every rule with a legal effect carries the provision it applies as data (`LegalCitation`). This table is',
    'generated from every `cite(...)` call in the sources: the provision, its gist, and the declarations that',
    'cite it (name, package and file). CI fails when the table and the code disagree.',
    '',
  ];
  let currentLaw = '';
  for (const key of keys) {
    const group = byKey.get(key) ?? [];
    const citation = group[0]!.citation;
    if (citation.law !== currentLaw) {
      currentLaw = citation.law;
      const law = LAWS[citation.law];
      lines.push(
        `## ${law.title}${'docNo' in law ? `（${law.docNo}）` : ''}`,
        '',
        '| 条款 | 要点 | 实现 |',
        '| --- | --- | --- |',
      );
    }
    const summaryKey = summaryKeys(citation).find((k) => summaries[k] !== undefined);
    if (summaryKey === undefined)
      problems.push(
        `没有要点：${formatCitation(citation)}（在 tooling/article-summaries.json 加 "${summaryKeys(citation)[0] ?? ''}"）`,
      );
    else used.add(summaryKey);
    const where = [...new Map(group.map((s) => [`${s.file} ${s.symbol}`, s])).values()]
      .map((s) => `\`${s.symbol}\`（${s.owner}，${s.file}）`)
      .join('<br>');
    const article = formatCitation(citation, { provisionOnly: true });
    lines.push(`| ${article} | ${cell(summaryKey === undefined ? '' : (summaries[summaryKey] ?? ''))} | ${where} |`);
    const next = keys[keys.indexOf(key) + 1];
    if (next?.split(':')[0] !== citation.law) lines.push('');
  }
  for (const key of Object.keys(summaries))
    if (!used.has(key)) problems.push(`要点 "${key}" 没有代码引用：删去或在代码中 cite 它`);
  lines.push(
    '',
    '## 国家标准与不适用的条款 / Standards, and a rule not applied',
    '',
    '国家标准不是法规条款，不以 `cite(...)` 引用；这里手工列出。',
    '',
    '| 依据 | 要点 | 实现 |',
    '| --- | --- | --- |',
    '| GB 32100-2015、GB 11714-1997 | 统一社会信用代码：登记管理部门码、校验码；内含组织机构代码的校验码 | `checkUscc`、`isValidUscc`、`organizationCodeCheckCharacter`（@gk/core） |',
    '| GB 11643-1999 | 公民身份号码结构与校验码 | `checkResidentId`、`isValidResidentId`、`maskResidentId`（@gk/core） |',
    '| GB/T 2260 | 行政区划代码结构 | `parseDivisionCode`（@gk/core） |',
    "| 《中华人民共和国民法典》第二百零三条第一款（不适用） | 只顺延期间的最后一日 | “每年1月31日前”这样的期日不顺延：`computeDue` 的 `basis: 'fixedDay'`（@gk/catalogue-schema） |",
  );
  return { text: `${lines.join('\n').trimEnd()}\n`, problems };
}

const summaries = JSON.parse(readFileSync(SUMMARIES, 'utf8')) as Summaries;
const sites = sourceFiles().flatMap(sitesOf);
const rendered = render(sites, summaries);
const { problems } = rendered;
const text = await prettier.format(rendered.text, { ...(await prettier.resolveConfig(OUTPUT)), filepath: OUTPUT });
if (problems.length > 0) {
  for (const problem of problems) console.error(`articles: ${problem}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : '';
  if (current !== text) {
    console.error('articles: docs/articles.md 与代码中的 cite(...) 不一致；运行 pnpm run docs:articles 重新生成');
    process.exit(1);
  }
  console.log(`articles: docs/articles.md matches ${String(sites.length)} cite(...) sites`);
} else {
  writeFileSync(OUTPUT, text);
  console.log(`articles: wrote docs/articles.md from ${String(sites.length)} cite(...) sites`);
}
