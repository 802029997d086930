// pnpm demo: the 示范县 portal on embedded PGlite (./.data/pglite), or on PostgreSQL when DATABASE_URL is set
// (with DATABASE_READ_URL, a hot standby the public pages read from).
import { mkdirSync } from 'node:fs';
import { isLocalDate } from '@gk/core';
import { DEMO_PASSWORD } from './seed.js';
import { startPortal } from './server.js';

const url = process.env.DATABASE_URL;
const useServer = url !== undefined && url !== '';
const dataDir = process.env.GK_DATA_DIR ?? '.data/pglite';
const port = Number(process.env.PORT ?? 3000);
const todayEnv = process.env.GK_TODAY;
if (todayEnv !== undefined && !isLocalDate(todayEnv)) {
  console.error(`GK_TODAY=“${todayEnv}”不是有效的日期（应为 YYYY-MM-DD）`);
  process.exit(2);
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT=“${String(process.env.PORT)}”不是有效的端口号`);
  process.exit(2);
}
const publicOrigin = process.env.PUBLIC_ORIGIN;
if (publicOrigin !== undefined && !URL.canParse(publicOrigin)) {
  console.error(`PUBLIC_ORIGIN=“${publicOrigin}”不是有效的网址（例如 https://gk.example.gov.cn）`);
  process.exit(2);
}
const readUrl = process.env.DATABASE_READ_URL ?? '';
if (readUrl !== '' && !useServer) {
  console.error('DATABASE_READ_URL（只读备库）须与 DATABASE_URL（主库）一起设置');
  process.exit(2);
}
if (!useServer) mkdirSync(dataDir, { recursive: true });

const portal = await startPortal({
  location: useServer ? { connectionString: url } : { dataDir },
  ...(readUrl === '' ? {} : { readLocation: { connectionString: readUrl } }),
  port,
  hostname: process.env.HOST ?? '127.0.0.1',
  ...(todayEnv === undefined ? {} : { today: todayEnv }),
  ...(publicOrigin === undefined ? {} : { publicOrigin }),
  ...(process.env.GK_AUDIT_KEY === undefined ? {} : { auditKey: process.env.GK_AUDIT_KEY }),
}).catch((error: unknown) => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  console.error(
    code === 'EADDRINUSE'
      ? `端口 ${String(port)} 已被占用：请用 PORT=3001 pnpm demo 换一个端口`
      : `示范县平台未能启动：${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});

console.log(`示范县政务公开平台：${portal.seedSummary}`);
console.log(
  `数据库：${portal.store.engine === 'pglite' ? `内嵌 PGlite（${dataDir}）` : 'PostgreSQL（DATABASE_URL）'}${readUrl === '' ? '' : '；公开页面读只读备库（DATABASE_READ_URL）'}`,
);
if (portal.checkpointRoot !== undefined)
  console.log(`审计检查点：已签署，根哈希 ${portal.checkpointRoot}（每天签署一次）`);
console.log(`公开专栏  ${portal.url}/`);
console.log(
  `工作台    ${portal.url}/staff/  （账号 dengji 登记员、chengban 承办人、fuze 负责人，密码 ${DEMO_PASSWORD}）`,
);
console.log(`各单位    ${portal.url}/agencies  （部门账号如 jyj-dengji；政务公开办 gongkaiban 可进入监督考核）`);
if (process.argv.includes('--seed-only')) {
  await portal.close();
} else {
  const stop = () => {
    void portal.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
