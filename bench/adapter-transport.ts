// Which HTTP transport should the provider adapters use? Drives the same chat-completions call through
// undici's Pool.request, undici's request (global Agent), Node's global fetch, node:http with a keep-alive
// Agent (what the bare proxy in bench/gateway.ts uses), and our OpenAI adapter
// (Pool underneath), against the fake upstream running in its own process.
// Usage: npx tsx bench/adapter-transport.ts [--requests 4000] [--concurrency 16]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Agent, request as httpRequest } from 'node:http';
import { parseArgs } from 'node:util';
import { Pool, request as undiciRequest } from 'undici';
import { createOpenAIProvider } from '../src/providers/openai/index.js';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '4000' }, concurrency: { type: 'string', default: '16' } } });
const REQUESTS = Number(values.requests);
const CONCURRENCY = Number(values.concurrency);
const ROUNDS = 4;

const cli = fileURLToPath(new URL('../test/support/fake-upstream/cli.ts', import.meta.url));
const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const [line] = (await once(child.stdout, 'data')) as [Buffer];
const base = /listening on (http:\/\/\S+)/.exec(line.toString())?.[1];
if (!base) throw new Error(`fake upstream did not start: ${line}`);

const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Where is my order 1234?' }] });
const headers = { 'content-type': 'application/json', authorization: 'Bearer bench' };
const url = `${base}/v1/chat/completions`;
const pool = new Pool(base, { connections: CONCURRENCY });
const provider = createOpenAIProvider('bench', { type: 'openai', baseUrl: `${base}/v1`, apiKey: 'bench', models: [], headers: {}, connections: CONCURRENCY });
const model = provider.languageModel('gpt-4o-mini');

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const target = new URL(base);
const nodeHttp = () =>
  new Promise<unknown>((resolve, reject) => {
    const req = httpRequest({ host: target.hostname, port: target.port, method: 'POST', path: '/v1/chat/completions', headers: { ...headers, 'content-length': Buffer.byteLength(body) }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });

type Call = () => Promise<unknown>;
const transports: Array<[string, Call]> = [
  ['undici Pool.request', async () => JSON.parse(await (await pool.request({ method: 'POST', path: '/v1/chat/completions', headers, body })).body.text())],
  ['undici request (Agent)', async () => JSON.parse(await (await undiciRequest(url, { method: 'POST', headers, body })).body.text())],
  ['global fetch', async () => (await fetch(url, { method: 'POST', headers, body })).json()],
  ['node:http (keep-alive)', nodeHttp],
  ['OpenAI adapter (Pool)', () => model.doGenerate({ messages: [{ role: 'user', content: 'Where is my order 1234?' }] })],
];

async function sequential(call: Call, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    await call();
    times.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  return times;
}

async function concurrent(call: Call, n: number, width: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: width }, async () => {
    while (next++ < n) await call();
  }));
  return n / ((performance.now() - start) / 1000);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

for (const [, call] of transports) await sequential(call, 300);
const latency = new Map<string, number[]>(transports.map(([name]) => [name, []]));
const throughput = new Map<string, number[]>(transports.map(([name]) => [name, []]));
// Rounds interleave the transports so drift in machine load hits all of them alike.
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, call] of transports) {
    latency.get(name)?.push(...(await sequential(call, REQUESTS / ROUNDS)));
    throughput.get(name)?.push(await concurrent(call, REQUESTS / ROUNDS, CONCURRENCY));
  }
}

const rows = transports.map(([name]) => {
  const sorted = (latency.get(name) ?? []).sort((a, b) => a - b);
  const rates = throughput.get(name) ?? [];
  return { name, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), rps: rates.reduce((a, b) => a + b, 0) / rates.length };
});
console.log(`\n${REQUESTS} sequential + ${REQUESTS} concurrent (x${CONCURRENCY}) requests per transport, fake upstream in its own process\n`);
console.log(`${'transport'.padEnd(26)}${'p50 µs'.padStart(10)}${'p99 µs'.padStart(10)}${`req/s @${CONCURRENCY}`.padStart(14)}`);
for (const row of rows) {
  console.log(`${row.name.padEnd(26)}${row.p50.toFixed(0).padStart(10)}${row.p99.toFixed(0).padStart(10)}${row.rps.toFixed(0).padStart(14)}`);
}
const [poolRow, , fetchRow, , adapterRow] = rows;
if (poolRow && fetchRow && adapterRow) {
  const faster = poolRow.p50 < fetchRow.p50 && poolRow.rps > fetchRow.rps;
  console.log(
    `\nsummary: Pool.request p50 ${((1 - poolRow.p50 / fetchRow.p50) * 100).toFixed(0)}% lower and ${((poolRow.rps / fetchRow.rps - 1) * 100).toFixed(0)}% more req/s than fetch; ` +
      `adapter adds ${(adapterRow.p50 - poolRow.p50).toFixed(0)} µs p50 over raw Pool; transport: ${faster ? 'undici Pool (kept)' : 'fetch would win here: revisit'}`,
  );
}

await provider.close?.();
await pool.close();
agent.destroy();
child.kill('SIGTERM');
