// The code of a guide, as a module that can run: every ```ts block of docs/guides/<name>.md in order,
// their imports first, the rest in `export async function main()`. A line
// `console.log(EXPR); // → TEXT` becomes a check that EXPR prints TEXT, so a guide whose output
// drifts fails instead of misleading its reader. A block fenced ```ts no-run is shown, not run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

/** The guides' directory. */
export const GUIDES = new URL('../../../docs/guides/', import.meta.url);

/** The code blocks of a guide's Markdown that run. */
export function codeBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  const fence = /^```ts( no-run)?\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) if (match[1] === undefined) blocks.push(match[2] ?? '');
  return blocks;
}

const CHECK = /^(\s*)console\.log\((.*)\);\s*\/\/ → (.*)$/;

/**
 * A guide's blocks as one TypeScript module exporting `main()`: imports hoisted and merged, and each
 * `console.log(x); // → text` a check through `show`, which prints and compares.
 */
export function guideModule(markdown: string): string {
  const imports: string[] = [];
  const body: string[] = [];
  for (const block of codeBlocks(markdown)) {
    for (const line of block.split('\n')) {
      if (/^import\s/.test(line)) {
        if (!imports.includes(line)) imports.push(line);
        continue;
      }
      const check = CHECK.exec(line);
      body.push(check === null ? line : `${check[1] ?? ''}show(${check[2] ?? ''}, ${JSON.stringify(check[3])});`);
    }
  }
  return [
    ...imports,
    '',
    'function show(value: unknown, expected: string): void {',
    "  const text = typeof value === 'string' ? value : JSON.stringify(value);",
    '  console.log(text);',
    '  if (text !== expected) throw new Error(`guide: expected ${expected}\\n          got ${text}`);',
    '}',
    '',
    'export async function main(): Promise<void> {',
    ...body.map((line) => (line === '' ? '' : `  ${line}`)),
    '}',
    '',
  ].join('\n');
}

/** Every guide: its name (file name without .md) and its module's source. */
/** A guide's name and the source of its module. */
export interface Guide {
  readonly name: string;
  readonly source: string;
}

export function guides(): Guide[] {
  return readdirSync(GUIDES)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()
    .map((file) => ({
      name: file.replace(/\.md$/, ''),
      source: guideModule(readFileSync(join(fileURLToPath(GUIDES), file), 'utf8')),
    }));
}
