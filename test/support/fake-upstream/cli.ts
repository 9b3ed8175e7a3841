import { parseArgs } from 'node:util';
import { startFakeUpstream } from './server.js';

const usage = `usage: npm run fake-upstream -- [--port 4200] [--host 127.0.0.1] [--api-key KEY] [--latency-ms N]
  [--chunk-delay-ms N] [--fault-rate 0.3 --faults 500,429;retry-after=1,reset --seed 1]
Per request: header "x-fake-fault: 429;retry-after=1" (kinds: ok, delay;ms=N, 4xx/5xx status, reset, stall,
stall-mid-stream, reset-mid-stream, truncated, malformed-json, error-mid-stream, context-length, content-filter).`;

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    console.error(`--${name} must be a number >= 0, got "${value}"\n${usage}`);
    process.exit(2);
  }
  return parsed;
}

let args;
try {
  args = parseArgs({
    options: {
      port: { type: 'string', default: '4200' },
      host: { type: 'string', default: '127.0.0.1' },
      'api-key': { type: 'string' },
      'latency-ms': { type: 'string' },
      'chunk-delay-ms': { type: 'string' },
      'fault-rate': { type: 'string' },
      faults: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}

const faultRate = number('fault-rate', args['fault-rate']);
try {
  const upstream = await startFakeUpstream({
    port: number('port', args.port),
    host: args.host,
    apiKey: args['api-key'],
    latencyMs: number('latency-ms', args['latency-ms']),
    chunkDelayMs: number('chunk-delay-ms', args['chunk-delay-ms']),
    chaos: faultRate ? { faultRate, faults: (args.faults ?? '500').split(','), seed: number('seed', args.seed) } : undefined,
  });
  console.log(`fake upstream listening on ${upstream.url} (OpenAI: ${upstream.url}/v1, Anthropic: ${upstream.url})`);
  const stop = () => void upstream.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`fake upstream could not start: ${(error as Error).message}`);
  process.exit(1);
}
