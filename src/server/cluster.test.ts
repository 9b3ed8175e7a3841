import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, test, type TestContext } from 'node:test';
import { createStoreRefusingPromptVersions } from '../../test/support/refusing-store.js';
import { allowRestart } from './cluster.js';

describe('allowRestart', () => {
  test('replaces a worker that crashes now and then', () => {
    assert.equal(allowRestart([1_000], 2_000, 5, 60_000), true);
  });

  test('stops a crash loop: more than maxRestarts crashes inside the window', () => {
    const crashes = [1, 2, 3, 4, 5, 6].map((second) => second * 1000);
    assert.equal(allowRestart(crashes, 7_000, 5, 60_000), false);
    assert.equal(allowRestart(crashes, 70_000, 5, 60_000), true, 'old crashes age out of the window');
  });
});

// The built CLI, as a user runs it (`npm test` builds first): the primary forks the same command line.
const bin = resolve('bin/promptops.js');
const work = mkdtempSync(join(tmpdir(), 'promptops-cluster-'));
after(() => rmSync(work, { recursive: true, force: true }));

interface Listening {
  url: string;
  pid: number;
}

interface Serving {
  child: ChildProcess;
  /** Everything the primary and its workers printed so far. */
  output(): string;
  exited: Promise<number | null>;
}

function serveWorkers(cwd: string, t: TestContext, onLine: (line: string) => void = () => {}): Serving {
  const child = spawn(process.execPath, [bin, 'serve', '--workers', '2', '--port', '0', '--host', '127.0.0.1'], {
    cwd,
    env: { ...process.env, PROMPTOPS_LOG_LEVEL: 'info', OPENAI_BASE_URL: '', OPENAI_API_KEY: '' },
  });
  let output = '';
  // A failed or timed-out run must not leave the gateway running (its pipes would keep this file alive),
  // and says what the gateway printed: a timeout alone does not tell which step waited.
  t.after(() => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    console.error(`promptops serve --workers 2 was still running; it printed:\n${output}`);
    child.kill('SIGKILL');
  });
  let partialLine = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk;
    // Two workers write to one pipe: a chunk may end mid-line, and the rest of the line comes next.
    const lines = (partialLine + chunk.toString()).split('\n');
    partialLine = lines.pop()!;
    lines.forEach(onLine);
  });
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
  return { child, output: () => output, exited };
}

describe('promptops serve --workers', () => {
  test('2 workers share one port, a crashed worker is replaced, SIGTERM drains and exits 0', { timeout: 120_000 }, async (t) => {
    const listening: Listening[] = [];
    const waiters: Array<() => void> = [];
    const { child, output, exited } = serveWorkers(work, t, (line) => {
      if (!line.includes('promptops gateway listening')) return;
      const entry = JSON.parse(line) as Listening;
      listening.push({ url: entry.url, pid: entry.pid });
      waiters.splice(0).forEach((wake) => wake());
    });
    const workersListening = async (count: number) => {
      while (listening.length < count) {
        await Promise.race([
          new Promise<void>((wake) => waiters.push(wake)),
          exited.then((code) => Promise.reject(new Error(`serve exited with ${code}: ${output()}`))),
        ]);
      }
    };

    await workersListening(2);
    const [first, second] = listening;
    assert.notEqual(first.pid, second.pid, 'two worker processes');
    assert.notEqual(first.pid, child.pid, 'the primary does not serve');
    assert.equal(first.url, second.url, 'both workers listen on the same port');

    const ask = async () => {
      const response = await fetch(`${first.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify({ model: 'demo', messages: [{ role: 'user', content: 'hello' }] }),
      });
      assert.equal(response.status, 200);
      return (await response.json()) as { object: string };
    };
    assert.equal((await ask()).object, 'chat.completion');

    process.kill(first.pid, 'SIGKILL');
    await workersListening(3);
    assert.match(output(), /worker exited unexpectedly; starting a replacement/);
    assert.equal(listening[2].url, first.url, 'the replacement joins the same port');
    assert.equal((await ask()).object, 'chat.completion');

    child.kill('SIGTERM');
    assert.equal(await exited, 0, output());
  });

  test('workers that cannot start exit, and a crash loop stops the cluster with exit code 1', { timeout: 120_000 }, async (t) => {
    const cwd = mkdtempSync(join(work, 'refusing-'));
    await createStoreRefusingPromptVersions(join(cwd, '.promptops', 'promptops.db'));
    const { output, exited } = serveWorkers(cwd, t);
    assert.equal(await exited, 1, output());
    assert.match(output(), /Cannot record a prompt version: refused by the test/);
    assert.match(output(), /workers keep crashing \(more than 5 in 60 s\): stopping/);
  });
});
