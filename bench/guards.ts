// Throughput and latency of the guards, in-process, one core. Usage: npm run bench:guards [-- --data ../shared/data]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedRegexFlags } from '../eval/lib/seed-regexes.js';
import { detectInjection, detectPii, scanText } from '../src/guards/index.js';

const i = process.argv.indexOf('--data');
const dir = i > 0 ? process.argv[i + 1] : '../shared/data';
const read = (f: string): string[] => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const texts = [...read(join(dir, 'injection/dev.jsonl')), ...read(join(dir, 'injection/cs-dev.jsonl')), ...read(join(dir, 'pii/dev.jsonl'))];
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);

// 2 KB customer messages made of consecutive dev texts.
const messages: string[] = [];
let cur = '';
for (const t of texts) {
  cur += (cur ? '\n' : '') + t;
  if (cur.length >= 2048) { messages.push(cur.slice(0, 2048)); cur = ''; }
}

function throughput(fn: (t: string) => unknown): number {
  for (const t of texts.slice(0, 200)) fn(t);
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    best = Math.min(best, performance.now() - t0);
  }
  return bytes / 1e6 / (best / 1000);
}

function latency(fn: (t: string) => unknown): { p50: number; p99: number } {
  const ms: number[] = [];
  for (const m of messages.slice(0, 50)) fn(m);
  for (let k = 0; k < 3; k++) for (const m of messages) { const t0 = performance.now(); fn(m); ms.push(performance.now() - t0); }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length * 0.5)], p99: ms[Math.floor(ms.length * 0.99)] };
}

const rows: Array<[string, (t: string) => unknown]> = [
  ['seed regexes (baseline)', seedRegexFlags],
  ['detectInjection', (t) => detectInjection(t)],
  ['detectPii', (t) => detectPii(t)],
  ['scanText (both guards)', (t) => scanText(t)],
];
console.log(`${texts.length} dev texts, ${(bytes / 1e6).toFixed(2)} MB; ${messages.length} messages of 2 KB`);
console.log(`${'guard'.padEnd(26)} ${'MB/s'.padStart(8)} ${'p50 ms (2 KB)'.padStart(14)} ${'p99 ms (2 KB)'.padStart(14)}`);
let scan = { mbps: 0, p99: 0 };
for (const [name, fn] of rows) {
  const mbps = throughput(fn);
  const l = latency(fn);
  console.log(`${name.padEnd(26)} ${mbps.toFixed(2).padStart(8)} ${l.p50.toFixed(3).padStart(14)} ${l.p99.toFixed(3).padStart(14)}`);
  if (name.startsWith('scanText')) scan = { mbps, p99: l.p99 };
}
console.log(`scan: ${scan.mbps.toFixed(2)} MB/s per core (target >= 5), p99 ${scan.p99.toFixed(3)} ms for 2 KB (target <= 1)`);
