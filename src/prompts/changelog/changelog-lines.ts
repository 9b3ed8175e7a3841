/** `## Version 1.2.0 - 2024-01-15`, `## 1.2.0`, `## [v1.2.0] (2024-01-15)`. */
const VERSION_HEADING =
  /^##[ \t]+(?:version[ \t]+)?\[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)\]?(?:[ \t]*[-–—(][ \t]*(.*?)\)?)?[ \t]*$/i;
const FENCE = /^[ \t]*(```|~~~)/;

export type ChangelogLine =
  | { kind: 'version'; version: string; date?: string }
  | { kind: 'other-heading' }
  | { kind: 'section'; title: string }
  | { kind: 'text'; text: string };

/** Classifies each line; headings inside code fences are text. */
export function classifyLines(lines: string[]): ChangelogLine[] {
  let inFence = false;
  return lines.map((raw): ChangelogLine => {
    const line = raw.replace(/\r$/, '');
    if (FENCE.test(line)) {
      inFence = !inFence;
      return { kind: 'text', text: line };
    }
    if (inFence) return { kind: 'text', text: line };
    const version = VERSION_HEADING.exec(line);
    if (version) return { kind: 'version', version: version[1], ...(version[2] ? { date: version[2].trim() } : {}) };
    if (/^###[ \t]+\S/.test(line)) return { kind: 'section', title: line.replace(/^###[ \t]+/, '').replace(/[ \t#]*$/, '') };
    if (/^#{1,2}[ \t]/.test(line)) return { kind: 'other-heading' };
    return { kind: 'text', text: line };
  });
}

export function sameVersion(a: string, b: string): boolean {
  return a.replace(/^v/i, '') === b.replace(/^v/i, '');
}
