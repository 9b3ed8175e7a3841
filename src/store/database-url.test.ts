import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDatabaseUrl, redactDatabaseUrl } from './database-url.js';
import { StoreError } from './errors.js';

test('SQLite: default file, sqlite: URLs, plain paths and :memory:', () => {
  assert.deepEqual(parseDatabaseUrl(undefined, '/srv/app'), {
    dialect: 'sqlite',
    path: '/srv/app/.promptops/promptops.db',
    display: '/srv/app/.promptops/promptops.db',
  });
  assert.equal(parseDatabaseUrl('sqlite:data/x.db', '/srv').dialect, 'sqlite');
  assert.equal((parseDatabaseUrl('sqlite:data/x.db', '/srv') as { path: string }).path, '/srv/data/x.db');
  assert.equal((parseDatabaseUrl('sqlite:///var/x.db', '/srv') as { path: string }).path, '/var/x.db');
  assert.equal((parseDatabaseUrl('./x.db', '/srv') as { path: string }).path, '/srv/x.db');
  assert.equal((parseDatabaseUrl(':memory:', '/srv') as { path: string }).path, ':memory:');
  assert.equal((parseDatabaseUrl('sqlite::memory:', '/srv') as { path: string }).path, ':memory:');
});

test('PostgreSQL URLs keep the connection string and show the password as ***', () => {
  const target = parseDatabaseUrl('postgres://app:s3cret@db.internal:5433/promptops', '/');
  assert.equal(target.dialect, 'postgres');
  assert.equal(target.display, 'postgres://app:***@db.internal:5433/promptops');
  assert.equal(parseDatabaseUrl('postgresql://db/x', '/').dialect, 'postgres');
});

test('bad URLs are StoreErrors that name the problem and hide the password', () => {
  const cases: Array<[string, RegExp]> = [
    ['', /empty/],
    ['mysql://root:hunter2@db/x', /Unsupported database URL scheme "mysql:"/],
    ['postgres://app:hunter2@db:notaport/x', /malformed/],
    ['postgres://app:hunter2@/x', /malformed/],
    ['postgres:///x', /no host/],
    ['sqlite:', /names no file/],
  ];
  for (const [url, message] of cases) {
    assert.throws(
      () => parseDatabaseUrl(url, '/'),
      (error: unknown) =>
        error instanceof StoreError &&
        error.kind === 'bad_url' &&
        message.test(error.message) &&
        !error.message.includes('hunter2') &&
        !error.url.includes('hunter2'),
      url,
    );
  }
});

test('redactDatabaseUrl hides passwords even in URLs it cannot parse', () => {
  assert.equal(redactDatabaseUrl('postgres://u:p%40ss@h/db'), 'postgres://u:***@h/db');
  assert.equal(redactDatabaseUrl('postgres://u:pw@h:bad/db'), 'postgres://u:***@h:bad/db');
  assert.equal(redactDatabaseUrl('/plain/path.db'), '/plain/path.db');
});
