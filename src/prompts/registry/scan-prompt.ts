import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import semver from 'semver';
import { PromptFileError } from '../errors/index.js';
import { displayPath } from './display-path.js';

export interface PromptFolder {
  id: string;
  dir: string;
  /** Version (no `v`) -> folder name (`v1.1.0` or `1.1.0`), ascending. */
  folders: Map<string, string>;
  current?: string;
  latest: string;
}

/** The version a folder name stands for (`v1.1.0` and `1.1.0` both mean 1.1.0), or null. */
export function versionOfFolder(name: string): string | null {
  const version = semver.valid(name.replace(/^v/i, ''));
  return version && (name === version || name === `v${version}`) ? version : null;
}

/**
 * Reads one prompt's folder: its version folders and `current` (a symlink such as `current -> v1.1.0`,
 * or a file holding one line `v1.1.0`). Returns undefined when the folder holds no version.
 */
export function scanPrompt(dir: string): PromptFolder | undefined {
  const folders = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const version = versionOfFolder(name);
    if (!version || !statSync(join(dir, name)).isDirectory()) continue;
    const other = folders.get(version);
    if (other) {
      throw new PromptFileError(displayPath(join(dir, name)), { problem: `version ${version} is in two folders ("${other}" and "${name}"); keep one` });
    }
    folders.set(version, name);
  }
  if (!folders.size) return undefined;
  const sorted = semver.sort([...folders.keys()]);
  const ordered = new Map(sorted.map((version) => [version, folders.get(version)!]));
  const stable = sorted.filter((version) => !semver.prerelease(version));
  return { id: basename(dir), dir, folders: ordered, current: readCurrent(dir, ordered), latest: (stable.length ? stable : sorted).at(-1)! };
}

function readCurrent(dir: string, folders: Map<string, string>): string | undefined {
  const path = join(dir, 'current');
  if (!existsSync(path) && !isSymlink(path)) return undefined;
  const link = isSymlink(path);
  if (!link && statSync(path).isDirectory()) {
    throw new PromptFileError(displayPath(path), { problem: 'must be a symlink to a version folder (current -> v1.1.0) or a file holding one line such as v1.1.0, not a folder' });
  }
  const target = link ? basename(readlinkSync(path)) : readFileSync(path, 'utf8').trim();
  const version = versionOfFolder(target.replace(/\/+$/, ''));
  if (!version || !folders.has(version)) {
    throw new PromptFileError(displayPath(path), {
      ...(link ? {} : { line: 1 }),
      field: 'current',
      expected: `one of the version folders (${[...folders.values()].join(', ')})`,
      got: JSON.stringify(target.slice(0, 60)),
    });
  }
  return version;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
