import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DEBIAN_ROOT = '/usr/lib/postgresql';

/** The newest Debian PostgreSQL server bin directory (`/usr/lib/postgresql/<major>/bin`), if any. */
export function findPostgresBin(root = DEBIAN_ROOT): string | undefined {
  let majors: string[];
  try {
    majors = readdirSync(root);
  } catch {
    return undefined;
  }
  return majors
    .filter((major) => /^\d+$/.test(major) && existsSync(join(root, major, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
    .map((major) => join(root, major, 'bin'))[0];
}
