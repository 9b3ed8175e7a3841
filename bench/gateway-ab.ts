/**
 * CPU per request of two or more builds of the gateway, driven in turns against one fake upstream, so
 * that a busy machine slows every build alike: the ratios hold where absolute figures do not.
 * Each build is a folder holding `bin/promptops.js` and `dist/` (e.g. `cp -r bin dist package.json prompts .bench/variants/a/`
 * after `npm run build`). Run: npx tsx bench/gateway-ab.ts [--rounds 6 --seconds 2 --connections 16 --new-text] DIR...
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchChatBody } from './bench-chat.js';
import { drive } from './gateway-load.js';
import { cliNodeFlags, cpuTimeUs, pinned, startChild, type Child } from './gateway-processes.js';
import { printTable } from './stats.js';

const { values: args, positionals: builds } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '6' },
    seconds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '16' },
    'new-text': { type: 'boolean', default: false },
  },
});
if (builds.length < 2) throw new Error('name at least two build folders (each with bin/promptops.js and dist/)');
const root = resolve(import.meta.dirname, '..');
const tsx = ['--import', import.meta.resolve('tsx')];
let sequence = 0;
const body = () => benchChatBody(args['new-text'] ? { reference: ++sequence } : {});

const children: Child[] = [];
const work = mkdtempSync(join(tmpdir(), 'promptops-ab-'));
try {
  const upstream = await startChild({ name: 'fake upstream', args: [...tsx, join(root, 'bench/gateway-upstream.ts')], ready: /listening on (http:\/\/\S+)/, cpus: pinned ? '0' : undefined });
  children.push(upstream);
  const gateways: Child[] = [];
  for (const [i, dir] of builds.entries()) {
    const cwd = join(work, String(i));
    const gateway = await startChild({
      name: dir,
      args: [...cliNodeFlags(join(resolve(dir), 'bin/promptops.js')), join(resolve(dir), 'bin/promptops.js'), 'serve', '--port', '0', '--host', '127.0.0.1'],
      ready: /"url":"(http:[^"]+)"/,
      cwd: (rmSync(cwd, { recursive: true, force: true }), mkdtempSync(join(work, `${i}-`))),
      cpus: pinned ? '1' : undefined,
      env: { OPENAI_BASE_URL: `${upstream.url}/v1`, OPENAI_API_KEY: 'sk-bench', PROMPTOPS_LOG_LEVEL: 'info', PORT: '0' },
    });
    gateways.push(gateway);
    children.push(gateway);
  }
  const target = (gateway: Child) => ({ url: gateway.url, path: '/v1/chat/completions', body: args['new-text'] ? body : body(), headers: {} });
  for (const gateway of gateways) await drive(target(gateway), Number(args.connections), 3);
  const samples = gateways.map(() => [] as number[]);
  const latencies = gateways.map(() => ({ p50: [] as number[], p99: [] as number[] }));
  for (let round = 0; round < Number(args.rounds); round++) {
    // Rotating the order keeps a build from always running just after the same neighbour.
    for (let k = 0; k < gateways.length; k++) {
      const i = (round + k) % gateways.length;
      const before = cpuTimeUs(gateways[i].process.pid)!;
      const figures = await drive(target(gateways[i]), Number(args.connections), Number(args.seconds));
      samples[i].push((cpuTimeUs(gateways[i].process.pid)! - before) / (figures.rps * Number(args.seconds)));
      latencies[i].p50.push(figures.p50Us);
      latencies[i].p99.push(figures.p99Us);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const base = median(samples[0]);
  printTable(['build', 'cpu µs/req (median)', 'min', 'max', 'vs first', 'p50 µs (median)', 'p99 µs (median)'], builds.map((dir, i) => [
    basename(resolve(dir)), Math.round(median(samples[i])), Math.round(Math.min(...samples[i])), Math.round(Math.max(...samples[i])),
    `${((median(samples[i]) / base) * 100).toFixed(1)}%`, Math.round(median(latencies[i].p50)), Math.round(median(latencies[i].p99)),
  ]));
} finally {
  await Promise.all(children.map((child) => child.stop()));
  rmSync(work, { recursive: true, force: true });
}
