/**
 * What the gateway adds over calling the upstream directly, next to the floor (a bare keep-alive
 * node:http proxy) and Portkey's open-source gateway, all against the same fake upstream in one run.
 * Run: npm run bench:gateway [-- --seconds 5 --rounds 3 --profile --dist --no-portkey --no-pin]
 *   --rounds   each cell is measured this many times, the targets in a rotated order each round; figures
 *              are medians over rounds, and what is compared (added latency, share of req/s) is compared
 *              within a round first: a shared machine drifts by ±15% over minutes, more than the margins judged
 *   --profile  writes the gateway's CPU profile (.bench/profiles) and prints where its time went
 *   --dist     runs bin/promptops.js (compiled; `npm run build` first) instead of the CLI from source
 *   --modes json,stream and --loads 1,32 pick the cells (the summary needs json at 1 and 32)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchChatBody } from './bench-chat.js';
import { drive, driveStreamTtfb, type LoadFigures, type LoadTarget } from './gateway-load.js';
import { cliNodeFlags, cpuTimeUs, pinned, startChild, type Child } from './gateway-processes.js';
import { summarizeProfile } from './gateway-profile.js';
import { printTable } from './stats.js';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '5' },
    profile: { type: 'boolean', default: false },
    dist: { type: 'boolean', default: false },
    'no-portkey': { type: 'boolean', default: false },
    'no-pin': { type: 'boolean', default: false },
    modes: { type: 'string', default: 'json,stream' },
    loads: { type: 'string', default: '1,32' },
  },
});
const SECONDS = Number(args.seconds);
const WARMUP = Number(args.warmup);
const ROUNDS = Number(args.rounds);
if (!(Number.isInteger(ROUNDS) && ROUNDS >= 1)) throw new Error(`--rounds: expected a positive integer, got ${args.rounds}`);
const LOADS = args.loads.split(',').map(Number);
const MODES = new Set(args.modes.split(','));
const PORTKEY_VERSION = '1.15.2';
const root = resolve(import.meta.dirname, '..');
const benchDir = join(root, '.bench');
const pin = pinned && !args['no-pin'];
// Two cores: the server under test gets CPU 1 to itself; the upstream and the load generator share CPU 0.
const SERVER_CPU = pin ? '1' : undefined;
const SIDE_CPU = pin ? '0' : undefined;
if (SIDE_CPU) spawnSync('taskset', ['-a', '-p', '-c', SIDE_CPU, String(process.pid)], { stdio: 'ignore' });

// Resolved here: the gateway runs in a temp dir (its SQLite store) where a bare 'tsx' would not resolve.
const tsx = ['--import', import.meta.resolve('tsx')];
const plain = benchChatBody();
const streamed = benchChatBody({ stream: true });
// Every request a message never seen before: what the guards cost when their per-text cache cannot answer.
let sequence = 0;
const fresh = (stream: boolean) => () => benchChatBody({ reference: ++sequence, stream });

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
    server.once('error', reject);
  });
}

/** Installs Portkey outside the package's dependencies; undefined (with the reason printed) when it cannot. */
function portkeyEntry(): string | undefined {
  const prefix = join(benchDir, 'portkey');
  const entry = join(prefix, 'node_modules/@portkey-ai/gateway/build/start-server.js');
  if (existsSync(entry)) return entry;
  mkdirSync(prefix, { recursive: true });
  console.log(`installing @portkey-ai/gateway@${PORTKEY_VERSION} into ${prefix} ...`);
  const install = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--ignore-scripts', `@portkey-ai/gateway@${PORTKEY_VERSION}`], { encoding: 'utf8', timeout: 180_000 });
  if (install.status === 0 && existsSync(entry)) return entry;
  console.log(`portkey skipped: npm install failed (${(install.stderr || install.error?.message || '').trim().split('\n').at(-1)})`);
  return undefined;
}

function describeFailures(failureKinds: Record<string, number>): string {
  const kinds = Object.entries(failureKinds).map(([kind, n]) => `${n}x${kind}`);
  return kinds.length ? kinds.join(' ') : '0';
}

const children: Child[] = [];
const work = mkdtempSync(join(tmpdir(), 'promptops-bench-'));
const profileDir = join(benchDir, 'profiles');

