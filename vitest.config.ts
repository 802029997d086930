import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// One vitest project per package and app, each resolving workspace packages from source.
const projectDirs = ['packages', 'apps']
  .flatMap((group) =>
    existsSync(group)
      ? readdirSync(group, { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && existsSync(`${group}/${entry.name}/src`))
          .map((entry) => `${group}/${entry.name}`)
      : [],
  )
  .concat(existsSync('tooling/guides/src') ? ['tooling/guides'] : []);

export default defineConfig({
  resolve: { conditions: ['@gk/source'] },
  ssr: { resolve: { conditions: ['@gk/source'] } },
  test: {
    // PGlite opens and migrates a database in seconds on a 2-core machine, and seeding the demo county
    // in a beforeAll takes several more when the other core is busy; a hang still fails.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    reporters: ['default', './tooling/vitest/summary-reporter.ts'],
    projects: projectDirs.map((dir) => ({
      extends: true,
      test: {
        name: dir.split('/')[1] ?? dir,
        root: dir,
        include: ['src/**/*.test.ts'],
        ...(existsSync(`${dir}/vitest.global-setup.ts`) ? { globalSetup: ['vitest.global-setup.ts'] } : {}),
        typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: 'tsconfig.json' },
      },
    })),
  },
});
