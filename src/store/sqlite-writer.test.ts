import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { startSqliteWriter } from './sqlite-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'promptops-sqlite-writer-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function database(name: string): { db: Database.Database; path: string } {
  const path = join(dir, name);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('create table notes (id integer primary key, text text not null)');
  return { db, path };
}

const count = (db: Database.Database) => db.prepare('select count(*) from notes').pluck().get() as number;

const exited = async (writer: { alive: boolean }) => {
  for (let i = 0; i < 200 && writer.alive; i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

test('writes commit together on the thread; a failing one rolls its batch back and names the SQLite error', async () => {
  const { db, path } = database('writes.db');
  const writer = startSqliteWriter(db, path, { busyTimeoutMs: 1000 });
  assert.equal(db.pragma('wal_autocheckpoint', { simple: true }), 0, 'the event loop\'s connection leaves checkpoints to the thread');
  await writer.run([
    { sql: 'insert into notes (id, text) values (?, ?)', parameters: [1, 'one'] },
    { sql: 'insert into notes (id, text) values (?, ?), (?, ?)', parameters: [2, 'two', 3, 'three'] },
  ]);
  assert.equal(count(db), 3);
  await assert.rejects(
    writer.run([
      { sql: 'insert into notes (id, text) values (?, ?)', parameters: [4, 'four'] },
      { sql: 'insert into notes (id, text) values (?, ?)', parameters: [5, null] },
    ]),
    (error: Error & { code?: string }) => error.code === 'SQLITE_CONSTRAINT_NOTNULL' && /NOT NULL/.test(error.message),
  );
  assert.equal(count(db), 3, 'nothing of the failed batch is kept');
  assert.equal(writer.alive, true, 'a failed write does not end the thread');
  await writer.stop();
  db.close();
});

test('a thread that cannot start hands writing and checkpoints back to the owner', async () => {
  const { db, path } = database('broken.db');
  const writer = startSqliteWriter(db, path, { busyTimeoutMs: 1000, driver: join(dir, 'no-such-driver.js') });
  await exited(writer);
  assert.equal(writer.alive, false);
  assert.equal(db.pragma('wal_autocheckpoint', { simple: true }), 1000, 'the WAL cannot grow without bound');
  await assert.rejects(writer.run([{ sql: 'insert into notes (text) values (?)', parameters: ['lost?'] }]), /writer thread has exited/);
  await writer.stop();
  db.close();
});
