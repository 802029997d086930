// A vendor's project outside the monorepo: the published packages packed as npm would publish them,
// installed with npm (--engine-strict, on the machine's Node 20 when there is one), and every guide's
// code run from them on Node 20 and on this Node, as ES modules and as CommonJS. Prints what was
// installed (size, packages) and each run. Run after `pnpm run build`: `node tooling/guides/consumer.ts`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { guides } from './src/extract.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'gk-consumer-'));
const tarballs = join(work, 'tarballs');
const project = join(work, 'project');
mkdirSync(tarballs);
mkdirSync(project);

// 1. Pack every published package, as `pnpm publish` would (workspace ranges become versions).
const published = readdirSync(join(root, 'packages')).filter((name) => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as {
    private?: boolean;
  };
  return manifest.private !== true;
});
for (const name of published) {
  if (!existsSync(join(root, 'packages', name, 'dist')))
    throw new Error(`packages/${name} is not built: run pnpm run build first`);
  execFileSync('pnpm', ['pack', '--pack-destination', tarballs], {
    cwd: join(root, 'packages', name),
    stdio: 'ignore',
  });
}
const files = readdirSync(tarballs).sort();
const dependencies: Record<string, string> = {};
for (const file of files)
  dependencies[`@gk/${file.replace(/^gk-/, '').replace(/-\d+\.\d+\.\d+.*\.tgz$/, '')}`] =
    `file:${join(tarballs, file)}`;
// What the guides use besides the packages: exceljs to spoil a cell, PGlite for the store.
const catalog = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
const range = (name: string): string =>
  new RegExp(`^\\s+'?${name}'?: (.+)$`, 'm').exec(catalog)?.[1]?.trim() ?? 'latest';
dependencies.exceljs = range('exceljs');
dependencies['@electric-sql/pglite'] = range('@electric-sql/pglite');
// For type-checking the guides against the published declarations.
dependencies['@types/node'] = range('@types/node');
writeFileSync(
  join(project, 'package.json'),
  JSON.stringify({ name: 'gk-consumer', private: true, dependencies }, null, 2),
);

// 2. Install with npm, as a vendor would, on the oldest Node the packages support when the machine has it.
const node20 = ['/usr/bin/node', '/usr/local/bin/node'].find(
  (path) =>
    existsSync(path) &&
    spawnSync(path, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout.trim() === '20',
);
const npm = node20 === undefined ? 'npm' : join(dirname(node20), 'npm');
const started = Date.now();
execFileSync(npm, ['install', '--engine-strict', '--no-audit', '--no-fund', '--loglevel=error'], {
  cwd: project,
  stdio: 'inherit',
  env: { ...process.env, PATH: `${node20 === undefined ? '' : `${dirname(node20)}:`}${process.env.PATH ?? ''}` },
});
function size(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined || stat.isSymbolicLink()) return 0;
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, entry) => sum + size(join(path, entry)), 0);
}
const modules = join(project, 'node_modules');
const packages = readdirSync(modules).flatMap((entry) =>
  entry.startsWith('@')
    ? readdirSync(join(modules, entry)).map((scoped) => `${entry}/${scoped}`)
    : entry.startsWith('.')
      ? []
      : [entry],
);
console.log(
  `consumer: ${String(files.length)} tarballs (${(files.reduce((sum, f) => sum + size(join(tarballs, f)), 0) / 1024).toFixed(0)} KB) installed with npm --engine-strict` +
    `${node20 === undefined ? '' : ' on Node 20'} in ${((Date.now() - started) / 1000).toFixed(0)} s: ` +
    `${String(packages.length)} top-level packages, ${(size(modules) / 1024 / 1024).toFixed(0)} MB`,
);

// 3. Each guide as an ES module and as CommonJS, run on Node 20 and on this Node.
const runtimes = [...new Set([...(node20 === undefined ? [] : [node20]), process.execPath])];
let failed = 0;
for (const guide of guides()) {
  const esm = transformSync(guide.source, { loader: 'ts', format: 'esm', target: 'node20' }).code;
  const cjs = transformSync(guide.source, { loader: 'ts', format: 'cjs', target: 'node20' }).code;
  writeFileSync(join(project, `${guide.name}.mjs`), esm);
  writeFileSync(join(project, `${guide.name}.cjs`), cjs);
  writeFileSync(join(project, `${guide.name}.run.mjs`), `import { main } from './${guide.name}.mjs';\nawait main();\n`);
  writeFileSync(
    join(project, `${guide.name}.run.cjs`),
    `require('./${guide.name}.cjs').main().catch((error) => { console.error(error); process.exitCode = 1; });\n`,
  );
  for (const runtime of runtimes) {
    const version = spawnSync(runtime, ['--version'], { encoding: 'utf8' }).stdout.trim();
    for (const format of ['mjs', 'cjs']) {
      const result = spawnSync(runtime, [`${guide.name}.run.${format}`], {
        cwd: project,
        encoding: 'utf8',
        timeout: 120_000,
      });
      const ok = result.status === 0;
      if (!ok) failed++;
      console.log(
        `${ok ? '✓' : '✗'} ${guide.name.padEnd(30)} Node ${version.padEnd(9)} ${format === 'mjs' ? 'ESM' : 'CJS'}`,
      );
      if (!ok) console.log(`${result.stdout}\n${result.stderr}`);
    }
  }
}

// 4. The guides type-check against the published declarations, strict, as a TypeScript ESM project.
for (const guide of guides()) writeFileSync(join(project, `${guide.name}.ts`), guide.source);
writeFileSync(
  join(project, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      types: ['node'],
      skipLibCheck: false,
    },
    include: ['*.ts'],
  }),
);
writeFileSync(
  join(project, 'package.json'),
  JSON.stringify({ ...JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')), type: 'module' }, null, 2),
);
const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], {
  encoding: 'utf8',
});
if (tsc.status === 0) console.log('✓ the guides type-check against the published declarations (strict, nodenext)');
else {
  failed++;
  console.log(`✗ type-check against the published declarations:\n${tsc.stdout}${tsc.stderr}`);
}

if (failed > 0) {
  console.error(`consumer: ${String(failed)} guide runs failed`);
  process.exitCode = 1;
} else console.log(`consumer: every guide ran from the packed packages (${work})`);
