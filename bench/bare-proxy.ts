/**
 * The floor for the gateway bench: a keep-alive `node:http` pass-through proxy that does nothing but
 * copy the request to the upstream and the answer back (streams included). Anything the gateway adds
 * over this is the price of what it does.
 * Run alone: npx tsx bench/bare-proxy.ts --target http://127.0.0.1:4200 [--port 0]
 */
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

/** Hop-by-hop headers are the proxy's own business, never forwarded. */
const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'proxy-connection', 'upgrade', 'te', 'trailer']);

function endToEnd(headers: NodeJS.Dict<string | string[]>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP.has(name)) out[name] = value;
  return out;
}

export function startBareProxy(target: string, port = 0, host = '127.0.0.1'): Promise<{ url: string; server: Server }> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const server = createServer({ keepAliveTimeout: 30_000 }, (req, res) => {
    const outgoing = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...endToEnd(req.headers), host: upstream.host }, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
        answer.pipe(res);
      },
    );
    outgoing.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    res.on('close', () => {
      if (!res.writableFinished) outgoing.destroy();
    });
    req.pipe(outgoing);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ url: `http://${host}:${(server.address() as AddressInfo).port}`, server }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { target: { type: 'string' }, port: { type: 'string', default: '0' } } });
  if (!values.target) {
    console.error('usage: npx tsx bench/bare-proxy.ts --target http://host:port [--port 0]');
    process.exit(2);
  }
  const { url, server } = await startBareProxy(values.target, Number(values.port));
  console.log(`bare proxy listening on ${url}`);
  process.once('SIGTERM', () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
