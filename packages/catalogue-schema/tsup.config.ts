import { defineConfig } from 'tsup';
import { packageConfig } from '../../tooling/tsup/package-config.ts';

export default defineConfig(packageConfig({ index: 'src/index.ts', 'time-limits': 'src/entries/time-limits.ts' }));
