import { Pool } from 'undici';
import { InvalidResponseError } from '../errors/index.js';
import type { AbortSignalLike } from '../spec/index.js';
import type { HeaderBag } from './retry-after.js';
import type { CallContext } from './status-errors.js';
import { abortReason, mapTransportError } from './transport-errors.js';
import { WholeBodyHandler, type WholeResponse } from './whole-body-handler.js';

export interface HttpClientOptions {
  /** e.g. `https://api.openai.com/v1`; its path is the prefix of every request path. */
  baseUrl: string;
  /** Max keep-alive connections to the origin (undici Pool); 0 or undefined means unbounded. */
  connections?: number;
  /** Time to wait for response headers (undici's default is 300 s). */
  headersTimeoutMs?: number;
  /** Longest silence between two body chunks, streams included: a stalled stream fails with TimeoutError. */
  idleTimeoutMs?: number;
  /** How long `close()` lets in-flight requests finish before cutting them (default 1000 ms). */
  closeGraceMs?: number;
}

/** Transport knobs an adapter factory takes beyond the config file. */
export type AdapterTransportOptions = Pick<HttpClientOptions, 'headersTimeoutMs' | 'idleTimeoutMs' | 'closeGraceMs'>;

export interface HttpResponse {
  status: number;
  headers: HeaderBag;
  body: AsyncIterable<Uint8Array> & { text(): Promise<string>; dump(): Promise<void>; destroy(error?: Error): unknown };
}

export interface HttpRequest {
  /** Appended to the base URL's path, e.g. `/chat/completions`. */
  path: string;
  body: unknown;
  headers: Record<string, string>;
  signal?: AbortSignalLike;
  ctx: CallContext;
}

export interface HttpClient {
  readonly origin: string;
  /** The answer's body as a stream (SSE). */
  postJson(request: HttpRequest): Promise<HttpResponse>;
  /** The whole answer read into a string: cheaper than `postJson` when nothing streams. */
  postJsonWhole(request: HttpRequest): Promise<WholeResponse>;
  close(): Promise<void>;
}

/**
 * One keep-alive pool per provider. undici's `Pool.request` was measured faster than global fetch
 * against the same server (bench/adapter-transport.ts), so adapters use it directly.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const url = new URL(options.baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`base URL must be http(s): got "${options.baseUrl}"`);
  }
  const prefix = url.pathname.replace(/\/+$/, '');
  const pool = new Pool(url.origin, {
    connections: options.connections || null,
    headersTimeout: options.headersTimeoutMs,
    bodyTimeout: options.idleTimeoutMs,
  });

  const dispatchOptions = ({ path, body, headers }: HttpRequest) => ({
    method: 'POST' as const,
    path: prefix + path + url.search,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });

  return {
    origin: url.origin,
    async postJson(request) {
      const { signal, ctx } = request;
      if (signal?.aborted) throw abortReason(signal);
      try {
        const response = await pool.request({ signal, ...dispatchOptions(request) });
        return { status: response.statusCode, headers: response.headers, body: response.body };
      } catch (error) {
        throw mapTransportError(error, ctx, signal);
      }
    },
    async postJsonWhole(request) {
      const { signal, ctx } = request;
      if (signal?.aborted) throw abortReason(signal);
      try {
        return await new Promise<WholeResponse>((resolve, reject) => {
          pool.dispatch(dispatchOptions(request), new WholeBodyHandler(signal, resolve, reject));
        });
      } catch (error) {
        throw mapTransportError(error, ctx, signal);
      }
    },
    async close() {
      // A stalled upstream would keep a graceful close waiting forever.
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), options.closeGraceMs ?? 1000);
      });
      const outcome = await Promise.race([pool.close(), grace]);
      clearTimeout(timer);
      if (outcome === 'late') await pool.destroy();
    },
  };
}

/** Reads a whole body as text, mapping a reset or timeout mid-body like any transport failure. */
export async function readText(response: HttpResponse, ctx: CallContext, signal?: AbortSignalLike): Promise<string> {
  try {
    return await response.body.text();
  } catch (error) {
    throw mapTransportError(error, ctx, signal);
  }
}

/** Parses a body that must be JSON; anything else is the provider breaking its protocol. */
export function parseJsonBody(text: string, status: number, ctx: CallContext): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidResponseError({
      message: `${ctx.provider} (${ctx.modelId}) sent a body that is not JSON (HTTP ${status}, ${text.length} bytes)`,
      provider: ctx.provider,
      modelId: ctx.modelId,
      statusCode: status,
      responseBody: text.slice(0, 2048),
      cause: error,
    });
  }
}