async function main() {
  const upstream = await startChild({ name: 'fake upstream', args: [...tsx, join(root, 'bench/gateway-upstream.ts')], ready: /listening on (http:\/\/\S+)/, cpus: SIDE_CPU });
  children.push(upstream);
  const bare = await startChild({ name: 'bare proxy', args: [...tsx, join(root, 'bench/bare-proxy.ts'), '--target', upstream.url], ready: /listening on (http:\/\/\S+)/, cpus: SERVER_CPU });
  children.push(bare);

  const profileFlags = args.profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const bin = join(root, 'bin/promptops.js');
  const cli = [...cliNodeFlags(bin), ...(args.dist ? [bin] : [...tsx, join(root, 'bench/gateway-serve.ts')])];
  const gateway = await startChild({
    name: 'promptops serve',
    args: [...profileFlags, ...cli, 'serve', '--port', '0', '--host', '127.0.0.1'],
    ready: /"url":"(http:[^"]+)"/,
    cwd: work,
    cpus: SERVER_CPU,
    env: { OPENAI_BASE_URL: `${upstream.url}/v1`, OPENAI_API_KEY: 'sk-bench', PROMPTOPS_LOG_LEVEL: 'info', PORT: '0' },
  });
  children.push(gateway);

  let portkey: Child | undefined;
  const portkeyPath = args['no-portkey'] ? undefined : portkeyEntry();
  if (args['no-portkey']) console.log('portkey skipped: --no-portkey');
  if (portkeyPath) {
    const port = await freePort();
    try {
      portkey = await startChild({ name: 'portkey', args: [portkeyPath, `--port=${port}`, '--headless'], ready: /(http:\/\/localhost:\d+)/, cpus: SERVER_CPU, env: { NODE_ENV: 'production' } });
      children.push(portkey);
    } catch (error) {
      console.log(`portkey skipped: ${(error as Error).message.split('\n')[0]}`);
    }
  }

  const auth = { authorization: 'Bearer sk-bench' };
  // The new-text rows have baselines of their own: building a body per request costs the load generator
  // time that lands in every latency it measures, so it is compared with the same client work.
  const targets: Array<[string, LoadTarget, Child]> = [
    ['direct', { url: upstream.url, path: '/v1/chat/completions', body: plain, headers: auth }, upstream],
    ['bare proxy', { url: bare.url, path: '/v1/chat/completions', body: plain, headers: auth }, bare],
    ['promptops', { url: gateway.url, path: '/v1/chat/completions', body: plain, headers: {} }, gateway],
    ['direct, new text', { url: upstream.url, path: '/v1/chat/completions', body: fresh(false), headers: auth }, upstream],
    ['bare proxy, new text', { url: bare.url, path: '/v1/chat/completions', body: fresh(false), headers: auth }, bare],
    ['promptops, new text', { url: gateway.url, path: '/v1/chat/completions', body: fresh(false), headers: {} }, gateway],
  ];
  if (portkey) {
    const url = portkey.url.replace('localhost', '127.0.0.1');
    targets.push(['portkey', { url, path: '/v1/chat/completions', body: plain, headers: { ...auth, 'x-portkey-provider': 'openai', 'x-portkey-custom-host': `${upstream.url}/v1` } }, portkey]);
  }

  console.log(
    `gateway bench: ${SECONDS} s per cell after ${WARMUP} s warm-up; fake upstream and each server in its own process; ` +
      (pin ? 'server under test pinned to CPU 1, upstream + autocannon (this process) to CPU 0' : 'no CPU pinning') +
      `; gateway = ${args.dist ? 'bin/promptops.js (dist)' : 'promptops CLI from source (tsx)'}, default config (guards on), SQLite store\n`,
  );

  /** Each cell's figures, one per round; `cpuUs` is the server's CPU a request (for direct: the upstream's own). */
  const runs = new Map<string, Array<{ figures: LoadFigures; cpuUs?: number }>>();
  const cell = async (key: string, child: Child, run: () => Promise<LoadFigures>) => {
    const cpuBefore = cpuTimeUs(child.process.pid);
    const figures = await run();
    const cpuAfter = cpuTimeUs(child.process.pid);
    const cpuUs = cpuBefore !== undefined && cpuAfter !== undefined && figures.rps > 0 ? (cpuAfter - cpuBefore) / (figures.rps * SECONDS) : undefined;
    runs.set(key, [...(runs.get(key) ?? []), { figures, cpuUs }]);
  };

  // Warmed in two runs: connections that close and reopen take code paths a steady load never does, and
  // V8 deoptimises and recompiles what they touch (tens of ms of compiling for the gateway's largest
  // functions); ending the first run does that here instead of in the first measured cell.
  for (const [, target] of targets) {
    await drive(target, 32, WARMUP / 2);
    await drive(target, 1, WARMUP / 2);
  }
  for (let round = 0; round < ROUNDS; round++) {
    // Rotated, so that no target always runs first (or right after the same neighbour) in a round.
    const order = targets.map((_, i) => targets[(i + round) % targets.length]);
    for (const load of MODES.has('json') ? LOADS : []) {
      for (const [name, target, child] of order) await cell(`json/${load}/${name}`, child, () => drive(target, load, SECONDS));
    }
    for (const load of MODES.has('stream') ? LOADS : []) {
      for (const [name, target, child] of order) {
        await cell(`stream ttfb/${load}/${name}`, child, () => driveStreamTtfb({ ...target, body: typeof target.body === 'string' ? streamed : fresh(true) }, load, SECONDS));
      }
    }
  }

  /** The median over rounds of `value`, computed round by round (undefined where a round lacks it). */
  const overRounds = (value: (round: number) => number | undefined): number | undefined => {
    const values = Array.from({ length: ROUNDS }, (_, round) => value(round)).filter((v): v is number => v !== undefined && Number.isFinite(v));
    return values.length ? median(values) : undefined;
  };
  const figure = (key: string, round: number) => runs.get(key)?.[round]?.figures;
  const rows: Array<Array<string | number>> = [];
  for (const [key, cells] of runs) {
    const [mode, load, name] = key.split('/');
    const direct = `${mode}/${load}/${baselineOf(name, 'direct')}`;
    const added = (pick: (f: LoadFigures) => number) =>
      name.startsWith('direct') || !runs.has(direct) ? '' : whole(overRounds((r) => pick(figure(key, r)!) - pick(figure(direct, r)!)));
    const kinds: Record<string, number> = {};
    for (const c of cells) for (const [kind, n] of Object.entries(c.figures.failureKinds)) kinds[kind] = (kinds[kind] ?? 0) + n;
    rows.push([
      mode, Number(load), name,
      whole(overRounds((r) => cells[r].figures.rps)), whole(overRounds((r) => cells[r].figures.p50Us)), whole(overRounds((r) => cells[r].figures.p99Us)),
      added((f) => f.p50Us), added((f) => f.p99Us), whole(overRounds((r) => cells[r].cpuUs)),
      describeFailures(kinds),
    ]);
  }
  console.log(ROUNDS > 1 ? `medians over ${ROUNDS} rounds; added latency and shares are taken within each round, then their median\n` : '');
  printTable(['mode', 'conns', 'target', 'req/s', 'p50 µs', 'p99 µs', 'added p50 µs', 'added p99 µs', 'cpu µs/req', 'failures'], rows);
  if (!runs.has('json/1/promptops') || !runs.has('json/32/promptops')) return profileSummary(gateway);
  // Portkey's failures are its own (its streaming to a custom host answers 500): shown in its rows, not judged.
  const failures = [...runs].filter(([key]) => !key.endsWith('/portkey')).reduce((sum, [, cells]) => sum + cells.reduce((n, c) => n + c.figures.failures, 0), 0);
  // Judged on new text (no guard cache hit); the repeated message shows a conversation's earlier turns.
  let pass = failures === 0;
  for (const name of ['promptops', 'promptops, new text']) {
    const at1 = `json/1/${name}`;
    const direct = `json/1/${baselineOf(name, 'direct')}`;
    const added50 = overRounds((r) => figure(at1, r)!.p50Us - figure(direct, r)!.p50Us)!;
    const added99 = overRounds((r) => figure(at1, r)!.p99Us - figure(direct, r)!.p99Us)!;
    const at32 = `json/32/${name}`;
    const bare32 = `json/32/${baselineOf(name, 'bare proxy')}`;
    const share = overRounds((r) => figure(at32, r)!.rps / figure(bare32, r)!.rps)!;
    if (name !== 'promptops') pass &&= added50 <= 300 && added99 <= 1000 && share >= 0.7;
    // The bare proxy's req/s at 32 is capped by the load generator's CPU as often as by its own: CPU a
    // request says what each would serve were the server's CPU the only limit.
    const cpuRatio = overRounds((r) => {
      const ours = runs.get(at32)![r].cpuUs;
      const floor = runs.get(bare32)![r].cpuUs;
      return ours && floor ? ours / floor : undefined;
    });
    const capacity = cpuRatio ? `; CPU a request ${cpuRatio.toFixed(2)}x the bare proxy's` : '';
    console.log(
      `${name === 'promptops' ? '\nsummary' : '       '} (${name}): at 1 connection adds ${Math.round(added50)} µs p50 (target <= 300) and ${Math.round(added99)} µs p99 (target <= 1000); ` +
        `at 32 serves ${(share * 100).toFixed(0)}% of the bare proxy's req/s (target >= 70%)${capacity}`,
    );
  }
  console.log(`failures ${failures}: ${pass ? 'PASS' : 'FAIL'}`);

  await profileSummary(gateway);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const whole = (value: number | undefined): number | string => (value === undefined ? '' : Math.round(value));

