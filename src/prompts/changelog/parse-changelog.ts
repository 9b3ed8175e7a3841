import type { Changelog, ChangelogEntry } from '../types.js';
import { classifyLines } from './changelog-lines.js';

const BULLET = /^[ \t]*[-*+][ \t]+/;

/**
 * Reads a CHANGELOG.md in the guide's shape: `## Version X - date` entries, `### Section` headings,
 * bullet lines. A non-bullet indented line continues the item above it.
 */
export function parseChangelog(text: string, path: string): Changelog {
  const entries: ChangelogEntry[] = [];
  let entry: ChangelogEntry | undefined;
  let items: string[] | undefined;
  for (const line of classifyLines(text.replace(/^\uFEFF/, '').split('\n'))) {
    if (line.kind === 'version') {
      entry = { version: line.version, sections: {}, ...(line.date ? { date: line.date } : {}) };
      entries.push(entry);
      items = undefined;
    } else if (line.kind === 'other-heading') {
      entry = undefined;
      items = undefined;
    } else if (line.kind === 'section') {
      if (entry) items = entry.sections[line.title] ??= [];
    } else if (items && line.text.trim()) {
      const continues = !BULLET.test(line.text) && /^[ \t]/.test(line.text) && items.length > 0;
      if (continues) items[items.length - 1] += ` ${line.text.trim()}`;
      else items.push(line.text.replace(BULLET, '').trim());
    }
  }
  return { path, entries };
}
