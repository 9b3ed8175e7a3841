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
  /** A function gives every request its own body (e.g. a new message, so no cache can answer it). */
  body: string | (() => string);
  headers: Record<string, string>;
}

export interface LoadFigures {
  rps: number;
  p50Us: number;
  p99Us: number;
  /** Responses other than 2xx, plus transport errors and timeouts: must be 0 for the figures to count. */
  failures: number;
  /** What the failures were: status codes and error names with their counts. */
  failureKinds: Record<string, number>;
}

function count(kinds: Record<string, number>, kind: string): void {
  kinds[kind] = (kinds[kind] ?? 0) + 1;
}

export async function drive(target: LoadTarget, connections: number, seconds: number): Promise<LoadFigures> {
  const latenciesUs: number[] = [];
  const failureKinds: Record<string, number> = {};
  const instance = autocannon({
    url: target.url + target.path,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    ...(typeof target.body === 'string'
      ? { body: target.body }
      : { requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: (target.body as () => string)() }) }] }),
    connections,
    duration: seconds,
    timeout: 10,
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTimeMs: number) => {
    if (statusCode >= 200 && statusCode < 300) latenciesUs.push(responseTimeMs * 1000);
    else count(failureKinds, String(statusCode));
  });
  instance.on('reqError', (error: Error) => count(failureKinds, (error as { code?: string }).code ?? error.name));
  await instance;
  return figuresOf(latenciesUs, seconds, failureKinds);
}

function figuresOf(latenciesUs: number[], seconds: number, failureKinds: Record<string, number>): LoadFigures {
  const failures = Object.values(failureKinds).reduce((sum, n) => sum + n, 0);
  return { rps: latenciesUs.length / seconds, p50Us: percentile(latenciesUs, 50), p99Us: percentile(latenciesUs, 99), failures, failureKinds };
}

/** Streams `connections` requests at a time for `seconds`; latency is the time to the first body byte. */
export async function driveStreamTtfb(target: LoadTarget, connections: number, seconds: number): Promise<LoadFigures> {
  const url = new URL(target.url);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const ttfbUs: number[] = [];
  const failureKinds: Record<string, number> = {};
  const until = performance.now() + seconds * 1000;

  const once = () =>
    new Promise<void>((resolve) => {
      const body = typeof target.body === 'string' ? target.body : target.body();
      const started = process.hrtime.bigint();
      let first = true;
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: target.path,
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...target.headers },
        },
        (res) => {
          const ok = res.statusCode === 200;
          res.on('data', () => {
            if (!first) return;
            first = false;
            if (ok) ttfbUs.push(Number(process.hrtime.bigint() - started) / 1000);
          });
          res.on('end', () => {
            if (!ok) count(failureKinds, String(res.statusCode));
            resolve();
          });
          res.on('error', (error: Error) => {
            count(failureKinds, (error as { code?: string }).code ?? error.name);
            resolve();
          });
        },
      );
      req.on('error', (error: Error) => {
        count(failureKinds, (error as { code?: string }).code ?? error.name);
        resolve();
      });
      req.end(body);
    });

  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) await once();
    }),
  );
  agent.destroy();
  return figuresOf(ttfbUs, seconds, failureKinds);
}
