import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageConfig } from '../../tooling/tsup/package-config.ts';

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  ...packageConfig({ index: 'src/index.ts', gk: 'src/bin.ts' }),
  define: { __GK_VERSION__: JSON.stringify(version) },
});
