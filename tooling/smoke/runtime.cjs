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
    assert.throws(() => mod.chinaCalendar.isWorkday('2027-01-04'), mod.WorkdaysError, how);
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
  assert.equal(requests.processingFee({ method: 'per-page', pages: 120 }).amount, 1100);
  assert.equal(guidelines.PILOT_DOMAINS.length, 26);
  const core = require(path.join(root, 'packages/core/dist/index.cjs'));
  assert.equal(
    core.formatCitation(core.cite('regulation', 33, 2)),
    '《中华人民共和国政府信息公开条例》第三十三条第二款',
  );
  console.log(
    `runtime smoke: @gk/core, @gk/workdays, @gk/catalogue-schema, @gk/guidelines and @gk/request-workflow load and answer on Node ${process.version} (require and import)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
