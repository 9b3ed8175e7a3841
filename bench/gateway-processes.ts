/**
 * Child processes for bench/gateway.ts: each server under test runs in its own process, optionally
 * pinned to a CPU (taskset) so the 2 cores of a small box are split predictably.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';

export interface Child {
  name: string;
  url: string;
  process: ChildProcess;
  /** SIGTERM and wait for the exit (a CPU profile is written on a clean exit). */
  stop(): Promise<void>;
}

const hasTaskset = spawnSync('taskset', ['--version']).status === 0;

export interface SpawnOptions {
  name: string;
  args: string[];
  /** Finds the listening URL in the child's output. */
  ready: RegExp;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** CPU list for taskset, e.g. "1"; ignored where taskset is missing. */
  cpus?: string;
  timeoutMs?: number;
}

export async function startChild(options: SpawnOptions): Promise<Child> {
  const [command, args] = options.cpus && hasTaskset
    ? ['taskset', ['-c', options.cpus, process.execPath, ...options.args]]
    : [process.execPath, options.args];
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.name} did not start within ${options.timeoutMs ?? 30_000} ms:\n${output}`)), options.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = options.ready.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited with ${code} before listening:\n${output}`));
    });
  });
  // Keep draining: a full pipe would block the child's logging and stall it.
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    name: options.name,
    url,
    process: child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export const pinned = hasTaskset;

/**
 * The node flags the CLI's `#!/usr/bin/env -S node ...` line gives it: `npx promptops` runs with them,
 * so a bench that starts `node bin/promptops.js` itself must pass them too.
 */
export function cliNodeFlags(bin: string): string[] {
  const shebang = readFileSync(bin, 'utf8').split('\n', 1)[0];
  const match = /^#!\S*env\s+-S\s+node\s+(.*)$/.exec(shebang);
  return match ? match[1].trim().split(/\s+/) : [];
}

const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/**
 * CPU time (user + system) a process has used, in µs, from /proc; undefined where there is no /proc.
 * Per request it is a figure a busy machine does not distort the way it distorts latency.
 */
export function cpuTimeUs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 0, utime field 11, stime field 12.
    return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1e6;
  } catch {
    return undefined;
  }
}
