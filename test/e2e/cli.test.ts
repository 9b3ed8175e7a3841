import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { openStore } from '../../src/store/index.js';

// Runs the built CLI exactly as a user would (`npm test` builds first).
const bin = resolve('bin/promptops.js');
const work = mkdtempSync(join(tmpdir(), 'promptops-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, ...env, PROMPTOPS_LOG_LEVEL: 'warn' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('promptops CLI', () => {
  test('--version prints the package version', () => {
    const { code, stdout } = cli(['--version']);
    assert.equal(code, 0);
    assert.match(stdout.trim(), /^\d+\.\d+\.\d+$/);
  });

  test('list and show read the bundled example prompts', () => {
    const list = cli(['list']);
    assert.equal(list.code, 0);
    assert.match(list.stdout, /customer-service\t1\.0\.0, 1\.1\.0 \(current\)/);
    const show = cli(['show', 'customer-service@1.0.0', '--json']);
    assert.equal(show.code, 0);
    const view = JSON.parse(show.stdout);
    assert.equal(view.version, '1.0.0');
    assert.match(view.hash, /^[0-9a-f]{64}$/);
  });

  test('run answers with the demo model and says so', () => {
    const { code, stdout, stderr } = cli(['run', 'customer-service', '--var', 'customer_name=Ada', '--var', 'message=I want a refund for my jacket']);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Ada/);
    assert.match(stdout, /refund/i);
    assert.match(stderr, /demo model/);
  });

  test('run --vars reads a JSON file and --json prints the whole result', () => {
    const file = join(work, 'vars.json');
    writeFileSync(file, JSON.stringify({ customer_name: 'Bo', message: 'Where is my order?' }));
    const { code, stdout } = cli(['run', 'customer-service@1.0.0', '--vars', file, '--json']);
    assert.equal(code, 0);
    const result = JSON.parse(stdout);
    assert.equal(result.version, '1.0.0');
    assert.equal(result.model, 'demo');
    assert.equal(result.attempts[0].status, 'ok');
  });

  test('bad input exits 2 with one clear line', () => {
    const missing = cli(['run', 'customer-service']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing required variable "message"/);
    assert.doesNotMatch(missing.stderr, /\n\s+at /, 'no stack trace');
    const unknown = cli(['show', 'no-such-prompt']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no-such-prompt/);
    const badVar = cli(['run', 'customer-service', '--var', 'oops']);
    assert.equal(badVar.code, 2);
    assert.match(badVar.stderr, /name=value/);
    const badFile = cli(['run', 'customer-service', '--vars', join(work, 'nope.json')]);
    assert.equal(badFile.code, 2);
    assert.match(badFile.stderr, /nope\.json: no such file/);
  });

  test('serve starts, answers, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--host', '127.0.0.1'], { cwd: work, env: { ...process.env, PROMPTOPS_LOG_LEVEL: 'info' } });
    let output = '';
    const url = await new Promise<string>((resolvePromise, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk;
        const match = /"url":"(http:[^"]+)"/.exec(output);
        if (match) resolvePromise(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited early with ${code}: ${output}`)));
    });
    const response = await fetch(`${url}/v1/prompts/customer-service/execute`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ variables: { customer_name: 'Ada', message: 'Where is my order 1234?' } }),
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { version: string; fallback: boolean };
    assert.equal(body.version, '1.1.0');
    assert.equal(body.fallback, false);
    const exited = new Promise<number | null>((resolvePromise) => child.once('exit', resolvePromise));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.doesNotMatch(output, /Ada|order 1234/, 'request content never reaches the log');
    const store = await openStore({ url: join(work, '.promptops', 'promptops.db') });
    const records = await store.listRequests({ limit: 10 });
    await store.close();
    assert.equal(records.length, 1, 'the request record was flushed before exit');
    assert.equal(records[0].promptId, 'customer-service');
  });
});
