import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Relative paths (with `/`) of the files under `dir`, sorted; dotfiles (editor and OS litter) are skipped. */
function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) out.push(...listFiles(path, `${prefix}${name}/`));
    else if (stat.isFile()) out.push(`${prefix}${name}`);
  }
  return out;
}

/**
 * The change log records what happened to a version (test results are filled in after a run), so it is
 * documentation about the version, not part of it.
 */
const NOT_HASHED = new Set(['CHANGELOG.md']);

/**
 * sha256 (hex) over the version folder's files: each sorted name with its size, then its bytes, so
 * renaming, editing, adding or removing any file other than CHANGELOG.md changes the hash.
 */
export function contentHash(dir: string): string {
  const hash = createHash('sha256');
  for (const name of listFiles(dir).sort()) {
    if (NOT_HASHED.has(name)) continue;
    const bytes = readFileSync(join(dir, name));
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
