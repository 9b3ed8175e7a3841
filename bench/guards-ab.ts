/**
 * Two or more builds of the guards on the same 2 KB messages, in alternating rounds, so that a busy machine
 * slows every build alike. Per message it keeps the fastest of the rounds (a preempted call is the host's,
 * not the build's) and prints p50/p90/p99 of those and their sum. Each build is a folder holding `dist/`
 * (e.g. a `git worktree` of another commit after `npm run build`).
 * Run: npx tsx bench/guards-ab.ts [--rounds 8 --fn scanText --data ../shared/data] DIR...
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { guardDevTexts, twoKilobyteMessages } from './guard-texts.js';
import { percentile, printTable } from './stats.js';

const { values: args, positionals: builds } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '8' }, fn: { type: 'string', default: 'scanText' }, data: { type: 'string', default: '../shared/data' } },
});
if (builds.length < 2) throw new Error('name at least two build folders (each with dist/)');
const fnName = args.fn as 'scanText' | 'detectPii' | 'detectInjection';
const messages = twoKilobyteMessages(guardDevTexts(args.data));

type Guards = typeof import('../src/guards/index.js');
const fns: Array<(text: string) => unknown> = [];
for (const dir of builds) {
  const guards = (await import(pathToFileURL(join(resolve(dir), 'dist/guards/index.js')).href)) as Guards;
  fns.push((text) => guards[fnName](text));
}
const fastest = builds.map(() => messages.map(() => Infinity));
for (const fn of fns) for (const message of messages.slice(0, 100)) fn(message);
for (let round = 0; round < Number(args.rounds); round++) {
  // Rotating the order keeps a build from always running in the garbage the one before it left.
  for (let k = 0; k < fns.length; k++) {
    const b = (round + k) % fns.length;
    messages.forEach((message, i) => {
      const t0 = performance.now();
      fns[b](message);
      fastest[b][i] = Math.min(fastest[b][i], performance.now() - t0);
    });
  }
}
const rows = builds.map((dir, b) => [
  dir,
  ...[50, 90, 99].map((p) => percentile(fastest[b], p).toFixed(3)),
  fastest[b].reduce((sum, ms) => sum + ms, 0).toFixed(0),
]);
console.log(`${fnName} on ${messages.length} messages of 2 KB, fastest of ${args.rounds} alternating rounds per message`);
printTable(['build', 'p50 ms', 'p90 ms', 'p99 ms', 'sum ms'], rows);
