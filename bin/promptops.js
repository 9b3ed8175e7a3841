#!/usr/bin/env node
// Runs the compiled CLI; `npm ci` compiles it in `prepare`, so start-up stays fast (no TypeScript at run time).
import { main } from '../dist/cli/main.js';

main(process.argv).catch((error) => {
  process.stderr.write(`promptops: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
