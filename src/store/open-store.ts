import { setImmediate as yieldToIo } from 'node:timers/promises';
import { sql } from 'kysely';
import { connect, type Connection } from './connect.js';
import { parseDatabaseUrl, type DatabaseTarget } from './database-url.js';
import { StoreError } from './errors.js';
import { migrateToLatest } from './migrate.js';
import * as q from './queries/index.js';
import { defaultRedact, memoizeShortTexts } from './redact.js';
import { requestRecordProblem } from './request-record-check.js';
import type { RequestsTable } from './schema.js';
import { toStoreError } from './store-error-from.js';
import type { OpenStoreOptions, RequestRecord, Store, StoreStats } from './types.js';
import { WriteQueue } from './write-queue.js';

// better-sqlite3 without a writer thread (a `:memory:` database) holds the event loop for a whole write
// at ~25 µs a row: 4-row slices keep each stall near 0.1 ms.
const BLOCKING_ROWS_PER_WRITE = 4;
const ROWS_BETWEEN_YIELDS = 16;

/** Opens (creating when needed) and migrates the database named by `options.url`. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const target = parseDatabaseUrl(options.url, options.cwd ?? process.cwd());
  const connection = await connect(target, { checkpointIntervalMs: options.checkpointIntervalMs });
  try {
    await migrateToLatest(connection.db);
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw toStoreError('migrate', target, 'Cannot migrate the database', error);
  }
  return createStore(connection, target, options);
}

function createStore(connection: Connection, target: DatabaseTarget, options: OpenStoreOptions): Store {
  const { db } = connection;
  const redact = memoizeShortTexts(options.redact ?? defaultRedact);
  const clock = options.clock ?? Date.now;
  let closed = false;
  let closing: Promise<void> | undefined;
  let rejected = 0;
  let lastRejection: string | undefined;

  const batchSize = options.batchSize ?? 200;
  const queue = new WriteQueue<RequestRecord>({
    batchSize,
    flushIntervalMs: options.flushIntervalMs ?? 250,
    maxQueue: options.maxQueue ?? 100_000,
    // Off the event loop a whole batch is one transaction: a commit's locking and WAL writes are paid once
    // a batch (bench/store-writes.ts: 34 µs of CPU a record in 4-row commits on the event loop, 15 here).
    maxWriteSize: connection.writesBlock ? BLOCKING_ROWS_PER_WRITE : batchSize,
    write: async (batch) => {
      const rows: RequestsTable[] = [];
      for (const [index, record] of batch.entries()) {
        // Redaction runs a pattern pass over each text: a whole batch at once would stall the event loop.
        if (index > 0 && index % ROWS_BETWEEN_YIELDS === 0) await yieldToIo();
        const problem = requestRecordProblem(record);
        let row: RequestsTable | undefined;
        try {
          row = problem === undefined ? q.toRequestRow(record, redact) : undefined;
        } catch (error) {
          lastRejection = `request record ${String(record?.id)}: ${error instanceof Error ? error.message : String(error)}`;
        }
        if (problem !== undefined) lastRejection = `request record ${String(record?.id)}: ${problem}`;
        if (row === undefined) rejected += 1;
        else rows.push(row);
      }
      if (rows.length === 0) return;
      try {
        await connection.write(q.requestInsertQueries(db, rows));
      } catch (error) {
        throw toStoreError('query', target, `Cannot write ${rows.length} request records`, error);
      }
    },
  });

  async function run<T>(what: string, body: () => Promise<T>): Promise<T> {
    if (closed) throw new StoreError('closed', target.display, `Cannot ${what}: the store is closed`);
    try {
      return await body();
    } catch (error) {
      if (error instanceof TypeError || error instanceof RangeError) throw error;
      throw toStoreError('query', target, `Cannot ${what}`, error);
    }
  }

  return {
    dialect: target.dialect,
    url: target.display,
    db,
    get stats(): StoreStats {
      return {
        ...queue.stats,
        rejected,
        ...(lastRejection === undefined ? {} : { lastRejection }),
      };
    },
    recordRequest: (record) => queue.push(record),
    flush: () => queue.flush(),
    close() {
      closing ??= (async () => {
        try {
          await queue.close();
        } finally {
          closed = true;
          await connection.close();
        }
      })();
      return closing;
    },
    async health() {
      if (closed) return { ok: false, dialect: target.dialect, error: 'the store is closed' };
      try {
        await sql`select 1`.execute(db);
        return { ok: true, dialect: target.dialect };
      } catch (error) {
        return { ok: false, dialect: target.dialect, error: toStoreError('query', target, 'Health check failed', error).message };
      }
    },
    listRequests: (query) => run('list requests', () => q.listRequests(db, query)),
    recordPromptVersion: (input) =>
      run('record a prompt version', () => q.recordPromptVersion(db, { ...input, seenAt: input.seenAt ?? clock() })),
    listPromptVersions: (promptId) => run('list prompt versions', () => q.listPromptVersions(db, promptId)),
    audit: (event) => run('write an audit event', () => q.insertAudit(db, event, clock(), redact)),
    listAudit: (query) => run('list audit events', () => q.listAudit(db, query)),
    recordEvalRun: (evalRun) => run('record an eval run', () => q.upsertEvalRun(db, evalRun)),
    recordEvalResults: (runId, results) => run('record eval results', () => q.upsertEvalResults(db, runId, results)),
    getEvalRun: (id) => run('read an eval run', () => q.getEvalRun(db, id)),
    listEvalRuns: (query) => run('list eval runs', () => q.listEvalRuns(db, query)),
    saveConversationTurn: (conversationId, role, content) =>
      run('save a conversation turn', () => q.saveTurn(db, conversationId, role, content, clock())),
    getConversation: (conversationId) => run('read a conversation', () => q.getTurns(db, conversationId)),
    purgeExpired: (retentionDays) =>
      run('purge expired conversations', async () => ({ conversationTurns: await q.purgeTurns(db, retentionDays, clock()) })),
  };
}
