/**
 * The executor's added time per call over a direct adapter call, both against the fake upstream in the
 * same run, interleaved so machine noise hits both alike. Run: npm run bench:executor [-- --calls 10000]
 */
import { createOpenAIProvider } from '../src/providers/openai/index.js';
import { openRegistry } from '../src/prompts/index.js';
import { createRuntime } from '../src/runtime/index.js';
import { startFakeUpstream } from '../test/support/fake-upstream/index.js';
import { writePromptsDir } from '../test/support/prompt-fixture.js';
import { percentile, printTable } from './stats.js';

const calls = Number(process.argv[process.argv.indexOf('--calls') + 1]) || 10_000;
const upstream = await startFakeUpstream();
const providerConfig = { type: 'openai' as const, baseUrl: `${upstream.url}/v1`, apiKey: 'bench', models: [], headers: {}, connections: 8 };
const prompts = writePromptsDir([
  {
    id: 'support',
    version: '1.0.0',
    meta: {
      model: 'gpt-4o-mini',
      variables: { message: { type: 'string', max_length: 1000 }, customer_name: { type: 'string', default: 'there' } },
      user_template: '{{message}}',
      required_keywords: ['echo'],
    },
    body: 'You are the customer-service assistant of Acme. Greet {{customer_name}}. Be brief and helpful.',
  },
]);

const direct = createOpenAIProvider('openai', providerConfig).languageModel('gpt-4o-mini');
const runtime = createRuntime({
  config: {
    providers: { openai: providerConfig },
    models: {},
    defaultProvider: 'openai',
    retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 2000, attemptTimeoutMs: 30_000, deadlineMs: 60_000, breaker: { consecutiveFailures: 5, halfOpenAfterMs: 30_000 } },
  },
  prompts: openRegistry(prompts.dir),
  cache: false,
});
const messages = [
  { role: 'system' as const, content: 'You are the customer-service assistant of Acme. Greet Ada. Be brief and helpful.' },
  { role: 'user' as const, content: 'Where is my order 1234?' },
];

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1000;
}

const directCall = () => direct.doGenerate({ messages });
const executorCall = () => runtime.execute({ prompt: 'support', variables: { customer_name: 'Ada', message: 'Where is my order 1234?' } });

for (let i = 0; i < 500; i++) {
  await directCall();
  await executorCall();
}
const directUs: number[] = [];
const executorUs: number[] = [];
for (let i = 0; i < calls; i++) {
  directUs.push(await time(directCall));
  executorUs.push(await time(executorCall));
}

const rows = [50, 90, 99].map((p) => {
  const d = percentile(directUs, p);
  const e = percentile(executorUs, p);
  return [`p${p}`, d, e, e - d];
});
console.log(`executor overhead: ${calls} sequential calls each, fake upstream on loopback, microseconds`);
printTable(['percentile', 'direct adapter', 'executor', 'added'], rows);
const added50 = percentile(executorUs, 50) - percentile(directUs, 50);
console.log(`summary: executor adds ${added50.toFixed(1)} us at p50 (target <= 100 us): ${added50 <= 100 ? 'PASS' : 'FAIL'}`);

await runtime.close();
await upstream.close();
prompts.remove();
