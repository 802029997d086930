import type { Options } from 'tsup';

/**
 * The tsup build every published package uses: ESM + CJS + declarations, sourcemaps, no minify.
 * @param entry - one entry per public subpath, e.g. `{ index: 'src/index.ts' }`
 * @returns the tsup options
 */
export function packageConfig(entry: Record<string, string>): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    minify: false,
    clean: true,
    target: 'es2022',
    // Entries share their modules (an error class is the same class from every entry), in CJS too.
    splitting: true,
  };
}
