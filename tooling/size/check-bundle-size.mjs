// What importing one function costs a vendor's browser bundle: each entry in budgets.json is bundled
// from the built packages (dist, as npm installs them) with esbuild, minified, and gzipped; it fails
// when a bundle is over its budget or holds a package it must not (zod in the pure entries).
// Run after `pnpm run build`: `pnpm run check:bundle-size` (`--write` prints the measured table only).
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const budgets = JSON.parse(readFileSync(new URL('tooling/size/budgets.json', root), 'utf8'));
// A directory whose node_modules holds every published package.
const resolveDir = new URL('apps/county-portal/', root).pathname;
const cli = new URL('packages/cli/', root).pathname;

let failed = 0;
const rows = [];
for (const budget of budgets.entries) {
  const result = await build({
    stdin: {
      contents: `export { ${budget.imports.join(', ')} } from '${budget.from}';`,
      resolveDir: budget.from.startsWith('@gk/cli') ? cli : resolveDir,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: budget.platform ?? 'browser',
    conditions: ['import'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const inputs = Object.keys(Object.values(result.metafile.outputs)[0].inputs);
  const forbidden = (budget.mustNotInclude ?? []).filter((name) =>
    inputs.some((input) => input.includes(`node_modules/${name}/`)),
  );
  const over = gzip > budget.maxGzipBytes;
  if (over || forbidden.length > 0) failed++;
  rows.push(
    `${over || forbidden.length > 0 ? '✗' : '✓'} ${`${budget.imports.join(', ')} from ${budget.from}`.padEnd(66)} ` +
      `${(code.length / 1024).toFixed(1).padStart(6)} KB min  ${(gzip / 1024).toFixed(1).padStart(5)} KB gzip  ` +
      `budget ${(budget.maxGzipBytes / 1024).toFixed(1)} KB${forbidden.length > 0 ? `  contains ${forbidden.join(', ')}` : ''}`,
  );
}
console.log(rows.join('\n'));
if (failed > 0) {
  console.error(
    `bundle size: ${String(failed)} of ${String(budgets.entries.length)} over budget or holding a forbidden package`,
  );
  process.exitCode = 1;
} else console.log(`bundle size: ${String(budgets.entries.length)} entries within budget`);
