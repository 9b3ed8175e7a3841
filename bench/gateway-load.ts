/**
 * Load drivers for bench/gateway.ts. autocannon's own histogram holds whole milliseconds, so latencies
 * are taken from its per-response `response` event (hrtime-based, fractional ms) and kept in µs here.
 * Streaming time-to-first-byte needs the first body chunk, which autocannon does not expose: a small
 * keep-alive `node:http` client measures that.
 */
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';
import { percentile } from './stats.js';

export interface LoadTarget {
  url: string;
  path: string;
  body: string;
  headers: Record<string, string>;
}

export interface LoadFigures {
  rps: number;
  p50Us: number;
  p99Us: number;
  /** Responses other than 2xx, plus transport errors and timeouts: must be 0 for the figures to count. */
  failures: number;
}

export async function drive(target: LoadTarget, connections: number, seconds: number): Promise<LoadFigures> {
  const latenciesUs: number[] = [];
  let failures = 0;
  const instance = autocannon({
    url: target.url + target.path,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    connections,
    duration: seconds,
    timeout: 10,
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTimeMs: number) => {
    if (statusCode >= 200 && statusCode < 300) latenciesUs.push(responseTimeMs * 1000);
    else failures++;
  });
  const result = await instance;
  failures += result.errors + result.timeouts;
  return { rps: latenciesUs.length / seconds, p50Us: percentile(latenciesUs, 50), p99Us: percentile(latenciesUs, 99), failures };
}

/** Streams `connections` requests at a time for `seconds`; latency is the time to the first body byte. */
export async function driveStreamTtfb(target: LoadTarget, connections: number, seconds: number): Promise<LoadFigures> {
  const url = new URL(target.url);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const ttfbUs: number[] = [];
  let failures = 0;
  const until = performance.now() + seconds * 1000;

  const once = () =>
    new Promise<void>((resolve) => {
      const started = process.hrtime.bigint();
      let first = true;
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: target.path,
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(target.body), ...target.headers },
        },
        (res) => {
          const ok = res.statusCode === 200;
          res.on('data', () => {
            if (!first) return;
            first = false;
            if (ok) ttfbUs.push(Number(process.hrtime.bigint() - started) / 1000);
          });
          res.on('end', () => {
            if (!ok) failures++;
            resolve();
          });
          res.on('error', () => {
            failures++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        failures++;
        resolve();
      });
      req.end(target.body);
    });

  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) await once();
    }),
  );
  agent.destroy();
  return { rps: ttfbUs.length / seconds, p50Us: percentile(ttfbUs, 50), p99Us: percentile(ttfbUs, 99), failures };
}
