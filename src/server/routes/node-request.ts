import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Context } from 'hono';
import type { AbortSignalLike } from '../../providers/index.js';
import { AbortSource } from '../../runtime/index.js';
import { nodeOf, requestHeader } from '../node-headers.js';
import { openAIError } from '../openai-error.js';
import { BadRequestBody } from '../request-body.js';

/**
 * Under @hono/node-server, touching `c.req.raw.signal` or `c.req.json()` builds a full fetch `Request`
 * (Headers copy, AbortController, the body as a web stream): measured as the largest per-request cost of
 * the JSON path (bench/gateway.ts). These helpers read the Node request directly when there is one and
 * fall back to the fetch API otherwise (`app.request()` in tests, other runtimes).
 */
/**
 * Reads a JSON body straight from the socket into hono's body cache, so `readJson` parses it without
 * a web stream. Only when the length is declared: hono's body-limit middleware has then checked it
 * (a chunked body goes through the middleware's limiting stream instead).
 * The cache entry must be `text`: hono's `json()` reads `bodyCache.text`, and any other cached key
 * (`json` included) sends it through stringify, a fetch `Response` and its web stream, then a re-parse.
 */
export async function preloadJsonBody(c: Context, limitBytes: number): Promise<void> {
  const node = nodeOf(c);
  const declared = Number(requestHeader(c, 'content-length'));
  if (!node || !Number.isFinite(declared) || node.incoming.readableEnded || node.incoming.readableFlowing !== null) return;
  const text = await readAll(node.incoming, limitBytes);
  (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
}

function readAll(incoming: IncomingMessage, limitBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const tooLarge = () => new BadRequestBody(openAIError(413, `the request body exceeds the limit of ${limitBytes} bytes`, 'invalid_request_error', 'body_too_large'));
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        incoming.removeAllListeners('data');
        incoming.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    incoming.once('end', () => resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    incoming.once('error', reject);
    incoming.once('close', () => {
      if (!incoming.complete) reject(new BadRequestBody(openAIError(400, 'the request body ended early', 'invalid_request_error', 'incomplete_body')));
    });
  });
}

// One signal per connection: HTTP/1.1 serves one request at a time on a socket, and a client that
// leaves closes it. Creating an AbortSignal per request measured ~6 µs of CPU, and adding and removing a
// listener on one (each request's deadline does) ~1 µs more; a keep-alive connection serves thousands.
// A request that finished has removed its listeners, so a later close touches nothing.
const connectionSignals = new WeakMap<Socket, AbortSignalLike>();

/** Aborts when the client's connection closes before its response is finished (what `c.req.raw.signal` says). */
export function clientSignal(c: Context): AbortSignalLike {
  const node = nodeOf(c);
  if (!node) return c.req.raw.signal;
  const { socket } = node.incoming;
  let signal = connectionSignals.get(socket);
  if (signal === undefined) {
    const connection = new AbortSource();
    socket.once('close', () => connection.abort(new DOMException('the client closed the connection', 'AbortError')));
    signal = connection;
    connectionSignals.set(socket, signal);
  }
  return signal;
}
