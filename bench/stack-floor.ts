/**
 * The gateway's stack with none of its own layers: node:http in, the request body parsed, one undici
 * `Pool.dispatch` to the upstream with a fresh JSON body (the adapters' own whole-body handler), the answer parsed, a new chat-completion JSON
 * written back. What it costs over the bare proxy is the price of parsing JSON both ways; what the
 * gateway costs over it is the price of hono, guards, policies, records and metrics.
 * Run alone: npx tsx bench/stack-floor.ts --target http://127.0.0.1:4200
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { WholeBodyHandler } from '../src/providers/http/whole-body-handler.js';
import { readBody } from '../test/support/fake-upstream/index.js';

interface Chat {
  model: string;
  messages: unknown[];
}

interface Completion {
  model: string;
  choices: Array<{ message: { content: string } }>;
  usage: unknown;
}

function post(pool: Pool, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const handler = new WholeBodyHandler(undefined, (response) => resolve(response.text), reject);
    pool.dispatch({ method: 'POST', path: '/v1/chat/completions', headers: { 'content-type': 'application/json', authorization: 'Bearer bench' }, body }, handler);
  });
}

export function startStackFloor(target: string, port = 0, host = '127.0.0.1'): Promise<{ url: string; close(): Promise<void> }> {
  const pool = new Pool(target);
  const server = createServer(async (incoming, outgoing) => {
    try {
      const chat = JSON.parse(await readBody(incoming)) as Chat;
      const answer = JSON.parse(await post(pool, JSON.stringify({ model: chat.model, messages: chat.messages }))) as Completion;
      const text = JSON.stringify({
        id: 'chatcmpl-floor',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: answer.model,
        choices: [{ index: 0, message: { role: 'assistant', content: answer.choices[0].message.content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
        usage: answer.usage,
      });
      outgoing.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
    } catch (error) {
      console.error(`stack floor: ${String(error)}`);
      if (!outgoing.headersSent) outgoing.writeHead(502).end();
      else outgoing.destroy();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () =>
      resolve({
        url: `http://${host}:${(server.address() as AddressInfo).port}`,
        close: async () => {
          server.closeAllConnections();
          await new Promise((done) => server.close(done));
          await pool.close();
        },
      }),
    );
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { target: { type: 'string' }, port: { type: 'string', default: '0' } } });
  if (!values.target) {
    console.error('usage: npx tsx bench/stack-floor.ts --target http://host:port [--port 0]');
    process.exit(2);
  }
  const floor = await startStackFloor(values.target, Number(values.port));
  console.log(`stack floor listening on ${floor.url}`);
  process.once('SIGTERM', () => void floor.close().then(() => process.exit(0)));
}
