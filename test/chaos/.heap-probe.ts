import { setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/observability/index.js';
import { createGateway, listen } from '../../src/server/index.js';
import { startFakeUpstream } from '../support/fake-upstream/index.js';
import { writePromptsDir } from '../support/prompt-fixture.js';
import { runRequests } from './drive.js';
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const faults = (process.env.FAULTS ?? '500').split(',');
const prompts = writePromptsDir([{ id: 'chaos', version: '1.0.0', meta: { model: 'gpt-4o-mini', fallback_models: ['backup/gpt-4o-mini'], variables: { message: { type: 'string', max_length: 200 } }, user_template: '{{message}}' }, body: 'You are a test assistant.' }]);
const primary = await startFakeUpstream({ record: false, chaos: { faultRate: 0.3, faults, seed: 42 } });
const backup = await startFakeUpstream({ record: false });
const config = loadConfig({ cwd: prompts.dir, env: { PROMPTOPS_PROMPTS_DIR: prompts.dir, OPENAI_BASE_URL: `${primary.url}/v1`, OPENAI_API_KEY: 'sk' } });
config.providers.backup = { type: 'openai', baseUrl: `${backup.url}/v1`, apiKey: 'sk', models: [], headers: {}, connections: 64 };
config.retry = { maxAttempts: 3, baseDelayMs: 2, maxDelayMs: 20, attemptTimeoutMs: 400, deadlineMs: 10_000, breaker: { consecutiveFailures: 5, halfOpenAfterMs: 250 } };
const gateway = await createGateway({ config, store: false, logger: createLogger({ level: 'silent' }) });
const server = await listen(gateway, { port: 0, host: '127.0.0.1' });
for (let round = 0; round < 4; round++) {
  await runRequests({ baseUrl: server.url, count: 1000, concurrency: 16, timeoutMs: 5000, offset: round * 10000 });
  await primary.waitForIdle(3000);
  gc(); gc();
  console.log(round, (process.memoryUsage().heapUsed / 2 ** 20).toFixed(1));
  if (process.env.SNAP && (round === 1 || round === 3)) writeHeapSnapshot(`/tmp/heap-${round}.heapsnapshot`);
}
await server.close(1000); await primary.close(); await backup.close(); prompts.remove();
