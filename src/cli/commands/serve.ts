import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { createLogger } from '../../observability/index.js';
import { createGateway, isClusterWorker, listen, runClusterPrimary } from '../../server/index.js';
import { CliError } from '../exit-codes.js';

export interface ServeOptions {
  port?: string;
  host?: string;
  /** Worker processes (node:cluster) sharing the port; 1 serves from this process. */
  workers?: string;
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
    { url: server.url, pid: process.pid, prompts: config.promptsDir, store: config.store.url.replace(/\/\/[^@/]*@/, '//***@'), providers: providers.length ? providers : ['demo'] },
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

/** `--workers N` (N > 1): this process becomes the cluster primary and each worker runs `serveOnce`. */
export async function serve(options: ServeOptions): Promise<void> {
  const workers = options.workers === undefined ? 1 : Number(options.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) throw new CliError(`--workers must be a whole number from 1 to 256, got "${options.workers}"`);
  if (workers === 1) return serveOnce(options);
  if (isClusterWorker()) {
    // The IPC channel to the primary keeps a worker alive: one that cannot start would sit there, never
    // listening and never replaced. Letting go of it, the worker exits with its error code.
    return serveOnce(options).catch((error: unknown) => {
      process.channel?.unref();
      throw error;
    });
  }
  // Fail here, once, on a bad config rather than in every worker.
  loadConfig({ cwd: process.cwd() });
  const code = await runClusterPrimary({ workers, logger: createLogger() });
  process.exit(code);
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the gateway: OpenAI-compatible API, prompt execution, /metrics')
    .option('-p, --port <port>', 'port (default: PORT or 4100)')
    .option('--host <host>', 'interface to bind (default 0.0.0.0)')
    .option('-w, --workers <n>', 'worker processes sharing the port (node:cluster); a crashed worker is replaced', '1')
    .action((options: ServeOptions) => serve(options));
}
