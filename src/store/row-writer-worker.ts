/**
 * The request-row writer thread's entry: its own SQLite connection, inserting the batches the store
 * sends. SQLite's insert and commit run here instead of on the thread that serves requests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { connectSqlite } from './connect.js';
import { insertRequestRows } from './queries/requests.js';
import type { RowBatch, RowBatchDone, RowWriterTarget } from './row-writer-protocol.js';

const { path, display } = workerData as RowWriterTarget;
const db = connectSqlite(path, display);

parentPort!.on('message', async ({ id, rows }: RowBatch) => {
  let done: RowBatchDone;
  try {
    await insertRequestRows(db, rows);
    done = { id };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    done = { id, error: { message: error instanceof Error ? error.message : String(error), code: typeof code === 'string' ? code : undefined } };
  }
  parentPort!.postMessage(done);
});
