import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { createGateway, listen } from '../../server/index.js';
import { CliError } from '../exit-codes.js';

export interface ServeOptions {
  port?: string;
  host?: string;
}

/** Starts one gateway process and stops it gracefully on SIGTERM/SIGINT (drain in-flight, flush the store). */
export async function serveOnce(options: ServeOptions): Promise<void> {
  const config = loadConfig({ cwd: process.cwd() });
  const port = options.port !== undefined ? Number(options.port) : config.server.port;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a port number, got "${options.port}"`);
  const gateway = await createGateway({ config, defaultMetrics: true });
  const server = await listen(gateway, { port, host: options.host ?? config.server.host });
  const providers = Object.keys(config.providers);
  gateway.logger.info(
    { url: server.url, prompts: config.promptsDir, store: config.store.url.replace(/\/\/[^@/]*@/, '//***@'), providers: providers.length ? providers : ['demo'] },
    providers.length ? 'promptops gateway listening' : 'promptops gateway listening (demo model: no LLM provider configured)',
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    gateway.logger.info({ signal }, 'draining in-flight requests');
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the gateway: OpenAI-compatible API, prompt execution, /metrics')
    .option('-p, --port <port>', 'port (default: PORT or 4100)')
    .option('--host <host>', 'interface to bind (default 0.0.0.0)')
    .action((options: ServeOptions) => serveOnce(options));
}
