/**
 * Instructions per request (valgrind's callgrind) of the bare proxy and of one or more gateway builds,
 * each under the same fixed load from autocannon against the fake upstream. Counted instructions do
 * not move with a busy or stolen CPU the way times do, so two builds compare on any machine; the main
 * thread (JavaScript) is given apart from V8's background threads (compiler, concurrent GC), whose
 * share moves with timing.
 * Each build is a folder with `bin/promptops.js`, `dist/`, `package.json`, `prompts/` and `node_modules`
 * (after `npm run build`: `cp -r bin dist package.json prompts DIR && ln -s $PWD/node_modules DIR`).
 * Run: npx tsx bench/gateway-instructions.ts [--requests 3000 --warmup 6000 --new-text --single-threaded] [DIR ...]
 *   --single-threaded  V8 compiles and collects on the main thread: repeatable counts (background
 *                      threads make the main thread's share move by ±5% between runs of one build)
 * (no DIR: this checkout). Several minutes a target: each runs ~50x slower under valgrind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { benchChatBody } from './bench-chat.js';
import { cliNodeFlags, startChild } from './gateway-processes.js';
import { printTable } from './stats.js';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    requests: { type: 'string', default: '3000' },
    warmup: { type: 'string', default: '6000' },
    connections: { type: 'string', default: '16' },
    'new-text': { type: 'boolean', default: false },
    'single-threaded': { type: 'boolean', default: false },
  },
});
const root = resolve(import.meta.dirname, '..');
const tsx = ['--import', import.meta.resolve('tsx')];
if (spawnSync('valgrind', ['--version']).status !== 0) throw new Error('valgrind is not installed (Debian package valgrind)');

let sequence = 0;
const body = () => benchChatBody(args['new-text'] ? { reference: ++sequence } : {});

interface Count {
  name: string;
  requests: number;
  failures: number;
  mainThread: number;
  allThreads: number;
}

/** Starts `serverArgs` under callgrind with counting off, warms it, counts a fixed load, stops it. */
async function count(name: string, serverArgs: string[], env: NodeJS.ProcessEnv): Promise<Count> {
  const out = mkdtempSync(join(tmpdir(), 'promptops-callgrind-'));
  const v8Flags = args['single-threaded'] ? ['--single-threaded'] : [];
  const child = spawn('valgrind', ['--tool=callgrind', '--instr-atstart=no', '--separate-threads=yes', `--callgrind-out-file=${out}/cg.%p`, process.execPath, ...v8Flags, ...serverArgs], {
    cwd: mkdtempSync(join(tmpdir(), 'promptops-instr-')),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk;
      const match = /"url":"(http:[^"]+)"/.exec(log) ?? /listening on (http:\/\/\S+)/.exec(log);
      if (match) resolveUrl(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before listening:\n${log}`)));
  });
  const load = (amount: number) => autocannon({
    url: `${url}/v1/chat/completions`, method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
    connections: Number(args.connections), amount, timeout: 120,
    ...(args['new-text'] ? { requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: body() }) }] } : { body: body() }),
  });
  // Two warm-up runs: the first one's connections closing deoptimise and recompile code (counted on the
  // main thread under --single-threaded) that would otherwise land in the counted requests.
  await load(Number(args.warmup) / 2);
  await load(Number(args.warmup) / 2);
  const pid = String(child.pid);
  spawnSync('callgrind_control', ['--instr=on', pid]);
  const measured = await load(Number(args.requests));
  spawnSync('callgrind_control', ['--instr=off', pid]);
  spawnSync('callgrind_control', ['--dump', pid]);
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
  // One file per thread of the dump (`cg.<pid>.1-<thread>`); thread 01 runs the JavaScript.
  let mainThread = 0;
  let allThreads = 0;
  for (const file of readdirSync(out).filter((f) => /\.1-\d+$/.test(f))) {
    const total = Number(/^totals: (\d+)/m.exec(readFileSync(join(out, file), 'utf8'))?.[1] ?? 0);
    allThreads += total;
    if (file.endsWith('-01')) mainThread += total;
  }
  rmSync(out, { recursive: true, force: true });
  return { name, requests: measured.requests.total, failures: measured.non2xx + measured.errors, mainThread, allThreads };
}

const upstream = await startChild({ name: 'fake upstream', args: [...tsx, join(root, 'bench/gateway-upstream.ts')], ready: /listening on (http:\/\/\S+)/ });
try {
  const builds = positionals.length ? positionals.map((dir) => resolve(dir)) : [root];
  console.log(`callgrind: ${args.warmup} requests to warm up, then ${args.requests} counted, ${args.connections} connections${args['new-text'] ? ', a new message every request' : ''}${args['single-threaded'] ? ', V8 single-threaded' : ''}; targets counted side by side\n`);
  const counts = await Promise.all([
    count('bare proxy', [...tsx, join(root, 'bench/bare-proxy.ts'), '--target', upstream.url], {}),
    ...builds.map((dir) => count(basename(dir), [...cliNodeFlags(join(dir, 'bin/promptops.js')), join(dir, 'bin/promptops.js'), 'serve', '--port', '0', '--host', '127.0.0.1'], { OPENAI_BASE_URL: `${upstream.url}/v1`, OPENAI_API_KEY: 'sk-bench', PORT: '0' })),
  ]);
  const perRequest = (n: number, c: Count) => Math.round(n / c.requests / 1000);
  const bare = counts[0];
  printTable(['target', 'requests', 'failures', 'k instr/req main thread', 'vs bare proxy', 'k instr/req all threads', 'vs bare proxy'], counts.map((c) => [
    c.name, c.requests, c.failures,
    perRequest(c.mainThread, c), `${((c.mainThread / c.requests / (bare.mainThread / bare.requests)) * 100).toFixed(0)}%`,
    perRequest(c.allThreads, c), `${((c.allThreads / c.requests / (bare.allThreads / bare.requests)) * 100).toFixed(0)}%`,
  ]));
} finally {
  await upstream.stop();
}
