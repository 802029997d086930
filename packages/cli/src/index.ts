// The `gk` command, callable from code (the `gk` binary runs the same function).
export type { RunOptions } from './run.js';
export { run } from './run.js';
export type { CliIO } from './io.js';
