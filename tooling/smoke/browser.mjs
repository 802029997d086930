// Loads every published package's built ESM bundle in headless Chromium (Debian's /usr/bin/chromium,
// never a downloaded browser), through an import map served from 127.0.0.1, and checks answers.
// Third-party runtime dependencies (zod …) are served from their installed folders.
// Run after `pnpm run build`.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { launchChromium } from '../chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const packages = [];
const dependencyDirs = new Map();
for (const dir of await readdir(join(root, 'packages'))) {
  const manifestPath = join(root, 'packages', dir, 'package.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  // Private packages and node-only adapters (a database driver, node:crypto) are not for browsers.
  if (manifest.private || manifest.gkPlatform === 'node') continue;
  packages.push({ dir, name: manifest.name });
  const require = createRequire(manifestPath);
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    if (dependency.startsWith('@gk/') || dependencyDirs.has(dependency)) continue;
    dependencyDirs.set(dependency, dirname(require.resolve(`${dependency}/package.json`)));
  }
}

const imports = Object.fromEntries(packages.map((p) => [p.name, `/packages/${p.dir}/dist/index.js`]));
for (const [name, dir] of dependencyDirs) {
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  const main = manifest.exports?.['.'];
  const entry =
    (typeof main === 'object' ? (main.import?.default ?? main.import ?? main.default) : main) ?? manifest.module;
  imports[name] = `/deps/${name}/${String(entry ?? 'index.js').replace(/^\.\//, '')}`;
  imports[`${name}/`] = `/deps/${name}/`;
}
const page = `<!doctype html><meta charset="utf-8"><script type="importmap">${JSON.stringify({ imports })}</script>`;

function sendFile(response, path) {
  readFile(path).then(
    (body) => response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body),
    () => response.writeHead(404).end(),
  );
}

const server = createServer((request, response) => {
  const url = request.url ?? '/';
  const own = /^\/packages\/([a-z-]+)\/dist\/([\w.-]+\.js)$/.exec(url);
  const dependency = /^\/deps\/((?:@[\w.-]+\/)?[\w.-]+)\/([\w./-]+\.js)$/.exec(url);
  if (url === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  } else if (own) {
    sendFile(response, join(root, 'packages', own[1], 'dist', own[2]));
  } else if (dependency && dependencyDirs.has(dependency[1])) {
    const base = dependencyDirs.get(dependency[1]);
    const path = resolve(base, dependency[2]);
    if (path.startsWith(base + sep)) sendFile(response, path);
    else response.writeHead(403).end();
  } else {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address();

const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(`http://127.0.0.1:${port}/`);
  /* global navigator -- evaluated in the page */
  const answers = await tab.evaluate(
    async (names) => {
      const loaded = {};
      for (const name of names) loaded[name] = Object.keys(await import(name)).length;
      const { chinaCalendar, WorkdaysError } = await import('@gk/workdays');
      const { cite, formatCitation } = await import('@gk/core');
      const { parseTimeLimit, safeParseCatalogue } = await import('@gk/catalogue-schema');
      const { checkStatutoryCoverage } = await import('@gk/guidelines');
      const { evaluateCase } = await import('@gk/request-workflow');
      const { checkReport } = await import('@gk/annual-report');
      const { scanText } = await import('@gk/attribute-review');
      const { commentPeriodEnd } = await import('@gk/interpretation');
      const caseState = evaluateCase(
        [
          {
            type: 'received',
            on: '2025-09-25',
            confirmedOn: '2025-09-26',
            channel: 'online',
            actor: { id: 'u1' },
            applicant: { kind: 'naturalPerson', name: '张三', residentId: '11010519491231002X', phone: '1' },
            request: { description: '信息', forms: ['electronic'] },
          },
        ],
        { calendar: chinaCalendar, today: '2025-10-09' },
      );
      let coverageError = false;
      try {
        chinaCalendar.strict.isWorkday('2027-01-04');
      } catch (error) {
        coverageError = error instanceof WorkdaysError && error.isCoverageError;
      }
      const catalogue = safeParseCatalogue({ formatVersion: '1', header: {}, items: [] });
      return {
        loaded,
        addWorkdays: chinaCalendar.addWorkdays('2025-09-26', 1),
        citation: formatCitation(cite('regulation', 33, 2)),
        coverageError,
        provisional: `${chinaCalendar.addWorkdays('2026-12-04', 20)} ${String(chinaCalendar.isProvisional('2027-01-04'))}`,
        timeLimit: parseTimeLimit('信息形成或者变更之日起20个工作日内').clauses[0].amount,
        catalogueRejected: !catalogue.success && catalogue.issues.length > 0,
        uncovered: checkStatutoryCoverage([], 'agency').uncovered.length,
        caseDueOn: caseState.dueOn,
        reportIssues: checkReport({ format: '2030' }).length,
        commentEnd: commentPeriodEnd('2025-09-08', chinaCalendar),
        scanned: scanText('身份证号11010519491231002X')
          .map((f) => `${f.kind}:${String(f.start)}`)
          .join(),
        userAgent: navigator.userAgent,
      };
    },
    packages.map((p) => p.name),
  );
  const expected = {
    addWorkdays: '2025-09-28',
    citation: '《中华人民共和国政府信息公开条例》第三十三条第二款',
    coverageError: true,
    provisional: '2027-01-04 true',
    timeLimit: 20,
    catalogueRejected: true,
    uncovered: 14,
    caseDueOn: '2025-10-30',
    reportIssues: 1,
    scanned: 'residentId:4',
    commentEnd: '2025-10-09',
  };
  for (const [key, value] of Object.entries(expected)) {
    if (answers[key] !== value) {
      throw new Error(`browser smoke: ${key} = ${JSON.stringify(answers[key])}, expected ${JSON.stringify(value)}`);
    }
  }
  if (errors.length > 0) throw new Error(`browser smoke: page errors: ${errors.join('; ')}`);
  const version = /Chrome\/[\d.]+/.exec(answers.userAgent)?.[0] ?? answers.userAgent;
  console.log(`browser smoke: ${Object.keys(answers.loaded).join(', ')} load and answer in ${version}`);
} finally {
  await browser.close();
  server.close();
}
