import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import pg from 'pg';
import { findPostgresBin } from './postgres/find-bin.js';
import { freePort } from './postgres/free-port.js';
import { serverUser, type ServerUser } from './postgres/os-user.js';

export { findPostgresBin } from './postgres/find-bin.js';

const run = promisify(execFile);
const READY_TIMEOUT_MS = 15_000;
const MISSING =
  'PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (install the Debian package "postgresql")';

export class PostgresUnavailableError extends Error {
  override readonly name = 'PostgresUnavailableError';
}

export interface PostgresServer {
  /** `postgres://postgres@127.0.0.1:<port>/promptops_test` */
  url: string;
  port: number;
  /** Creates another empty database on this server and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server and deletes its data directory. */
  stop(): Promise<void>;
}

/**
 * Why PostgreSQL tests should be skipped here, or undefined to run them. Under CI=true missing
 * binaries are not a reason: the tests run and `startPostgres` fails them.
 */
export function postgresSkipReason(): string | undefined {
  if (findPostgresBin() !== undefined || process.env.CI === 'true') return undefined;
  return `${MISSING}; skipped locally (under CI=true this fails)`;
}

let created = 0;

/**
 * A throwaway PostgreSQL cluster from the machine's binaries: initdb into a temp dir, trust auth,
 * durability off (fsync, full pages) because the data dies with the test, TCP on a free port and
 * the unix socket inside the temp dir so it never touches /var/run/postgresql.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  if (bin === undefined) throw new PostgresUnavailableError(MISSING);
  const user = serverUser();
  const root = mkdtempSync(join(tmpdir(), 'promptops-pg-'));
  const data = join(root, 'data');
  const socketDir = join(root, 'sock');
  mkdirSync(socketDir);
  user.own(root);
  user.own(socketDir);
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  const cleanup = () => rmSync(root, { recursive: true, force: true });

  try {
    await createCluster(bin, user, data, env);
  } catch (error) {
    cleanup();
    throw new PostgresUnavailableError(`initdb failed: ${(error as { stderr?: string }).stderr ?? String(error)}`);
  }

  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const server = spawnServer(bin, user.prefix, data, socketDir, port, env);
    try {
      await waitUntilReady(server.child, port, () => server.log());
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      await stopServer(server.child, data);
      continue; // most likely the port was taken between freePort() and bind
    }
    const onExit = () => killSync(data);
    // Ctrl-C or the test runner's SIGTERM skips 'exit': stop the server, then die of the same signal.
    const onSignal = (name: NodeJS.Signals) => {
      killSync(data);
      process.kill(process.pid, name);
    };
    process.once('exit', onExit);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const createDatabase = async (name = `promptops_test_${process.pid}_${++created}`) => {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
      await withClient(admin, (client) => client.query(`create database ${name}`));
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    };
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        process.removeListener('exit', onExit);
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
        await stopServer(server.child, data);
        cleanup();
      })());
    try {
      return { url: await createDatabase('promptops_test'), port, createDatabase, stop };
    } catch (error) {
      await stop();
      throw error;
    }
  }
  cleanup();
  throw new PostgresUnavailableError(`PostgreSQL did not start: ${lastError}`);
}

/**
 * initdb costs seconds (most of the start-up); a pristine cluster is kept per major version and
 * user under the temp dir and copied (`cp -a` keeps owner and modes) for each server instead.
 */
async function createCluster(bin: string, user: ServerUser, data: string, env: NodeJS.ProcessEnv): Promise<void> {
  const cache = join(tmpdir(), 'promptops-pg-cache', `${basename(dirname(bin))}-${process.getuid?.() ?? 'user'}`);
  if (existsSync(join(cache, 'PG_VERSION'))) {
    await run('cp', ['-a', cache, data]);
    return;
  }
  await run(user.prefix[0] ?? join(bin, 'initdb'), [
    ...user.prefix.slice(1),
    ...(user.prefix.length > 0 ? [join(bin, 'initdb')] : []),
    ...['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
  ], { env });
  // Copy then rename, so a concurrent or interrupted run never sees a half-written cache.
  const partial = `${cache}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(cache), { recursive: true });
    await run('cp', ['-a', data, partial]);
    renameSync(partial, cache);
  } catch {
    rmSync(partial, { recursive: true, force: true }); // another run won the rename; its cache is as good
  }
}

function spawnServer(bin: string, prefix: string[], data: string, socketDir: string, port: number, env: NodeJS.ProcessEnv) {
  const args = [
    ...['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', socketDir],
    ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    ...['-c', 'shared_buffers=16MB', '-c', 'max_connections=50', '-c', 'log_min_messages=warning'],
  ];
  const command = [...prefix, join(bin, 'postgres'), ...args];
  const child = spawn(command[0]!, command.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4_000);
  });
  return { child, log: () => log };
}

async function waitUntilReady(child: ChildProcess, port: number, log: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`postgres exited: ${log()}`);
    try {
      await withClient(`postgres://postgres@127.0.0.1:${port}/postgres`, (client) => client.query('select 1'));
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`postgres not ready after ${READY_TIMEOUT_MS} ms: ${String(error)} ${log()}`);
      await sleep(25);
    }
  }
}

async function withClient<T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The postmaster's pid; the spawned child may be `runuser` around it. */
function postmasterPid(data: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function signal(pid: number | undefined, name: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

/** Fast shutdown (SIGINT: disconnect clients, no waiting), escalating if it hangs. */
async function stopServer(child: ChildProcess, data: string): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signal(postmasterPid(data) ?? child.pid, 'SIGINT');
  const timer = (ms: number) => sleep(ms, undefined, { ref: false }).then(() => 'timeout' as const);
  if ((await Promise.race([exited.then(() => 'exited' as const), timer(5_000)])) === 'exited') return;
  signal(postmasterPid(data), 'SIGQUIT');
  signal(child.pid, 'SIGKILL');
  await Promise.race([exited, timer(2_000)]);
}

/** Last resort when the test process exits without stop(): do not leave a server running. */
function killSync(data: string): void {
  signal(postmasterPid(data), 'SIGQUIT');
}
