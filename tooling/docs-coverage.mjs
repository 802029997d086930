// How much of the public API is described: every property of every exported interface, counted from
// the API reference's JSON (docs/api/api.json, written by `pnpm run docs`). The count of properties
// without a description may only fall: it fails above tooling/docs-coverage.json's budget, and says
// when the budget can be lowered. Run after `pnpm run docs`: `pnpm run check:docs-coverage`.
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

const root = new URL('../', import.meta.url);
const api = JSON.parse(readFileSync(new URL('docs/api/api.json', root), 'utf8'));
const budget = JSON.parse(readFileSync(new URL('tooling/docs-coverage.json', root), 'utf8'));
const INTERFACE = 256;
const PROPERTY = 1024;
const PROJECT = 2;

let total = 0;
const missing = new Map();
function walk(reflection, parent, pkg) {
  const name = reflection.kind === PROJECT ? reflection.name : pkg;
  if (reflection.kind === PROPERTY && parent?.kind === INTERFACE) {
    total++;
    if (!(reflection.comment?.summary?.length > 0)) {
      const key = `${name} ${parent.name}`;
      missing.set(key, [...(missing.get(key) ?? []), reflection.name]);
    }
  }
  for (const child of reflection.children ?? []) walk(child, reflection, name);
}
walk(api, undefined, '');
const undocumented = [...missing.values()].reduce((sum, names) => sum + names.length, 0);
console.log(
  `docs coverage: ${String(total - undocumented)} of ${String(total)} interface properties described, ${String(undocumented)} not`,
);
const byPackage = new Map();
for (const [key, names] of missing)
  byPackage.set(key.split(' ')[0], (byPackage.get(key.split(' ')[0]) ?? 0) + names.length);
console.log(
  [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .map(([pkg, n]) => `  ${pkg}: ${String(n)}`)
    .join('\n'),
);
if (undocumented > budget.maxUndocumentedInterfaceProperties) {
  console.error(
    `docs coverage: ${String(undocumented)} undocumented, over the budget of ${String(budget.maxUndocumentedInterfaceProperties)}; describe the new properties:`,
  );
  for (const [key, names] of missing) console.error(`  ${key}: ${names.join(', ')}`);
  process.exitCode = 1;
} else if (undocumented < budget.maxUndocumentedInterfaceProperties) {
  console.log(`docs coverage: lower the budget in tooling/docs-coverage.json to ${String(undocumented)}`);
}
