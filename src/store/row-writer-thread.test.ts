import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { connectSqlite } from './connect.js';
import { migrateToLatest } from './migrate.js';
import { toRequestRow } from './queries/requests.js';
import { RowWriterError, RowWriterThread } from './row-writer-thread.js';

const row = (n: number) =>
  toRequestRow({ id: `req-${n}`, timestamp: 1_700_000_000_000 + n, model: 'gpt-4o-mini', status: 'ok', httpStatus: 200, latencyMs: 3, inputTokens: 1, outputTokens: 2, attempts: [], fallback: false, guard: {} }, (text) => text);

test('the writer thread commits batches to the SQLite file that other connections read', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'promptops-writer-')), 'store.db');
  const db = connectSqlite(path, path);
  await migrateToLatest(db);
  const writer = new RowWriterThread({ path, display: path });
  await Promise.all([writer.insert([row(1), row(2)]), writer.insert([row(3)])]);
  const stored = await db.selectFrom('requests').select('id').orderBy('id').execute();
  assert.deepEqual(stored.map((r) => r.id), ['req-1', 'req-2', 'req-3']);
  await writer.close();
  await db.destroy();
});

test('a batch the thread cannot commit rejects with the driver\'s message, and the thread keeps serving', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'promptops-writer-')), 'unmigrated.db');
  const writer = new RowWriterThread({ path, display: path });
  await assert.rejects(writer.insert([row(1)]), (error: unknown) => error instanceof RowWriterError && /no such table: requests/.test(error.message));
  const db = connectSqlite(path, path);
  await migrateToLatest(db);
  await writer.insert([row(2)]);
  assert.equal((await db.selectFrom('requests').select('id').execute()).length, 1);
  await writer.close();
  await db.destroy();
});
