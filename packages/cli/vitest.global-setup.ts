// The tests run the built `gk` command as a process: build it (and what it imports) first.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter', '@gk/cli...', '--output-logs', 'errors-only'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
