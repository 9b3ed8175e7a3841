import semver from 'semver';
import { InvalidPromptRefError } from '../errors/index.js';

export type VersionSelector = { kind: 'default' } | { kind: 'current' } | { kind: 'latest' } | { kind: 'exact'; version: string };

export interface PromptRef {
  id: string;
  selector: VersionSelector;
}

/** Prompt ids are folder names; this also keeps a reference from reaching outside the prompts folder. */
const ID = /^[A-Za-z0-9][\w.-]*$/;

/** Parses `id`, `id@1.1.0`, `id@v1.1.0`, `id@current`, `id@latest`. */
export function parsePromptRef(ref: string): PromptRef {
  const at = ref.indexOf('@');
  const id = at < 0 ? ref : ref.slice(0, at);
  if (!ID.test(id) || id.includes('..')) throw new InvalidPromptRefError(ref, 'the id must be a folder name of letters, digits, ".", "_" or "-"');
  if (at < 0) return { id, selector: { kind: 'default' } };
  const tag = ref.slice(at + 1);
  if (tag === 'current' || tag === 'latest') return { id, selector: { kind: tag } };
  const version = semver.valid(tag.replace(/^v/i, ''));
  if (!version || tag.includes('@')) throw new InvalidPromptRefError(ref, 'the version must be a semver such as 1.1.0 or v1.1.0, or "current" or "latest"');
  return { id, selector: { kind: 'exact', version } };
}
