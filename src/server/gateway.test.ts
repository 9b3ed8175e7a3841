import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { loadConfig } from '../config/index.js';
import { createLogger } from '../observability/index.js';
import { createStoreRefusingPromptVersions } from '../../test/support/refusing-store.js';
import { createGateway } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'promptops-gateway-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a gateway that cannot start closes the store it opened', async () => {
  const path = join(dir, 'refusing.db');
  await createStoreRefusingPromptVersions(path);
  const config = loadConfig({ cwd: dir, env: { PROMPTOPS_DATABASE_URL: `sqlite:${path}` } });
  await assert.rejects(createGateway({ config, logger: createLogger({ level: 'silent' }) }), /Cannot record a prompt version: refused by the test/);
  // Both connections (the event loop's and the writer thread's) are closed: the last one removed the WAL.
  assert.equal(existsSync(`${path}-wal`), false);
});
