#!/usr/bin/env node
// The `gk` command. Everything it does is in `run`; this file only connects it to the process.
import { run } from './run.js';

/** The package's version, written in by the build. */
declare const __GK_VERSION__: string;

void run(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env },
  { version: __GK_VERSION__ },
).then((code) => {
  process.exitCode = code;
});
