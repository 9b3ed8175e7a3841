import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface FixtureVersion {
  id: string;
  version: string;
  /** Front matter as written in the file (snake_case). */
  meta: Record<string, unknown>;
  body: string;
  responseTemplates?: string;
  files?: Record<string, string>;
}

/** A prompts folder in a temp dir, written the way a user would write it. */
export function writePromptsDir(versions: FixtureVersion[]): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'promptops-prompts-'));
  for (const version of versions) {
    const folder = join(dir, version.id, `v${version.version}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'system-prompt.md'), `---\n${stringify(version.meta)}---\n${version.body}\n`);
    if (version.responseTemplates) writeFileSync(join(folder, 'response-templates.md'), version.responseTemplates);
    for (const [name, content] of Object.entries(version.files ?? {})) writeFileSync(join(folder, name), content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
