#!/usr/bin/env -S node --max-semi-space-size=32
// A young generation larger than V8's default: a gateway allocates per request and frees it all, and fewer
// scavenges measured 13% fewer instructions a request on its main thread (bench/gateway-instructions.ts).
// Runs the compiled CLI; `npm ci` compiles it in `prepare`, so start-up stays fast (no TypeScript at run time).
import { main } from '../dist/cli/main.js';

main(process.argv).catch((error) => {
  process.stderr.write(`promptops: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
