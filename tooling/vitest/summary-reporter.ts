import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends every test run with one plain line, `Tests: N passed, N failed, N skipped`, that CI
 * systems read. A test file that failed before running any test counts as one failure. When the run
 * fails (a global setup that could not start a server or a browser, an interrupted run), what did
 * not run counts as failed, never as skipped, and the line never reads “0 failed” for a failed run.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: readonly TestModule[],
    unhandledErrors: readonly unknown[],
    reason: 'passed' | 'interrupted' | 'failed',
  ): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      let count = 0;
      for (const test of testModule.children.allTests()) {
        count++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (count === 0 && testModule.state() === 'failed') failed++;
    }
    if (reason !== 'passed') {
      failed += skipped;
      skipped = 0;
      if (failed === 0) failed = 1;
    }
    process.stdout.write(`\nTests: ${String(passed)} passed, ${String(failed)} failed, ${String(skipped)} skipped\n`);
  }
}
