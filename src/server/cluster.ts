import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../observability/index.js';

export interface ClusterOptions {
  /** Worker processes to keep running; each runs the same command line and shares the listening port. */
  workers: number;
  logger: Logger;
  /** Crash-loop guard: more than `maxRestarts` crashes within `windowMs` stops the cluster (exit 1). */
  maxRestarts?: number;
  windowMs?: number;
  /** After SIGTERM, how long workers get to drain before they are killed. */
  shutdownTimeoutMs?: number;
}

/**
 * Whether a crashed worker may be replaced: a worker that crashes now and then is restarted, one that
 * crashes on start-up (bad config, port taken) would otherwise be forked forever.
 */
export function allowRestart(crashTimes: number[], now: number, maxRestarts: number, windowMs: number): boolean {
  return crashTimes.filter((time) => now - time < windowMs).length <= maxRestarts;
}

/**
 * Runs the node:cluster primary: forks `workers` copies of this process (the same CLI command; the
 * worker side sees `cluster.isWorker` and serves), replaces a worker that dies unexpectedly, and on
 * SIGTERM/SIGINT forwards the signal so each worker drains its in-flight requests and flushes its store.
 * Resolves with the exit code once every worker is gone.
 */
export function runClusterPrimary(options: ClusterOptions): Promise<number> {
  const { logger, workers } = options;
  const maxRestarts = options.maxRestarts ?? 5;
  const windowMs = options.windowMs ?? 60_000;
  const crashes: number[] = [];
  // Our own count: node:cluster removes a worker from cluster.workers only once both its 'exit' and its
  // IPC 'disconnect' have been seen, and under load 'exit' can come first.
  const alive = new Set<Worker>();
  let stopping = false;
  let exitCode = 0;

  return new Promise((resolve) => {
    const fork = () => {
      const worker = cluster.fork();
      alive.add(worker);
      worker.once('exit', (code, signal) => onExit(worker, code, signal));
    };

    const onExit = (worker: Worker, code: number | null, signal: string | null) => {
      alive.delete(worker);
      if (stopping) {
        if (code !== 0) exitCode = 1;
        if (alive.size === 0) resolve(exitCode);
        return;
      }
      crashes.push(Date.now());
      if (!allowRestart(crashes, Date.now(), maxRestarts, windowMs)) {
        logger.error({ worker: worker.process.pid, code, signal, crashes: crashes.length }, `workers keep crashing (more than ${maxRestarts} in ${windowMs / 1000} s): stopping`);
        stop('crash loop', 1);
        if (alive.size === 0) resolve(1);
        return;
      }
      logger.warn({ worker: worker.process.pid, code, signal }, 'worker exited unexpectedly; starting a replacement');
      fork();
    };

    const stop = (reason: string, code = 0) => {
      if (stopping) return;
      stopping = true;
      exitCode = code;
      logger.info({ reason, workers: alive.size }, 'stopping workers (draining in-flight requests)');
      for (const worker of alive) worker.process.kill('SIGTERM');
      const force = setTimeout(() => {
        for (const worker of alive) worker.process.kill('SIGKILL');
      }, options.shutdownTimeoutMs ?? 30_000);
      force.unref();
    };

    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
    logger.info({ workers, pid: process.pid }, 'promptops cluster primary started');
    for (let i = 0; i < workers; i++) fork();
  });
}

export const isClusterWorker = (): boolean => cluster.isWorker;
