import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PromptFileError, PromptNotFoundError, VersionNotFoundError } from '../errors/index.js';
import type { PromptSummary, PromptVersion } from '../types.js';
import { displayPath } from './display-path.js';
import { loadVersion } from './load-version.js';
import { parsePromptRef } from './parse-ref.js';
import { scanPrompt } from './scan-prompt.js';
import type { PromptFolder } from './scan-prompt.js';

export interface PromptRegistry {
  /** Absolute path of the prompts folder. */
  readonly dir: string;
  /** Every prompt with its versions (ascending), `current` and latest. */
  list(): PromptSummary[];
  /** Versions of one prompt, ascending. Throws PromptNotFoundError. */
  versions(id: string): string[];
  /**
   * `id` (current, else latest), `id@1.1.0`, `id@v1.1.0`, `id@current`, `id@latest`. Loaded and compiled on
   * first use, then served from memory: the same object for the same reference until reload().
   */
  resolve(ref: string): PromptVersion;
  /** Forgets everything read from disk; the next call reads again. */
  reload(): void;
}

/** Opens the registry of a prompts folder (`<dir>/<id>/v<semver>/...`). Reads lazily. */
export function openRegistry(dir: string): PromptRegistry {
  const root = resolve(dir);
  let ids: string[] | undefined;
  const folders = new Map<string, PromptFolder>();
  const loaded = new Map<string, PromptVersion>();
  const byRef = new Map<string, PromptVersion>();

  function promptIds(): string[] {
    if (ids) return ids;
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new PromptFileError(displayPath(root), { problem: 'prompts folder not found' });
    ids = readdirSync(root)
      .filter((name) => !name.startsWith('.') && statSync(join(root, name)).isDirectory() && scanPrompt(join(root, name)) !== undefined)
      .sort();
    return ids;
  }

  function folder(id: string): PromptFolder {
    let found = folders.get(id);
    if (found) return found;
    const known = promptIds();
    found = known.includes(id) ? scanPrompt(join(root, id)) : undefined;
    if (!found) throw new PromptNotFoundError(id, known);
    folders.set(id, found);
    return found;
  }

  function load(prompt: PromptFolder, version: string): PromptVersion {
    const key = `${prompt.id}@${version}`;
    let found = loaded.get(key);
    if (!found) {
      found = loadVersion(prompt.id, version, join(prompt.dir, prompt.folders.get(version)!));
      loaded.set(key, found);
    }
    return found;
  }

  function resolveUncached(ref: string): PromptVersion {
    const { id, selector } = parsePromptRef(ref);
    const prompt = folder(id);
    switch (selector.kind) {
      case 'default':
        return load(prompt, prompt.current ?? prompt.latest);
      case 'latest':
        return load(prompt, prompt.latest);
      case 'current':
        if (!prompt.current) throw new VersionNotFoundError(id, 'current (no "current" link or file)', [...prompt.folders.keys()]);
        return load(prompt, prompt.current);
      case 'exact':
        if (!prompt.folders.has(selector.version)) throw new VersionNotFoundError(id, selector.version, [...prompt.folders.keys()]);
        return load(prompt, selector.version);
    }
  }

  return {
    dir: root,
    list() {
      return promptIds().map((id) => {
        const prompt = folder(id);
        const summary: PromptSummary = { id, versions: [...prompt.folders.keys()], latest: prompt.latest };
        if (prompt.current) summary.current = prompt.current;
        return summary;
      });
    },
    versions: (id) => [...folder(id).folders.keys()],
    resolve(ref) {
      let found = byRef.get(ref);
      if (!found) {
        found = resolveUncached(ref);
        byRef.set(ref, found);
      }
      return found;
    },
    reload() {
      ids = undefined;
      folders.clear();
      loaded.clear();
      byRef.clear();
    },
  };
}
