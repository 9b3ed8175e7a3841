// Throughput and latency of the guards, in-process, one core.
// Usage: npm run bench:guards [-- --data ../shared/data] [--runs 3] [--stages] (builds, then runs with --dist)
// --runs: best of N passes over the dev texts per row (timings on a shared machine are noisy);
// --stages: the injection detector's stages timed one by one on the same texts.
import { seedRegexFlags } from '../eval/lib/seed-regexes.js';
import { guardDevTexts, twoKilobyteMessages } from './guard-texts.js';

// --dist measures the compiled guards that `promptops` runs (`npm run build` first); without it, the sources
// under tsx, whose transform wraps every closure the hot paths create in a naming helper.
const root = process.argv.includes('--dist') ? '../dist' : '../src';
type Guards = typeof import('../src/guards/index.js');
const { detectInjection, detectPii, scanText } = (await import(`${root}/guards/index.js`)) as Guards;
const { defaultInjectionModel } = (await import(`${root}/guards/injection/default-model.js`)) as typeof import('../src/guards/injection/default-model.js');
const { pickWindow, textSums } = (await import(`${root}/guards/injection/model.js`)) as typeof import('../src/guards/injection/model.js');
const { matchRules } = (await import(`${root}/guards/injection/rules.js`)) as typeof import('../src/guards/injection/rules.js');
const { decodeEmbedded, normalizeText } = (await import(`${root}/guards/normalize/index.js`)) as typeof import('../src/guards/normalize/index.js');

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dir = arg('--data') ?? '../shared/data';
const runs = Number(arg('--runs') ?? 3);
if (!(Number.isInteger(runs) && runs > 0)) throw new Error(`--runs: expected a positive integer, got ${arg('--runs')}`);
const texts = guardDevTexts(dir);
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
const messages = twoKilobyteMessages(texts);

function throughput(fn: (t: string, i: number) => unknown): number {
  texts.slice(0, 200).forEach(fn);
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    for (let j = 0; j < texts.length; j++) fn(texts[j], j);
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

if (process.argv.includes('--stages')) {
  // Each stage on its own, so interplay between them (shared caches) is not counted.
  const model = defaultInjectionModel();
  const normalised = texts.map((t) => normalizeText(t).text);
  const stages: Array<[string, (t: string, i: number) => unknown]> = [
    ['normalise', (t) => normalizeText(t)],
    ['decode-embedded pre-pass', (t) => decodeEmbedded(t)],
    ['rules (normalised text)', (_, j) => matchRules(normalised[j])],
    ['features + windows + rules', (_, j) => pickWindow(model, textSums(model, normalised[j]), normalised[j].length)],
  ];
  console.log(`injection stages            MB/s  ms per pass`);
  for (const [name, fn] of stages) {
    const mbps = throughput(fn);
    console.log(`${name.padEnd(26)} ${mbps.toFixed(2).padStart(8)} ${(bytes / 1e3 / mbps).toFixed(0).padStart(12)}`);
  }
}
