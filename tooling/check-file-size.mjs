#!/usr/bin/env node
// No source file over 400 lines: a file that grows past it holds more than one concern and is split.
// Counted: the packages' and apps' sources. Not counted: tests, test support, and data tables
// (src/data/), which are long by nature and read by no one top to bottom.
// Usage: node tooling/check-file-size.mjs   (exit 1 and the files over the limit when there are any)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const LIMIT = 400;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sources = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!['node_modules', 'dist', 'test-support', 'data'].includes(name)) walk(path);
    } else if (/\.tsx?$/.test(name) && !/\.test(-d)?\.tsx?$/.test(name)) sources.push(path);
  }
};
for (const group of ['packages', 'apps']) {
  for (const name of readdirSync(join(root, group))) {
    const src = join(root, group, name, 'src');
    if (existsSync(src)) walk(src);
  }
}
const over = sources
  .map((file) => ({ file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
  .filter(({ lines }) => lines > LIMIT)
  .sort((a, b) => b.lines - a.lines);
if (over.length > 0) {
  console.error(`file size: ${String(over.length)} source files over ${String(LIMIT)} lines`);
  for (const { file, lines } of over) console.error(`  ${file}: ${String(lines)}`);
  process.exit(1);
}
console.log(`file size: ${String(sources.length)} source files, none over ${String(LIMIT)} lines`);
