/**
 * CPU per request record through the store on a SQLite file (redaction, INSERT, commit, checkpoints;
 * the writer thread's CPU included), for two or more builds in turns, so a busy machine slows each alike.
 * Each build is a folder holding `dist/` (e.g. `cp -r dist .bench/variants/a/` after `npm run build`).
 * Run: npx tsx bench/store-writes.ts [--rounds 3 --records 40000] DIR...
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import type { openStore as OpenStore, RequestRecord } from '../src/store/index.js';
import type { redactForLog as RedactForLog } from '../src/guards/index.js';
import { BENCH_CHAT } from './bench-chat.js';
import { printTable } from './stats.js';

const { values: args, positionals: builds } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '3' }, records: { type: 'string', default: '40000' } },
});
if (builds.length < 1) throw new Error('name at least one build folder (holding dist/)');
const RECORDS = Number(args.records);
// Records arrive 200 at a time, with the event loop turning in between, as from a loaded gateway.
const ARRIVAL = 200;

let sequence = 0;
function record(): RequestRecord {
  sequence += 1;
  return {
    id: `bench-${process.pid}-${sequence}`, timestamp: Date.now(), model: 'gpt-4o-mini', provider: 'openai', status: 'ok', httpStatus: 200,
    latencyMs: 1.2, inputTokens: 30, outputTokens: 12, fallback: false,
    input: `${BENCH_CHAT.messages[1].content} My reference is ${sequence}.`,
    output: 'Thanks for reaching out! Your order is on its way and should arrive within two days.',
    attempts: [{ provider: 'openai', model: 'gpt-4o-mini', status: 'ok', ms: 1.1 }],
    guard: { injectionScore: 0.01, injectionAction: 'allow', piiTypes: [] },
  };
}

async function cpuPerRecord(dist: string): Promise<number> {
  const { openStore } = (await import(join(dist, 'store/index.js'))) as { openStore: typeof OpenStore };
  const { redactForLog } = (await import(join(dist, 'guards/index.js'))) as { redactForLog: typeof RedactForLog };
  const dir = mkdtempSync(join(tmpdir(), 'promptops-store-bench-'));
  const store = await openStore({ url: join(dir, 'bench.db'), redact: redactForLog });
  try {
    const pass = async (total: number) => {
      const before = process.cpuUsage();
      for (let i = 0; i < total; i += ARRIVAL) {
        for (let k = 0; k < ARRIVAL; k++) store.recordRequest(record());
        await turn();
      }
      await store.flush();
      const used = process.cpuUsage(before);
      return (used.user + used.system) / total;
    };
    await pass(RECORDS / 10);
    return await pass(RECORDS);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const samples = builds.map(() => [] as number[]);
for (let round = 0; round < Number(args.rounds); round++) {
  for (let k = 0; k < builds.length; k++) {
    const i = (round + k) % builds.length;
    samples[i].push(await cpuPerRecord(join(resolve(builds[i]), 'dist')));
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
printTable(['build', 'cpu µs/record (median)', 'min', 'max', 'vs first'], builds.map((dir, i) => [
  basename(resolve(dir)), median(samples[i]).toFixed(1), Math.min(...samples[i]).toFixed(1), Math.max(...samples[i]).toFixed(1),
  `${((median(samples[i]) / median(samples[0])) * 100).toFixed(1)}%`,
]));
