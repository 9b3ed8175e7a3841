import { execFileSync } from 'node:child_process';
import { chownSync } from 'node:fs';

const SERVER_USER = 'postgres';

export interface ServerUser {
  /** Prefix for every server command: PostgreSQL refuses to run as root. */
  prefix: string[];
  /** Gives the server user the directory it will own. */
  own(path: string): void;
}

/** As root: run as the `postgres` OS user, creating it if missing. Otherwise: as ourselves. */
export function serverUser(): ServerUser {
  if (process.getuid?.() !== 0) return { prefix: [], own: () => undefined };
  let ids = lookup();
  if (ids === undefined) {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', SERVER_USER], {
      stdio: 'ignore',
    });
    ids = lookup();
    if (ids === undefined) throw new Error(`could not create the ${SERVER_USER} OS user`);
  }
  const { uid, gid } = ids;
  return { prefix: ['runuser', '-u', SERVER_USER, '--'], own: (path) => chownSync(path, uid, gid) };
}

function lookup(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', SERVER_USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', SERVER_USER], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}
