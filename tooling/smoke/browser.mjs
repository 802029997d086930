// Loads every published package's built ESM bundle in headless Chromium (Debian's /usr/bin/chromium,
// never a downloaded browser), through an import map served from 127.0.0.1, and checks answers.
// Run after `pnpm run build`.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const packages = [];
for (const dir of await readdir(join(root, 'packages'))) {
  const manifest = JSON.parse(await readFile(join(root, 'packages', dir, 'package.json'), 'utf8'));
  if (!manifest.private) packages.push({ dir, name: manifest.name });
}
const importMap = Object.fromEntries(packages.map((p) => [p.name, `/packages/${p.dir}/dist/index.js`]));
const page = `<!doctype html><meta charset="utf-8"><script type="importmap">${JSON.stringify({ imports: importMap })}</script>`;

const server = createServer((request, response) => {
  const url = request.url ?? '/';
  const file = /^\/packages\/([a-z-]+)\/dist\/([\w.-]+\.js)$/.exec(url);
  if (url === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  } else if (file) {
    readFile(join(root, 'packages', file[1], 'dist', file[2])).then(
      (body) => response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body),
      () => response.writeHead(404).end(),
    );
  } else {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
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
      let coverageError = false;
      try {
        chinaCalendar.isWorkday('2027-01-04');
      } catch (error) {
        coverageError = error instanceof WorkdaysError && error.isCoverageError;
      }
      return {
        loaded,
        addWorkdays: chinaCalendar.addWorkdays('2025-09-26', 1),
        citation: formatCitation(cite('regulation', 33, 2)),
        coverageError,
        userAgent: navigator.userAgent,
      };
    },
    packages.map((p) => p.name),
  );
  const expected = {
    addWorkdays: '2025-09-28',
    citation: '《中华人民共和国政府信息公开条例》第三十三条第二款',
    coverageError: true,
  };
  for (const [key, value] of Object.entries(expected)) {
    if (answers[key] !== value)
      throw new Error(`browser smoke: ${key} = ${JSON.stringify(answers[key])}, expected ${JSON.stringify(value)}`);
  }
  if (errors.length > 0) throw new Error(`browser smoke: page errors: ${errors.join('; ')}`);
  const version = /Chrome\/[\d.]+/.exec(answers.userAgent)?.[0] ?? answers.userAgent;
  console.log(`browser smoke: ${Object.keys(answers.loaded).join(', ')} load and answer in ${version}`);
} finally {
  await browser.close();
  server.close();
}
