#!/usr/bin/env node
// Import cycles in the packages' and apps' sources (tests left out). Every relative import counts,
// `import type` included: a cycle through types still ties two modules' meanings together.
// Usage: node tooling/check-cycles.mjs   (exit 1 and the cycles when there are any)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sources = [];
for (const group of ['packages', 'apps']) {
  for (const name of readdirSync(join(root, group))) {
    const src = join(root, group, name, 'src');
    if (existsSync(src)) walk(src);
  }
}

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'test-support') walk(path);
    } else if (/\.tsx?$/.test(name) && !/\.test(-d)?\.tsx?$/.test(name)) sources.push(path);
  }
}

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/gm;
const graph = new Map();
for (const file of sources) {
  const text = readFileSync(file, 'utf8');
  const targets = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1].replace(/\.js$/, '');
    const base = resolve(dirname(file), spec);
    const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p));
    if (target !== undefined) targets.push(target);
  }
  graph.set(file, targets);
}

// Tarjan's strongly connected components: every component of more than one module is a cycle.
let index = 0;
const stack = [];
const meta = new Map();
const cycles = [];
function connect(node) {
  meta.set(node, { index, low: index, onStack: true });
  index += 1;
  stack.push(node);
  for (const next of graph.get(node) ?? []) {
    if (!meta.has(next)) {
      connect(next);
      meta.get(node).low = Math.min(meta.get(node).low, meta.get(next).low);
    } else if (meta.get(next).onStack) meta.get(node).low = Math.min(meta.get(node).low, meta.get(next).index);
  }
  if (meta.get(node).low === meta.get(node).index) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      meta.get(member).onStack = false;
      component.push(member);
    } while (member !== node);
    if (component.length > 1) cycles.push(component);
  }
}
for (const node of graph.keys()) if (!meta.has(node)) connect(node);

if (cycles.length === 0) {
  console.log(`import cycles: none in ${String(sources.length)} modules`);
} else {
  console.error(`import cycles: ${String(cycles.length)}`);
  for (const cycle of cycles)
    console.error(
      `  ${cycle
        .map((p) => relative(root, p))
        .sort()
        .join(' ↔ ')}`,
    );
  process.exit(1);
}
