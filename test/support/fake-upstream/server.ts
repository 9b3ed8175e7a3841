import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { anthropicWire } from './anthropic-wire.js';
import { type ChaosOptions, FaultSource } from './fault-source.js';
import { type FaultSpec, faultName } from './faults.js';
import { openaiWire } from './openai-wire.js';
import { respond, sendJson } from './respond.js';
import { isWireError, type Wire } from './wire.js';

export interface FakeUpstreamOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** When set, requests must carry it (`Authorization: Bearer` / `x-api-key`), else 401 in the vendor's shape. */
  apiKey?: string;
  /** Added before every generation reply (benches). */
  latencyMs?: number;
  /** Pause between stream frames. */
  chunkDelayMs?: number;
  chaos?: ChaosOptions;
  /** Keep received requests in `requests` (default true; turn off for long benches). */
  record?: boolean;
  models?: string[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  /** The fault it got: `ok`, `429`, `reset`, `stall-mid-stream`... (`-` for non-generation routes). */
  fault: string;
  /** Client port of the connection: equal ports mean a reused keep-alive connection. */
  remotePort?: number;
}

export interface FakeUpstream {
  /** Base URL without a path, e.g. `http://127.0.0.1:4200`; OpenAI clients use `${url}/v1`. */
  url: string;
  port: number;
  /** The next `count` generation requests get this fault (after any queued before). */
  enqueue(fault: FaultSpec, count?: number): void;
  /** Random faults for requests with no header and nothing queued; null turns chaos off. */
  setChaos(options: ChaosOptions | null): void;
  /** Requests received, oldest first (live array). */
  readonly requests: RecordedRequest[];
  /** Generation replies by fault name. */
  readonly counts: Record<string, number>;
  /** Generation requests whose connection is still open (a stalled reply counts until the client leaves). */
  readonly inFlight: number;
  /** Resolves once no generation request is open; rejects after `timeoutMs` naming how many still are. */
  waitForIdle(timeoutMs?: number): Promise<void>;
  /** Clears queue, chaos, records, counts and the id sequence. */
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_MODELS = ['gpt-4o-mini', 'gpt-4o', 'claude-sonnet-4-5', 'claude-haiku-4-5'];

/** A real HTTP server speaking OpenAI chat completions and Anthropic Messages, with scriptable faults. */
export async function startFakeUpstream(options: FakeUpstreamOptions = {}): Promise<FakeUpstream> {
  const faults = new FaultSource();
  if (options.chaos) faults.setChaos(options.chaos);
  const requests: RecordedRequest[] = [];
  const counts: Record<string, number> = {};
  const record = options.record ?? true;
  let sequence = 0;
  let inFlight = 0;
  let idleWaiters: Array<() => void> = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const raw = await readBody(req);
    const body = parseJson(raw);
    const entry: RecordedRequest = { method: req.method ?? 'GET', path, headers: req.headers, body: body ?? raw, fault: '-', remotePort: req.socket.remotePort };
    if (record) requests.push(entry);

    if (req.method === 'GET' && path === '/v1/models') {
      sendJson(res, 200, listModels(options.models ?? DEFAULT_MODELS, req.headers['anthropic-version'] !== undefined));
      return;
    }
    const wire: Wire | undefined =
      req.method === 'POST' && path === '/v1/chat/completions' ? openaiWire : req.method === 'POST' && path === '/v1/messages' ? anthropicWire : undefined;
    if (!wire) {
      sendJson(res, 404, openaiWire.error(404, `Unknown request URL: ${req.method} ${path}.`).body);
      return;
    }
    sequence += 1;
    res.setHeader(wire.requestIdHeader, `req_fake_${sequence}`);
    const denied = wire.checkAuth(req.headers, options.apiKey);
    const parsed = denied ?? wire.parse(body, req.headers);
    if (isWireError(parsed)) {
      sendJson(res, parsed.status, parsed.body);
      return;
    }
    let fault;
    try {
      fault = faults.next(headerOf(req.headers['x-fake-fault']));
    } catch (error) {
      const bad = wire.error(400, (error as Error).message);
      sendJson(res, bad.status, bad.body);
      return;
    }
    entry.fault = faultName(fault);
    counts[entry.fault] = (counts[entry.fault] ?? 0) + 1;
    const gone = new AbortController();
    inFlight += 1;
    res.on('close', () => {
      gone.abort();
      inFlight -= 1;
      if (inFlight === 0) {
        for (const wake of idleWaiters) wake();
        idleWaiters = [];
      }
    });
    const id = wire.name === 'openai' ? `chatcmpl-fake${sequence}` : `msg_fake${sequence}`;
    await respond({
      res, wire, request: parsed, fault, id, gone: gone.signal,
      latencyMs: options.latencyMs ?? 0, chunkDelayMs: options.chunkDelayMs ?? 0,
    });
  }

  const server = createServer({ keepAliveTimeout: 30_000 }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, openaiWire.error(500, `fake upstream bug: ${(error as Error).message}`).body);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  return {
    url: `http://${host}:${port}`,
    port,
    enqueue: (fault, count) => faults.enqueue(fault, count),
    setChaos: (chaos) => faults.setChaos(chaos),
    requests,
    counts,
    get inFlight() {
      return inFlight;
    },
    waitForIdle(timeoutMs = 2000) {
      if (inFlight === 0) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`fake upstream: ${inFlight} request(s) still open after ${timeoutMs} ms`)), timeoutMs);
        idleWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    reset() {
      faults.reset();
      sequence = 0;
      requests.length = 0;
      for (const key of Object.keys(counts)) delete counts[key];
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        // Stalled replies never end by themselves.
        server.closeAllConnections();
      });
    },
  };
}

/** A request's whole body as UTF-8 text. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function headerOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function listModels(models: string[], anthropic: boolean): unknown {
  if (anthropic) {
    const data = models.map((id) => ({ type: 'model', id, display_name: id, created_at: '2025-01-01T00:00:00Z' }));
    return { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null };
  }
  return { object: 'list', data: models.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'fake-upstream' })) };
}
