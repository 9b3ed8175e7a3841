import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { postgresSkipReason, startPostgres, type PostgresServer } from '../../test/support/postgres.js';
import { freePort } from '../../test/support/postgres/free-port.js';
import { migrateToLatest, openStore, StoreError, type OpenStoreOptions, type RequestRecord, type Store } from './index.js';

const DAY = 86_400_000;

/** Where a suite's stores live: every call to `freshUrl` names a new, empty database. */
interface StoreTarget {
  freshUrl(): Promise<string>;
  /** False for `:memory:`: closing loses the data, so reopening cannot be checked. */
  persistent: boolean;
}

function request(n: number, extra: Partial<RequestRecord> = {}): RequestRecord {
  return {
    id: `req-${String(n).padStart(6, '0')}`,
    timestamp: 1_700_000_000_000 + n,
    promptId: n % 2 === 0 ? 'support' : 'billing',
    version: '1.0.0',
    provider: 'openai',
    model: 'gpt-4o-mini',
    status: 'ok',
    httpStatus: 200,
    latencyMs: 12.5,
    inputTokens: 10,
    outputTokens: 20,
    costUsd: 0.00015,
    attempts: [{ provider: 'openai', model: 'gpt-4o-mini', status: 'ok', ms: 12 }],
    fallback: false,
    guard: { injectionScore: 0.1, injectionAction: 'allow', piiTypes: [] },
    ...extra,
  };
}