/** The row a target is measured against: the baseline driven the same way (static or new text). */
function baselineOf(name: string, baseline: 'direct' | 'bare proxy'): string {
  return name.endsWith(', new text') ? `${baseline}, new text` : baseline;
}

async function profileSummary(gateway: Child) {
  if (args.profile) {
    const before = Date.now();
    await gateway.stop();
    const profiles = readdirSync(profileDir).filter((file) => file.endsWith('.cpuprofile')).map((file) => join(profileDir, file));
    const newest = profiles.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
    if (newest && statSync(newest).mtimeMs >= before - 60_000) {
      const summary = summarizeProfile(newest);
      console.log(`\ngateway CPU profile ${newest}: ${summary.busyMs.toFixed(0)} ms busy of ${summary.totalMs.toFixed(0)} ms`);
      printTable(['area (self time)', 'ms', '% of busy'], summary.areas.map((area) => [area.name, Math.round(area.ms), ((area.ms / summary.busyMs) * 100).toFixed(1)]));
      console.log('');
      printTable(['function (self time)', 'ms', '% of busy'], summary.functions.map((fn) => [fn.name, Math.round(fn.ms), ((fn.ms / summary.busyMs) * 100).toFixed(1)]));
    }
  }
}

try {
  await main();
} finally {
  await Promise.all(children.map((child) => child.stop()));
  rmSync(work, { recursive: true, force: true });
}
