// Loads the built packages with whatever `node` runs this file (CI uses the machine's Node 20)
// through both require() and import(), and checks a few answers. Run after `pnpm run build`.
'use strict';
const assert = require('node:assert/strict');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const workdaysDir = path.join(root, 'packages/workdays');

async function main() {
  const fromRequire = require(path.join(workdaysDir, 'dist/index.cjs'));
  const fromImport = await import(path.join(workdaysDir, 'dist/index.js'));
  for (const [how, mod] of [
    ['require', fromRequire],
    ['import', fromImport],
  ]) {
    assert.equal(mod.chinaCalendar.addWorkdays('2025-09-26', 1), '2025-09-28', how);
    assert.equal(mod.chinaCalendar.isWorkday('2025-10-01'), false, how);
    assert.throws(() => mod.chinaCalendar.strict.isWorkday('2027-01-04'), mod.WorkdaysError, how);
    assert.equal(mod.chinaCalendar.addWorkdays('2026-12-04', 20), '2027-01-04', how);
    assert.equal(mod.chinaCalendar.isProvisional('2027-01-04'), true, how);
  }
  const catalogueDir = path.join(root, 'packages/catalogue-schema');
  for (const [how, mod] of [
    ['require', require(path.join(catalogueDir, 'dist/index.cjs'))],
    ['import', await import(path.join(catalogueDir, 'dist/index.js'))],
  ]) {
    const limit = mod.parseTimeLimit('本级人民代表大会或其常务委员会批准后20日内');
    assert.equal(
      mod.computeDueOn(limit, { triggerOn: '2025-01-10', calendar: fromRequire.chinaCalendar }),
      '2025-02-05',
      how,
    );
  }
  const guidelines = require(path.join(root, 'packages/guidelines/dist/index.cjs'));
  const requests = require(path.join(root, 'packages/request-workflow/dist/index.cjs'));
  assert.equal(requests.processingFee({ method: 'perPage', pages: 120 }).amount, 1100);
  assert.equal(guidelines.PILOT_DOMAINS.length, 26);
  // Every published package loads both ways.
  const fs = require('node:fs');
  const loaded = [];
  for (const dir of fs.readdirSync(path.join(root, 'packages'))) {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'packages', dir, 'package.json'), 'utf8'));
    if (manifest.private) continue;
    const viaRequire = require(path.join(root, 'packages', dir, 'dist/index.cjs'));
    const viaImport = await import(path.join(root, 'packages', dir, 'dist/index.js'));
    assert.ok(Object.keys(viaRequire).length > 0 && Object.keys(viaImport).length > 0, dir);
    loaded.push(manifest.name);
  }
  const store = await import(path.join(root, 'packages/store/dist/index.js'));
  const memory = await store.openStore({ memory: true });
  assert.equal(
    await memory.append(
      { agencyId: 'a', caseId: 'c' },
      [
        {
          type: 'received',
          on: '2025-09-26',
          actor: { id: 'u' },
          channel: 'inPerson',
          applicant: { kind: 'naturalPerson', name: '张三', residentId: '11010519491231002X', phone: '1' },
          request: { description: 'x', forms: ['paper'] },
        },
      ],
      0,
    ),
    1,
  );
  assert.deepEqual(await memory.verifyChain(), { ok: true, events: 1 });
  await memory.close();
  const core = require(path.join(root, 'packages/core/dist/index.cjs'));
  assert.equal(
    core.formatCitation(core.cite('regulation', 33, 2)),
    '《中华人民共和国政府信息公开条例》第三十三条第二款',
  );
  console.log(
    `runtime smoke: ${loaded.join(', ')} load (require and import) and answer on Node ${process.version}; @gk/store appends on PGlite`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
