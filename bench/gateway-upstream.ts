// The fake upstream as its own process for bench/gateway.ts, recording nothing (a long bench would hold every request).
import { startFakeUpstream } from '../test/support/fake-upstream/index.js';

const upstream = await startFakeUpstream({ port: 0, record: false });
console.log(`fake upstream listening on ${upstream.url}`);
process.once('SIGTERM', () => void upstream.close().then(() => process.exit(0)));