/** The same behaviour is required of every dialect, so one suite runs against each target. */
function storeSuite(name: string, setup: () => Promise<StoreTarget>, options: { skip?: string } = {}) {
  // Each test has its own database, so they may overlap (PostgreSQL round trips dominate).
  describe(name, { skip: options.skip ?? false, concurrency: true }, () => {
    let target: StoreTarget;
    const open: Store[] = [];
    const openFresh = async (extra: OpenStoreOptions = {}) => {
      const store = await openStore({ url: await target.freshUrl(), ...extra });
      open.push(store);
      return store;
    };
    before(async () => {
      target = await setup();
    });
    after(async () => {
      await Promise.all(open.map((store) => store.close().catch(() => undefined)));
    });

    test('migrations are idempotent: a second run and a reopen apply nothing and keep the data', async () => {
      const url = await target.freshUrl();
      const first = await openStore({ url });
      await first.audit({ action: 'deploy', target: 'support@1.0.0' });
      assert.deepEqual(await migrateToLatest(first.db), []);
      await first.close();
      if (!target.persistent) return;
      const second = await openStore({ url });
      open.push(second);
      assert.deepEqual(await migrateToLatest(second.db), []);
      assert.equal((await second.listAudit({ limit: 10 })).length, 1);
    });

    test('5,000 request records are batched off the caller and none is lost on close', async () => {
      const url = await target.freshUrl();
      const store = await openStore({ url, batchSize: 500, flushIntervalMs: 60_000 });
      for (let n = 0; n < 5_000; n += 1) store.recordRequest(request(n));
      assert.ok(store.stats.queued > 0, 'recordRequest only queues');
      if (!target.persistent) await store.flush();
      const count = async (s: Store) =>
        Number((await s.db.selectFrom('requests').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      if (!target.persistent) assert.equal(await count(store), 5_000);
      await store.close();
      assert.deepEqual(store.stats, { queued: 0, written: 5_000, dropped: 0, failedFlushes: 0, rejected: 0 });
      if (!target.persistent) return;
      const reopened = await openStore({ url });
      open.push(reopened);
      assert.equal(await count(reopened), 5_000);
    });

    test('request records round-trip, newest first, filtered by prompt', async () => {
      const store = await openFresh();
      store.recordRequest(request(1, { status: 'fallback', fallback: true, costUsd: undefined }));
      store.recordRequest(request(2, { status: 'error', httpStatus: 502, errorKind: 'server_error', errorMessage: 'upstream 502' }));
      store.recordRequest(request(4));
      await store.flush();
      const all = await store.listRequests({ limit: 10 });
      assert.deepEqual(all.map((r) => r.id), ['req-000004', 'req-000002', 'req-000001']);
      assert.deepEqual(all[1], request(2, { status: 'error', httpStatus: 502, errorKind: 'server_error', errorMessage: 'upstream 502' }));
      const fallback = all[2]!;
      assert.equal(fallback.fallback, true);
      assert.equal(fallback.costUsd, undefined);
      assert.deepEqual((await store.listRequests({ limit: 10, promptId: 'billing' })).map((r) => r.id), ['req-000001']);
    });

    test('input, output and error text are always redacted before they are written', async () => {
      const leaks = ['jane@example.com', '+1 415 555 0100', '4111 1111 1111 1111', 'sk-live-abcdefghijklmnop123'];
      const dirty = (label: string) => `${label}: ${leaks.join(' / ')}`;
      const record = request(1, {
        input: dirty('in'),
        output: dirty('out'),
        errorMessage: dirty('err'),
        attempts: [{ provider: 'p', model: 'm', status: 'error', ms: 1, error: dirty('attempt') }],
        guard: { piiTypes: ['EMAIL'], note: dirty('guard') },
      });
      const byDefault = await openFresh();
      byDefault.recordRequest(record);
      await byDefault.flush();
      const raw = JSON.stringify(await byDefault.db.selectFrom('requests').selectAll().execute());
      for (const leak of leaks) assert.ok(!raw.includes(leak), `${leak} reached the database: ${raw}`);
      assert.match(raw, /\[EMAIL\]/);

      const injected = await openFresh({ redact: (text) => text.replaceAll('Jane', '<PERSON>') });
      injected.recordRequest(request(2, { input: 'Jane asked', output: 'hi Jane', errorMessage: 'Jane failed' }));
      await injected.flush();
      const [stored] = await injected.listRequests({ limit: 1 });
      assert.deepEqual([stored!.input, stored!.output, stored!.errorMessage], ['<PERSON> asked', 'hi <PERSON>', '<PERSON> failed']);
    });

    test('a malformed record is set aside and counted without blocking the batch', async () => {
      const store = await openFresh();
      store.recordRequest(request(1));
      store.recordRequest({ ...request(2), status: 'weird' } as unknown as RequestRecord);
      store.recordRequest(request(3));
      await store.flush();
      assert.deepEqual((await store.listRequests({ limit: 10 })).map((r) => r.id), ['req-000003', 'req-000001']);
      assert.equal(store.stats.rejected, 1);
      assert.match(store.stats.lastRejection ?? '', /req-000002: status must be one of/);
    });

    test('prompt versions: new, unchanged and changed hashes are told apart', async () => {
      const store = await openFresh({ clock: () => 5_000 });
      const seen = (hash: string, seenAt?: number) => store.recordPromptVersion({ promptId: 'support', version: '1.0.0', hash, seenAt });
      assert.deepEqual(await seen('aaa', 1_000), { changed: false, created: true });
      assert.deepEqual(await seen('aaa', 2_000), { changed: false, created: false });
      assert.deepEqual(await seen('bbb'), { changed: true, created: false, previousHash: 'aaa' });
      await store.recordPromptVersion({ promptId: 'billing', version: '2.0.0', hash: 'ccc', seenAt: 3_000 });
      assert.deepEqual(await store.listPromptVersions('support'), [
        { promptId: 'support', version: '1.0.0', hash: 'bbb', firstSeenAt: 1_000, lastSeenAt: 5_000 },
      ]);
      assert.deepEqual((await store.listPromptVersions()).map((v) => v.promptId), ['billing', 'support']);
    });

    test('audit: newest first, filtered by action, details redacted', async () => {
      let now = 1_000;
      const store = await openFresh({ clock: () => now });
      await store.audit({ actor: 'ci', action: 'deploy', target: 'support@1.0.0', details: { canary: 10 } });
      now += 1;
      await store.audit({ action: 'rollback', target: 'support', details: { reason: 'mail ops@example.com' } });
      await store.audit({ actor: 'ci', action: 'deploy', target: 'support@1.1.0' });
      const all = await store.listAudit({ limit: 10 });
      assert.deepEqual(all.map((e) => [e.action, e.target, e.at]), [
        ['deploy', 'support@1.1.0', 1_001],
        ['rollback', 'support', 1_001],
        ['deploy', 'support@1.0.0', 1_000],
      ]);
      assert.deepEqual(all[1]!.details, { reason: 'mail [EMAIL]' });
      assert.equal(all[1]!.actor, undefined);
      assert.deepEqual((await store.listAudit({ limit: 1, action: 'deploy' })).map((e) => e.target), ['support@1.1.0']);
      await assert.rejects(store.audit({ action: '' }), TypeError);
    });

    test('eval runs: recorded at start, results upserted, finished, listed newest first', async () => {
      const store = await openFresh();
      await store.recordEvalRun({ id: 'run-1', promptId: 'support', version: '1.0.0', startedAt: 100, summary: {} });
      await store.recordEvalResults('run-1', [
        { caseId: 'greeting', passed: false, score: 0.25, details: { reason: 'too short' } },
        { caseId: 'refund', passed: true, score: 0.9, details: {} },
      ]);
      await store.recordEvalResults('run-1', [{ caseId: 'greeting', passed: true, score: 0.8, details: {} }]);
      await store.recordEvalRun({ id: 'run-1', promptId: 'support', version: '1.0.0', startedAt: 100, finishedAt: 200, summary: { passRate: 1 } });
      await store.recordEvalRun({ id: 'run-2', promptId: 'support', version: '1.1.0', startedAt: 300, summary: {} });
      await store.recordEvalRun({ id: 'run-3', promptId: 'billing', version: '1.0.0', startedAt: 400, summary: {} });
      assert.deepEqual(await store.getEvalRun('run-1'), {
        id: 'run-1', promptId: 'support', version: '1.0.0', startedAt: 100, finishedAt: 200, summary: { passRate: 1 },
        results: [
          { caseId: 'greeting', passed: true, score: 0.8, details: {} },
          { caseId: 'refund', passed: true, score: 0.9, details: {} },
        ],
      });
      assert.equal(await store.getEvalRun('missing'), undefined);
      assert.deepEqual((await store.listEvalRuns({ promptId: 'support', limit: 10 })).map((r) => r.id), ['run-2', 'run-1']);
      assert.deepEqual((await store.listEvalRuns({ limit: 1 })).map((r) => r.id), ['run-3']);
    });

    test('conversations keep turn order and expire after the retention period', async () => {
      let now = 10 * DAY;
      const store = await openFresh({ clock: () => now });
      await store.saveConversationTurn('c-old', 'user', 'hello');
      await store.saveConversationTurn('c-old', 'assistant', 'hi, how can I help?');
      now = 20 * DAY;
      await store.saveConversationTurn('c-new', 'user', 'still here');
      assert.deepEqual((await store.getConversation('c-old')).map((t) => t.role), ['user', 'assistant']);
      now = 25 * DAY;
      assert.deepEqual(await store.purgeExpired(30), { conversationTurns: 0 });
      assert.deepEqual(await store.purgeExpired(7), { conversationTurns: 2 });
      assert.deepEqual(await store.getConversation('c-old'), []);
      assert.deepEqual(await store.getConversation('c-new'), [{ role: 'user', content: 'still here', createdAt: 20 * DAY }]);
      await assert.rejects(store.purgeExpired(-1), RangeError);
    });

    test('health is ok while open; after close, calls fail as closed and records are dropped', async () => {
      const store = await openFresh();
      assert.deepEqual(await store.health(), { ok: true, dialect: store.dialect });
      await store.close();
      assert.equal((await store.health()).ok, false);
      await assert.rejects(store.listAudit({ limit: 1 }), (e: unknown) => e instanceof StoreError && e.kind === 'closed');
      store.recordRequest(request(1));
      assert.equal(store.stats.dropped, 1);
    });
  });
}

let sqliteDir: string;
let sqliteFiles = 0;
storeSuite('store on a SQLite file', async () => {
  sqliteDir = mkdtempSync(join(tmpdir(), 'promptops-store-'));
  return { persistent: true, freshUrl: async () => `sqlite:${join(sqliteDir, `db-${++sqliteFiles}.db`)}` };
});
after(() => sqliteDir && rmSync(sqliteDir, { recursive: true, force: true }));

storeSuite('store on SQLite :memory:', async () => ({ persistent: false, freshUrl: async () => ':memory:' }));

let server: PostgresServer | undefined;
storeSuite(
  'store on PostgreSQL',
  async () => {
    server = await startPostgres();
    return { persistent: true, freshUrl: () => server!.createDatabase() };
  },
  { skip: postgresSkipReason() },
);
after(() => server?.stop());

describe('opening', () => {
  // One folder for the tests below, each with its own database file or subfolder in it.
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'promptops-opening-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the default database is .promptops/promptops.db under cwd, created with its folder, in WAL mode', async () => {
    const cwd = join(dir, 'default-cwd');
    const store = await openStore({ cwd });
    assert.equal(store.url, join(cwd, '.promptops', 'promptops.db'));
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    assert.equal(rows[0]!.journal_mode, 'wal');
    await store.close();
  });

  test('SQLite without a writer thread (:memory:) flushes a few rows at a time and lets other callbacks run in between', async () => {
    // better-sqlite3 blocks while it writes: a 40-row flush in one go would stall every request meanwhile.
    const store = await openStore({ url: ':memory:', batchSize: 1000, flushIntervalMs: 60_000 });
    for (let i = 1; i <= 40; i++) store.recordRequest(request(i));
    let turns = 0;
    let ticking = true;
    const tick = () => { turns += 1; if (ticking) setImmediate(tick); };
    setImmediate(tick);
    await store.flush();
    ticking = false;
    assert.equal(store.stats.written, 40);
    assert.ok(turns >= 9, `expected the event loop to turn between slices of 4 rows, it turned ${turns} times`);
    await store.close();
  });

  test('a SQLite file is checkpointed by a worker thread, never inside a write', async () => {
    // A checkpoint inside a commit copies and syncs ~1,000 pages on the event loop (3-6 ms).
    const path = join(dir, 'checkpoint.db');
    const store = await openStore({ url: `sqlite:${path}`, checkpointIntervalMs: 20, batchSize: 1000 });
    const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(store.db);
    assert.equal(rows[0]!.wal_autocheckpoint, 0);
    const before = statSync(path).size;
    for (let i = 1; i <= 2000; i++) store.recordRequest(request(i, { output: `answer ${i} `.repeat(20) }));
    await store.flush();
    const deadline = Date.now() + 5000;
    while (statSync(path).size <= before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(statSync(path).size > before, 'the rows reached the database file, so a checkpoint ran');
    assert.equal((await store.listRequests({ limit: 5000 })).length, 2000);
    await store.close();
    // close() waited for the thread: its connection, the last one, checkpointed and removed the WAL.
    assert.equal(existsSync(`${path}-wal`), false, 'no WAL left once close() resolves');
  });

  test('request records on a SQLite file are committed by the writer thread, a batch to a transaction', async () => {
    const path = join(dir, 'writer.db');
    const store = await openStore({ url: `sqlite:${path}`, batchSize: 1000, flushIntervalMs: 60_000 });
    const changesHere = async () => (await sql<{ n: number }>`select total_changes() as n`.execute(store.db)).rows[0]!.n;
    const before = await changesHere();
    for (let i = 1; i <= 300; i++) store.recordRequest(request(i));
    await store.flush();
    assert.equal(await changesHere(), before, 'the event loop\'s connection wrote none of them');
    assert.equal((await store.listRequests({ limit: 1000 })).length, 300);
    await store.close();
  });

  test('a SQLite transaction takes the write lock when it begins, so another process waits instead of failing', async () => {
    // Cluster workers share the file. A deferred transaction that reads, then writes after another
    // worker committed, fails at once with SQLITE_BUSY_SNAPSHOT (seen starting 2 workers).
    const path = join(dir, 'immediate.db');
    const store = await openStore({ url: `sqlite:${path}` });
    const otherProcess = new Database(path, { timeout: 0 });
    await store.db.transaction().execute(async (trx) => {
      await trx.selectFrom('prompt_versions').select('hash').execute();
      assert.throws(() => otherProcess.exec('begin immediate'), /database is locked/, 'the store holds the write lock after only a read');
    });
    otherProcess.exec('begin immediate; rollback');
    otherProcess.close();
    await store.close();
  });

  test('bad URLs and unreachable databases fail with a clear StoreError and no password', async () => {
    const isStoreError = (kind: string, message: RegExp) => (error: unknown) =>
      error instanceof StoreError && error.kind === kind && message.test(error.message) && !error.message.includes('hunter2');
    await assert.rejects(openStore({ url: 'mysql://root:hunter2@db/x' }), isStoreError('bad_url', /Unsupported database URL scheme/));
    const closedPort = await freePort();
    await assert.rejects(
      openStore({ url: `postgres://app:hunter2@127.0.0.1:${closedPort}/x` }),
      isStoreError('connect', /Cannot connect to PostgreSQL: .*ECONNREFUSED.*app:\*\*\*@127\.0\.0\.1/),
    );
    writeFileSync(join(dir, 'file'), '');
    await assert.rejects(openStore({ url: join(dir, 'file', 'sub', 'x.db') }), isStoreError('connect', /Cannot open the SQLite database/));
  });

  test('PostgreSQL: stores opening a new database together all migrate it once', { skip: postgresSkipReason() }, async () => {
    server ??= await startPostgres();
    const url = await server.createDatabase();
    const stores = await Promise.all([openStore({ url }), openStore({ url }), openStore({ url })]);
    assert.deepEqual(await migrateToLatest(stores[0]!.db), []);
    await Promise.all(stores.map((store) => store.close()));
  });

  test('a PostgreSQL database that does not exist is named in the error', { skip: postgresSkipReason() }, async () => {
    server ??= await startPostgres();
    const port = server.port;
    await assert.rejects(
      openStore({ url: `postgres://postgres:hunter2@127.0.0.1:${port}/no_such_db` }),
      (error: unknown) =>
        error instanceof StoreError && /no_such_db.*does not exist/.test(error.message) && !error.message.includes('hunter2'),
    );
  });
});
