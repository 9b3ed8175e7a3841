import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Answer, answer as answerFor, type ParsedRequest } from './answer.js';
import type { Fault } from './faults.js';
import type { Wire } from './wire.js';

export interface Reply {
  res: ServerResponse;
  wire: Wire;
  request: ParsedRequest;
  fault: Fault;
  /** Response id (chatcmpl-… / msg_…). */
  id: string;
  /** Aborts when the client goes away or the server closes, so no timer outlives its request. */
  gone: AbortSignal;
  latencyMs: number;
  chunkDelayMs: number;
}

/** Frames sent before a mid-stream fault: for the shortest echo answer, some text but no finish. */
const DEFAULT_CUT = 4;

/** Answers one generation request as its fault says. Resolves once the reply is written (or abandoned). */
export async function respond(reply: Reply): Promise<void> {
  const { res, wire, request, fault } = reply;
  if (reply.latencyMs > 0 && !(await pause(reply.latencyMs, reply.gone))) return;
  let answer = answerFor(request);
  switch (fault.kind) {
    case 'reset':
      res.socket?.destroy();
      return;
    case 'stall':
      return;
    case 'status': {
      const status = fault.status ?? 500;
      const headers: Record<string, string> = {};
      if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
      else if (status === 429 && fault.retryAfterMs === undefined) headers['retry-after'] = '1';
      if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
      const error = wire.error(status);
      sendJson(res, error.status, error.body, headers);
      return;
    }
    case 'context-length': {
      const error = wire.contextLength(request, answer.inputTokens + 200_000);
      sendJson(res, error.status, error.body);
      return;
    }
    case 'delay':
      if (!(await pause(fault.ms ?? 0, reply.gone))) return;
      break;
    case 'content-filter':
      answer = { ...answer, tokens: [], text: '', outputTokens: 0, finish: 'filtered' };
      break;
    default:
      break;
  }
  if (request.stream) await stream(reply, answer);
  else whole(reply, answer);
}

function whole({ res, wire, request, fault, id }: Reply, answer: Answer): void {
  const body = JSON.stringify(wire.completion(request, answer, id));
  const half = body.slice(0, Math.floor(body.length / 2));
  switch (fault.kind) {
    case 'error-mid-stream': {
      const error = wire.error(500);
      sendJson(res, error.status, error.body);
      return;
    }
    case 'malformed-json':
      // A complete body that is not JSON: the server broke the protocol, the connection is fine.
      sendRaw(res, 200, `${body}\n{"trailing":`);
      return;
    case 'truncated':
      // Chunked and ended cleanly, but only half the JSON arrived.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(half);
      return;
    case 'stall-mid-stream':
    case 'reset-mid-stream':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.write(half);
      if (fault.kind === 'reset-mid-stream') setImmediate(() => res.socket?.destroy());
      return;
    default:
      sendRaw(res, 200, body);
  }
}

async function stream(reply: Reply, answer: Answer): Promise<void> {
  const { res, wire, request, fault, id } = reply;
  const frames = wire.streamFrames(request, answer, id);
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  const cut = fault.after ?? DEFAULT_CUT;
  for (const [index, text] of frames.entries()) {
    if (index === Math.min(cut, frames.length - 1) && cutStream(reply)) return;
    if (res.destroyed) return;
    res.write(text);
    if (reply.chunkDelayMs > 0 && !(await pause(reply.chunkDelayMs, reply.gone))) return;
  }
  res.end();
}

/** Applies a mid-stream fault at the cut point; true when the stream must stop there. */
function cutStream({ res, wire, fault }: Reply): boolean {
  switch (fault.kind) {
    case 'stall-mid-stream':
      return true;
    case 'reset-mid-stream':
      // Let the frames already written reach the client before the reset.
      setImmediate(() => res.socket?.destroy());
      return true;
    case 'truncated':
      res.end();
      return true;
    case 'malformed-json':
      res.end('data: {"id":"broken","choices":[{"delta":{"content":"unterminated\n\n');
      return true;
    case 'error-mid-stream':
      res.end(wire.errorFrame());
      return true;
    default:
      return false;
  }
}

/** Waits unless the request goes away first; false when it did. */
async function pause(ms: number, gone: AbortSignal): Promise<boolean> {
  try {
    await sleep(ms, undefined, { signal: gone });
    return true;
  } catch {
    return false;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendRaw(res, status, JSON.stringify(body), headers);
}

function sendRaw(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (res.destroyed || res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}
