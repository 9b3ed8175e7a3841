// `npm run bench:evals [-- --dist]`: 100,000 test cases against the fake upstream (its own process, with a
// fixed reply latency) at concurrency 64; wall time, cases/s and peak RSS. Each run is its own process so
// its peak RSS is its own: bare provider calls (the baseline: the ceiling the upstream's latency allows),
// the runner with a plain model call (runner + scoring cost), and the runner through the runtime (what
// `promptops test` does). EVAL_CASES, EVAL_CONCURRENCY and UPSTREAM_LATENCY_MS override the defaults.
// With --dist (`npm run build` first) the runs use the compiled dist/ under plain node, as the `promptops`
// bin does; without it they run the sources under tsx, whose loader thread alone adds ~50 MB of RSS.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import type { ExecuteFn, TestCase } from '../src/evals/index.js';
import { createOpenAIProvider } from '../src/providers/openai/index.js';

// Each run imports only what it uses, so its RSS is its own module graph's.
const evals = () => import('../src/evals/index.js');

const CASES = Number(process.env.EVAL_CASES ?? 100_000);
const CONCURRENCY = Number(process.env.EVAL_CONCURRENCY ?? 64);
const LATENCY_MS = Number(process.env.UPSTREAM_LATENCY_MS ?? 20);
const RSS_TARGET_MB = 200;

