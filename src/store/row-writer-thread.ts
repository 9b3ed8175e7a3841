import { Worker } from 'node:worker_threads';
import type { RowBatch, RowBatchDone, RowWriterTarget } from './row-writer-protocol.js';
import type { RequestsTable } from './schema.js';

/** A batch the writer thread could not commit, with the driver's code (e.g. SQLITE_BUSY). */
export class RowWriterError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'RowWriterError';
  }
}

/**
 * Sends request-row batches to a worker thread that inserts them into the SQLite file. better-sqlite3
 * is synchronous: on the serving thread every insert and commit stalls every request in flight, which
 * is what sets the gateway's p99. The thread starts with the first batch and holds the process open
 * only while a batch is on its way.
 */
export class RowWriterThread {
  readonly #target: RowWriterTarget;
  readonly #pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  #worker: Worker | undefined;
  #nextId = 0;
  #allSettled: Promise<unknown> = Promise.resolve();

  constructor(target: RowWriterTarget) {
    this.#target = target;
  }

  insert(rows: RequestsTable[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    const worker = (this.#worker ??= this.#start());
    const id = ++this.#nextId;
    if (this.#pending.size === 0) worker.ref();
    const committed = new Promise<void>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ id, rows } satisfies RowBatch);
    });
    this.#allSettled = Promise.allSettled([this.#allSettled, committed]);
    return committed;
  }

  /** Stops the thread once every batch sent has been answered. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    if (!worker) return;
    await this.#allSettled;
    await worker.terminate();
  }

  #start(): Worker {
    const worker = spawnWorker(this.#target);
    worker.unref();
    worker.on('message', ({ id, error }: RowBatchDone) => {
      const waiting = this.#pending.get(id);
      this.#pending.delete(id);
      if (this.#pending.size === 0) worker.unref();
      if (error) waiting?.reject(new RowWriterError(error.message, error.code));
      else waiting?.resolve();
    });
    const failAll = (error: Error) => {
      if (this.#worker === worker) this.#worker = undefined;
      for (const waiting of this.#pending.values()) waiting.reject(error);
      this.#pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new RowWriterError(`the request-row writer thread stopped (exit code ${code})`)));
    return worker;
  }
}

/**
 * From compiled JavaScript the entry is a sibling file; from TypeScript source (tests, `tsx`) a worker
 * does not inherit the loader, so a small bootstrap registers tsx before importing the entry.
 */
function spawnWorker(target: RowWriterTarget): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./row-writer-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData: target });
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(entry.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: target });
}
