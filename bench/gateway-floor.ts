/**
 * CPU per request at 32 connections of the bare proxy, the stack floor (bench/stack-floor.ts) and the
 * gateway (this checkout's bin/promptops.js; `npm run build` first), driven in turns against one fake
 * upstream: where the gateway's CPU goes beyond HTTP and JSON.
 * Run: npx tsx bench/gateway-floor.ts [--rounds 3 --seconds 4 --connections 32]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchChatBody } from './bench-chat.js';
import { drive } from './gateway-load.js';
import { cliNodeFlags, cpuTimeUs, pinned, startChild, type Child } from './gateway-processes.js';
import { printTable } from './stats.js';

const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, seconds: { type: 'string', default: '4' }, connections: { type: 'string', default: '32' } },
});
const root = resolve(import.meta.dirname, '..');
const tsx = ['--import', import.meta.resolve('tsx')];
const bin = join(root, 'bin/promptops.js');
const work = mkdtempSync(join(tmpdir(), 'promptops-floor-'));
const children: Child[] = [];
try {
  const upstream = await startChild({ name: 'fake upstream', args: [...tsx, join(root, 'bench/gateway-upstream.ts')], ready: /listening on (http:\/\/\S+)/, cpus: pinned ? '0' : undefined });
  children.push(upstream);
  const cpus = pinned ? '1' : undefined;
  const targets: Child[] = [
    await startChild({ name: 'bare proxy', args: [...tsx, join(root, 'bench/bare-proxy.ts'), '--target', upstream.url], ready: /listening on (http:\/\/\S+)/, cpus }),
    await startChild({ name: 'stack floor', args: ['--max-semi-space-size=32', ...tsx, join(root, 'bench/stack-floor.ts'), '--target', upstream.url], ready: /listening on (http:\/\/\S+)/, cpus }),
    await startChild({
      name: 'promptops',
      args: [...cliNodeFlags(bin), bin, 'serve', '--port', '0', '--host', '127.0.0.1'],
      ready: /"url":"(http:[^"]+)"/,
      cwd: work,
      cpus,
      env: { OPENAI_BASE_URL: `${upstream.url}/v1`, OPENAI_API_KEY: 'sk-bench', PROMPTOPS_LOG_LEVEL: 'info', PORT: '0' },
    }),
  ];
  children.push(...targets);
  const body = benchChatBody();
  const connections = Number(args.connections);
  const seconds = Number(args.seconds);
  const samples = targets.map(() => [] as number[]);
  for (const child of targets) await drive({ url: child.url, path: '/v1/chat/completions', body, headers: {} }, connections, 2);
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const [i, child] of targets.entries()) {
      const before = cpuTimeUs(child.process.pid)!;
      const figures = await drive({ url: child.url, path: '/v1/chat/completions', body, headers: {} }, connections, seconds);
      samples[i].push((cpuTimeUs(child.process.pid)! - before) / (figures.rps * seconds));
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  printTable(['server', 'cpu µs/req (median)', 'min', 'max'], targets.map((child, i) => [child.name, Math.round(median(samples[i])), Math.round(Math.min(...samples[i])), Math.round(Math.max(...samples[i]))]));
} finally {
  await Promise.all(children.map((child) => child.stop()));
  rmSync(work, { recursive: true, force: true });
}