async function startUpstream(): Promise<{ url: string; stop(): void }> {
  const server = new URL('../test/support/fake-upstream/index.ts', import.meta.url).href;
  const script = `import { startFakeUpstream } from ${JSON.stringify(server)};
const u = await startFakeUpstream({ record: false, latencyMs: ${LATENCY_MS} });
console.log(u.url);`;
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`fake upstream exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

const MESSAGES = [
  "My order hasn't arrived yet. Where is it?",
  'I want a refund for the boots I bought.',
  'I cannot log in to the mobile app, the password reset link does not work.',
  'Your product is terrible and nobody answers my emails!',
  'What is your return policy for sale items?',
];

/** Cases made on demand: the runner pulls them as slots free, so the suite never sits in memory. */
function* cases(n: number, parseTestCases: (data: unknown, file: string) => TestCase[]): Generator<TestCase> {
  for (let i = 0; i < n; i++) {
    const message = `${MESSAGES[i % MESSAGES.length]} (ticket ${i})`;
    const [testCase] = parseTestCases(
      [
        {
          id: `case-${i}`,
          input: { customer_name: 'Ada', message },
          expectedElements: ['echo', 'ticket'],
          expectedTone: 'professional',
          assertions: [
            { type: 'icontains', value: 'ticket' },
            { type: 'regex', value: '\\(ticket \\d+\\)' },
            { type: 'word-count', value: { max: 200 } },
            { type: 'not-icontains', value: 'as an ai' },
          ],
        },
      ],
      'bench-cases.json',
    );
    yield { ...testCase, source: { file: 'bench-cases.json', index: i } };
  }
}

/** The bench prompt, written as a user would write it (kept here: the runs may execute without tsx). */
function writePrompt(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'promptops-bench-evals-'));
  mkdirSync(join(dir, 'support', 'v1.0.0'), { recursive: true });
  writeFileSync(
    join(dir, 'support', 'v1.0.0', 'system-prompt.md'),
    [
      '---',
      'model: gpt-4o-mini',
      'variables:',
      '  customer_name: { type: string }',
      '  message: { type: string, required: true }',
      "user_template: '{{message}}'",
      '---',
      'You are a customer service agent writing to {{customer_name}}. Answer the message.',
      '',
    ].join('\n'),
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

type Phase = 'bare' | 'direct' | 'runtime';

interface PhaseResult {
  phase: Phase;
  cases: number;
  seconds: number;
  /** RSS once everything is imported and built, before the first call. */
  loadedRss: number;
  peakRss: number;
  passed: number;
  failed: number;
  errors: number;
}

/** One measured run, in this (child) process. */
async function runPhase(phase: Phase, url: string): Promise<PhaseResult> {
  const prompts = writePrompt();
  const providerConfig = { type: 'openai' as const, baseUrl: `${url}/v1`, apiKey: 'bench', models: [], headers: {}, connections: CONCURRENCY };
  const benchDir = join(process.cwd(), '.bench');
  mkdirSync(benchDir, { recursive: true });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    if (phase === 'bare') {
      const provider = createOpenAIProvider('fake', providerConfig);
      const model = provider.languageModel('gpt-4o-mini');
      const limit = pLimit(CONCURRENCY);
      const loadedRss = process.memoryUsage().rss;
      const start = performance.now();
      // Fed in windows so the baseline, like the runner, holds no per-call state beyond what is in flight.
      for (let from = 0; from < CASES; from += CONCURRENCY * 16) {
        const batch = Array.from({ length: Math.min(CONCURRENCY * 16, CASES - from) }, (_, k) =>
          limit(() => model.doGenerate({ messages: [{ role: 'user', content: `${MESSAGES[(from + k) % MESSAGES.length]} (ticket ${from + k})` }] })),
        );
        await Promise.all(batch);
      }
      const seconds = (performance.now() - start) / 1000;
      await provider.close?.();
      return { phase, cases: CASES, seconds, loadedRss, peakRss: Math.max(peak, process.resourceUsage().maxRSS * 1024), passed: 0, failed: 0, errors: 0 };
    }
    const { createJsonlWriter, createModelExecute, parseTestCases, runSuite } = await evals();
    const { openRegistry } = await import('../src/prompts/index.js');
    let execute: ExecuteFn;
    let close: () => Promise<void>;
    if (phase === 'direct') {
      const provider = createOpenAIProvider('fake', providerConfig);
      execute = createModelExecute({ registry: openRegistry(prompts.dir), model: provider.languageModel('gpt-4o-mini') });
      close = async () => provider.close?.();
    } else {
      const { loadConfig } = await import('../src/config/index.js');
      const { createTestRuntime, keepTestRunHeapFlat } = await import('../src/cli/commands/test-runtime.js');
      keepTestRunHeapFlat();
      // The default config, guards on, as `promptops test` runs it.
      const config = loadConfig({ cwd: benchDir, env: {} });
      config.providers = { fake: providerConfig };
      config.defaultProvider = 'fake';
      const runtime = createTestRuntime(config, openRegistry(prompts.dir));
      execute = (request) => runtime.execute(request);
      close = () => runtime.close();
    }
    const sink = await createJsonlWriter(join(benchDir, `evals-${phase}.jsonl`));
    const loadedRss = process.memoryUsage().rss;
    const start = performance.now();
    const summary = await runSuite({ execute, prompt: 'support@1.0.0', cases: cases(CASES, parseTestCases), total: CASES, concurrency: CONCURRENCY, sink });
    const seconds = (performance.now() - start) / 1000;
    await sink.close();
    await close();
    return { phase, cases: summary.total, seconds, loadedRss, peakRss: Math.max(peak, process.resourceUsage().maxRSS * 1024), passed: summary.passed, failed: summary.failed, errors: summary.errors };
  } finally {
    clearInterval(sampler);
    prompts.remove();
  }
}

const DIST = process.argv.includes('--dist');

/**
 * The script a run executes: this file under tsx, or with --dist this file transpiled to plain JS beside
 * dist/ with its imports pointed at the compiled modules, so the run loads what bin/promptops.js loads.
 */
async function phaseScript(): Promise<string[]> {
  const self = fileURLToPath(import.meta.url);
  if (!DIST) return ['--import', import.meta.resolve('tsx'), self];
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (!existsSync(join(root, 'dist/evals/index.js'))) throw new Error('--dist needs dist/: run `npm run build` first');
  const { default: ts } = await import('typescript');
  const { outputText } = ts.transpileModule(readFileSync(self, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const script = join(root, '.bench', 'evals-phase.mjs');
  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(script, outputText.replaceAll("'../src/", "'../dist/"));
  return [script];
}

async function spawnPhase(phase: Phase, url: string, script: string[]): Promise<PhaseResult> {
  const child = spawn(process.execPath, [...script, '--phase', phase, '--upstream', url], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as PhaseResult) : reject(new Error(`${phase} run exited with ${code}`)))),
  );
}

const phaseArg = process.argv.indexOf('--phase');
if (phaseArg > 0) {
  const result = await runPhase(process.argv[phaseArg + 1] as Phase, process.argv[process.argv.indexOf('--upstream') + 1]);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const { printTable } = await import('./stats.js');
  const script = await phaseScript();
  const upstream = await startUpstream();
  try {
    const results: PhaseResult[] = [];
    for (const phase of ['bare', 'direct', 'runtime'] as const) {
      process.stderr.write(`running ${phase} (${CASES} cases)...\n`);
      results.push(await spawnPhase(phase, upstream.url, script));
    }
    const ceiling = (CONCURRENCY * 1000) / LATENCY_MS;
    const label: Record<Phase, string> = {
      bare: 'bare provider calls (baseline)',
      direct: 'runner + scoring, plain model call',
      runtime: 'runner + scoring through the runtime',
    };
    const mode = DIST ? 'compiled dist/ under plain node (what bin/promptops.js runs)' : 'sources under tsx (add -- --dist for the compiled build)';
    process.stdout.write(`${CASES} cases, concurrency ${CONCURRENCY}, upstream latency ${LATENCY_MS} ms; each run its own process, ${mode}\n\n`);
    printTable(
      ['run', 'cases', 'pass', 'fail', 'errors', 'wall s', 'cases/s', '% of latency ceiling', 'RSS loaded MB', 'peak RSS MB'],
      results.map((r) => [label[r.phase], r.cases, r.passed, r.failed, r.errors, r.seconds, r.cases / r.seconds, (100 * r.cases) / r.seconds / ceiling, mb(r.loadedRss), mb(r.peakRss)]),
    );
    const [bare, direct, runtime] = results;
    const ok = mb(runtime.peakRss) <= RSS_TARGET_MB && runtime.errors === 0;
    process.stdout.write(
      `\nevals through the runtime: ${runtime.cases} cases in ${runtime.seconds.toFixed(1)} s = ${Math.round(runtime.cases / runtime.seconds)} cases/s ` +
        `(${Math.round((100 * runtime.cases) / runtime.seconds / (bare.cases / bare.seconds))}% of bare calls; plain model call ${Math.round(direct.cases / direct.seconds)} cases/s)\n` +
        `peak RSS ${mb(runtime.peakRss)} MB vs target <= ${RSS_TARGET_MB} MB: ${ok ? 'OK' : 'MISSED'} ` +
        `(${mb(runtime.loadedRss)} MB before the first case; plain model call ${mb(direct.peakRss)} MB; bare calls ${mb(bare.peakRss)} MB)\n`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    upstream.stop();
  }
}
