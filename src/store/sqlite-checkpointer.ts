import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** SQLite's own default: a writer checkpoints once the WAL holds this many pages. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;
const DEFAULT_CHECKPOINT_INTERVAL_MS = 1000;
/** How long stop() waits for the final checkpoint before ending the thread; the WAL is committed either way. */
const STOP_GRACE_MS = 2000;

// CommonJS for an `eval` worker: no file of its own to find next to the compiled or the tsx-run source.
// PASSIVE never waits for the writer and never blocks it; what it cannot copy now it copies next time.
// A failure is thrown: it ends the worker, and its exit tells the writer.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /**
   * Stops the worker and resolves once its thread has exited; its connection, when it is the last one,
   * checkpoints on close. A process must not exit with the thread still inside SQLite.
   */
  stop(): Promise<void>;
}

/**
 * Moves WAL checkpoints off the writer. By default the connection whose commit crosses 1,000 WAL pages
 * copies them into the database file and syncs it inside that commit: 3-6 ms on the event loop about
 * once per 700 request rows, stalling every request in flight. Here the writer never checkpoints and
 * a worker thread with its own connection does, every `intervalMs`. Should the worker fail, the writer
 * goes back to checkpointing itself, so the WAL cannot grow without bound.
 */
export function startCheckpointer(database: Database.Database, path: string, intervalMs = DEFAULT_CHECKPOINT_INTERVAL_MS): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  database.pragma('wal_autocheckpoint = 0');
  let stopping: Promise<void> | undefined;
  const fallBack = () => {
    if (!stopping && database.open) database.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
  };
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path, intervalMs } });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // A pending checkpoint must not keep the process alive: what is in the WAL is committed already.
  worker.unref();
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  return {
    stop() {
      stopping ??= (async () => {
        worker.postMessage('stop');
        const grace = setTimeout(() => void worker.terminate(), STOP_GRACE_MS);
        await exited;
        clearTimeout(grace);
      })();
      return stopping;
    },
  };
}
