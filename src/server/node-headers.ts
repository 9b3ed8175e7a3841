import type { IncomingMessage, ServerResponse } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';

/** The Node request and response under @hono/node-server; undefined under `app.request()` and other runtimes. */
export function nodeOf(c: Context): { incoming: IncomingMessage; outgoing: ServerResponse } | undefined {
  const env = c.env as { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;
  return env?.incoming && env.outgoing ? { incoming: env.incoming, outgoing: env.outgoing } : undefined;
}

/**
 * A request header read from Node's parsed headers. The first `c.req.header()` under @hono/node-server
 * copies every header into a fetch `Headers` (validated one by one); the middleware and routes only ever
 * need a few. `name` must be lower case.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const node = nodeOf(c);
  if (!node) return c.req.header(name);
  const value = node.incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Sets a header that every answer carries, on the Node response itself: Node merges it into whatever
 * the route answers with, and hono's context then needs no `Headers` object of its own (building one
 * and converting it back costs more than the rest of the header handling together).
 */
export function setResponseHeader(c: Context, name: string, value: string): void {
  const node = nodeOf(c);
  if (node && !node.outgoing.headersSent) node.outgoing.setHeader(name, value);
  else c.header(name, value);
}

/**
 * Answers with JSON written straight to Node's response. `c.json()` under @hono/node-server builds a
 * fetch `Response` (and its `Headers`) only for the adapter to take it apart again: measured as the
 * largest share of the gateway's own time on the JSON path (bench/gateway.ts --profile).
 * Headers set with `setResponseHeader` go out with it.
 */
export function sendJson(c: Context, body: unknown, status = 200): Response {
  const node = nodeOf(c);
  if (!node || node.outgoing.headersSent) return c.json(body, status as 200);
  const text = JSON.stringify(body);
  node.outgoing.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  node.outgoing.end(text);
  return RESPONSE_ALREADY_SENT;
}
