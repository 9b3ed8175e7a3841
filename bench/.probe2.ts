import { startFakeUpstream } from '../test/support/fake-upstream/index.js';
import { loadConfig } from '../src/config/index.js';
import { createLogger } from '../src/observability/index.js';
import { createGateway, listen } from '../src/server/index.js';
import { driveStreamTtfb, drive } from './gateway-load.js';
const up = await startFakeUpstream({ record: false });
const config = loadConfig({ cwd: '/tmp', env: { OPENAI_BASE_URL: `${up.url}/v1`, OPENAI_API_KEY: 'x' } });
const gw = await createGateway({ config, store: false, logger: createLogger({ level: 'silent' }) });
const s = await listen(gw, { port: 0, host: '127.0.0.1' });
const body = JSON.stringify({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: 'Hi, I ordered a jacket last week (order 1234)' }] });
for (const [name, url, path] of [['direct', up.url, '/v1/chat/completions'], ['gw', s.url, '/v1/chat/completions']] as const) {
  console.log(name, 'stream', JSON.stringify(await driveStreamTtfb({ url, path, body, headers: {} }, 1, 2)));
  console.log(name, 'json', JSON.stringify(await drive({ url, path, body: body.replace('"stream":true,', ''), headers: {} }, 1, 2)));
}
await s.close(); await up.close();
