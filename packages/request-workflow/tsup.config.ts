import { defineConfig } from 'tsup';
import { packageConfig } from '../../tooling/tsup/package-config.ts';

export default defineConfig(
  packageConfig({ index: 'src/index.ts', fees: 'src/entries/fees.ts', clocks: 'src/entries/clocks.ts' }),
);
