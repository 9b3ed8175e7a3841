import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** A statement compiled by kysely, as the thread runs it (the query tree stays behind: cloning it costs). */
export interface CompiledWrite {
  sql: string;
  parameters: readonly unknown[];
}

/** SQLite's own default: a writer checkpoints once the WAL holds this many pages. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;
const DEFAULT_CHECKPOINT_INTERVAL_MS = 1000;
/** How long stop() waits for the final checkpoint before ending the thread; the WAL is committed either way. */
const STOP_GRACE_MS = 2000;

// CommonJS for an `eval` worker: no file of its own to find next to the compiled or the tsx-run source.
// Each message's writes commit in one IMMEDIATE transaction (see connect.ts on why IMMEDIATE); statements
// are kept, as every batch of a size runs the same SQL. PASSIVE checkpoints never wait for a writer.
// Should a commit cross the autocheckpoint size first, that checkpoint too runs here, not on the event loop.
// A failure outside a write is thrown: it ends the thread, and its exit tells the owner.
// The thread runs at the lowest priority: on a busy core a request's turn must not wait behind a batch
// (on Linux, setpriority(0) sets the calling thread's niceness only; where it is refused, nothing changes).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
try { require('node:os').setPriority(19); } catch {}
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true, timeout: workerData.busyTimeoutMs });
db.pragma('synchronous = NORMAL');
const statements = new Map();
function prepare(sql) {
  let statement = statements.get(sql);
  if (statement === undefined) {
    if (statements.size >= 64) statements.delete(statements.keys().next().value);
    statements.set(sql, (statement = db.prepare(sql)));
  }
  return statement;
}
const runAll = db.transaction((writes) => { for (const write of writes) prepare(write.sql).run(write.parameters); });
const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message === 'stop') {
    clearInterval(timer);
    db.close();
    parentPort.close();
    return;
  }
  try {
    runAll.immediate(message.writes);
    parentPort.postMessage({ id: message.id });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: { message: String(error && error.message), code: error && error.code } });
  }
});
`;

export interface SqliteWriter {
  /** False once the thread has failed or exited: the owner writes on its own connection from then on. */
  readonly alive: boolean;
  /** Commits the writes in one transaction on the thread; rejects with SQLite's error (and its code). */
  run(writes: CompiledWrite[]): Promise<void>;
  /**
   * Stops the thread and resolves once it has exited; its connection, when it is the last one,
   * checkpoints on close. A process must not exit with the thread still inside SQLite.
   */
  stop(): Promise<void>;
}

interface Pending {
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Moves request-log writes and WAL checkpoints off the event loop. better-sqlite3 is synchronous: on the
 * event loop a commit stalls every request in flight, and each small commit pays the locking and WAL
 * syscalls again. Here a worker thread with its own connection commits whole batches and checkpoints
 * every `intervalMs` (by default the connection whose commit crosses 1,000 WAL pages checkpoints inside
 * that commit: 3-6 ms). The owner's connection never checkpoints while the thread lives; should the
 * thread fail, it goes back to checkpointing itself, so the WAL cannot grow without bound.
 */
export function startSqliteWriter(
  database: Database.Database,
  path: string,
  options: { intervalMs?: number; busyTimeoutMs: number; driver?: string },
): SqliteWriter {
  const driver = options.driver ?? createRequire(import.meta.url).resolve('better-sqlite3');
  const intervalMs = options.intervalMs ?? DEFAULT_CHECKPOINT_INTERVAL_MS;
  database.pragma('wal_autocheckpoint = 0');
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let alive = true;
  let stopping: Promise<void> | undefined;
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path, intervalMs, busyTimeoutMs: options.busyTimeoutMs } });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // Idle, the thread must not keep the process alive (what is in the WAL is committed); a write in flight must.
  worker.unref();
  const settle = (id: number): Pending | undefined => {
    const entry = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    return entry;
  };
  const fail = (error: Error) => {
    if (!alive) return;
    alive = false;
    if (!stopping && database.open) database.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
    for (const id of [...pending.keys()]) settle(id)?.reject(error);
  };
  worker.on('message', (reply: { id: number; error?: { message: string; code?: string } }) => {
    const entry = settle(reply.id);
    if (reply.error === undefined) entry?.resolve();
    else entry?.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
  });
  worker.on('error', (error) => fail(error));
  worker.on('exit', () => fail(new Error('the SQLite writer thread has exited')));
  return {
    get alive() {
      return alive;
    },
    run(writes) {
      if (!alive) return Promise.reject(new Error('the SQLite writer thread has exited'));
      return new Promise<void>((resolve, reject) => {
        const id = ++nextId;
        if (pending.size === 0) worker.ref();
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, writes });
      });
    },
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
