import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type CompiledQuery, type SqliteDatabase } from 'kysely';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import type { DatabaseTarget } from './database-url.js';
import { toStoreError } from './store-error-from.js';
import type { StoreDatabase } from './schema.js';
import { startSqliteWriter } from './sqlite-writer.js';

const PG_INT8_OID = 20;

/**
 * pg returns int8 (our bigint millisecond columns, and count(*)) as strings to avoid precision loss;
 * our values are far below 2^53, so numbers keep one row shape for both dialects. Set per pool so
 * other users of `pg` in the process are not affected.
 */
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === PG_INT8_OID && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

const SQLITE_BUSY_TIMEOUT_MS = 5000;

export interface Connection {
  db: Kysely<StoreDatabase>;
  /** Commits the writes in one transaction, off the event loop where the driver allows (a SQLite file: on a thread). */
  write(queries: readonly CompiledQuery[]): Promise<void>;
  /** True when `write` always holds the event loop for the whole commit (SQLite without a writer thread: `:memory:`). */
  writesBlock: boolean;
  /** Closes the database and anything that serves it (SQLite's writer thread), and waits for them. */
  close(): Promise<void>;
}

/** Opens the database and proves it answers; every failure is a StoreError with the redacted URL. */
export async function connect(target: DatabaseTarget, options: { checkpointIntervalMs?: number } = {}): Promise<Connection> {
  if (target.dialect === 'sqlite') return connectSqlite(target.path, target.display, options.checkpointIntervalMs);
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    types: pgTypes,
  });
  // A pooled client that dies while idle (server restart) emits here; without a listener it would
  // crash the process. The next query gets a fresh client and reports its own error.
  pool.on('error', () => undefined);
  const db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw toStoreError('connect', target, 'Cannot connect to PostgreSQL', error);
  }
  return { db, write: (queries) => writeInTransaction(db, queries), writesBlock: false, close: () => db.destroy() };
}

async function writeInTransaction(db: Kysely<StoreDatabase>, queries: readonly CompiledQuery[]): Promise<void> {
  if (queries.length === 1) await db.executeQuery(queries[0]!);
  else if (queries.length > 1) await db.transaction().execute(async (trx) => {
    for (const query of queries) await trx.executeQuery(query);
  });
}

function connectSqlite(path: string, display: string, checkpointIntervalMs: number | undefined): Connection {
  const target = { dialect: 'sqlite' as const, path, display };
  let database: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    database = new Database(path);
  } catch (error) {
    throw toStoreError('connect', target, 'Cannot open the SQLite database', error);
  }
  try {
    // WAL: readers (the dashboard) do not block the batch writer; NORMAL is durable in WAL mode
    // except for the last transactions on power loss. busy_timeout covers other processes' writes.
    if (path !== ':memory:') database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    database.pragma('foreign_keys = ON');
  } catch (error) {
    database.close();
    throw toStoreError('connect', target, 'Cannot use the SQLite database', error);
  }
  const writer = path === ':memory:' ? undefined : startSqliteWriter(database, path, { intervalMs: checkpointIntervalMs, busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS });
  const db = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return {
    db,
    // Should the thread fail, writes go on here: blocking the event loop, but nothing is lost.
    write: (queries) =>
      writer?.alive ? writer.run(queries.map(({ sql: text, parameters }) => ({ sql: text, parameters }))) : writeInTransaction(db, queries),
    writesBlock: writer === undefined,
    async close() {
      await db.destroy();
      // After this connection: the writer thread's, closed last, does the final checkpoint.
      await writer?.stop();
    },
  };
}

/**
 * kysely's SQLite driver prepares every statement it runs; for the batched request insert that costs
 * as much as the insert. Writers are kept and reused (better-sqlite3 statements are reusable); readers
 * are not, since one being iterated cannot run a second query at the same time.
 *
 * Transactions begin IMMEDIATE: each of ours writes, and a deferred one that reads first cannot take
 * the write lock once another process (a cluster worker) has committed since its read: SQLite fails it
 * with SQLITE_BUSY_SNAPSHOT at once, without waiting out busy_timeout. IMMEDIATE waits for the lock.
 */
function withStatementCache(database: Database.Database): SqliteDatabase {
  const writers = new LRUCache<string, Database.Statement>({ max: 64 });
  return {
    close: () => database.close(),
    prepare(query) {
      const text = query === 'begin' ? 'begin immediate' : query;
      const cached = writers.get(text);
      if (cached) return cached;
      const statement = database.prepare(text);
      if (!statement.reader) writers.set(text, statement);
      return statement;
    },
  };
}
