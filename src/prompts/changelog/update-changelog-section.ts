import { classifyLines, sameVersion } from './changelog-lines.js';

/**
 * Returns `text` with one section of one version replaced by `lines` (as bullets); everything else is
 * kept byte for byte. A missing section is added at the end of its version's entry; a missing version
 * gets a new entry above the others.
 */
export function updateChangelogSection(text: string, version: string, sectionTitle: string, lines: string[]): string {
  const title = sectionTitle.trim();
  if (!title || /[\r\n]/.test(title)) throw new Error(`changelog section title must be one non-empty line, got ${JSON.stringify(sectionTitle)}`);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const source = text === '' ? [] : text.split(/\r?\n/);
  if (source.length && source[source.length - 1] === '') source.pop();
  const bullets = lines.flatMap((line) => line.split(/\r?\n/)).map((line) => line.trim()).filter(Boolean).map((line) => `- ${line}`);
  const kinds = classifyLines(source);

  const start = kinds.findIndex((line) => line.kind === 'version' && sameVersion(line.version, version));
  if (start < 0) {
    const entry = [`## Version ${version.replace(/^v/i, '')}`, '', `### ${title}`, ...bullets, ''];
    const firstVersion = kinds.findIndex((line) => line.kind === 'version');
    const at = firstVersion >= 0 ? firstVersion : source.length;
    const before = source.slice(0, at);
    if (before.length && before[before.length - 1].trim() !== '') before.push('');
    return [...before, ...entry, ...source.slice(at)].join(eol).replace(/(\r?\n)*$/, eol);
  }
  let end = kinds.findIndex((line, index) => index > start && (line.kind === 'version' || line.kind === 'other-heading'));
  if (end < 0) end = source.length;

  const sectionAt = kinds.findIndex(
    (line, index) => index > start && index < end && line.kind === 'section' && line.title.toLowerCase() === title.toLowerCase(),
  );
  let out: string[];
  if (sectionAt >= 0) {
    let sectionEnd = kinds.findIndex((line, index) => index > sectionAt && index < end && line.kind === 'section');
    if (sectionEnd < 0) sectionEnd = end;
    const trailingBlank = sectionEnd < source.length;
    out = [...source.slice(0, sectionAt + 1), ...bullets, ...(trailingBlank ? [''] : []), ...source.slice(sectionEnd)];
  } else {
    let insertAt = end;
    while (insertAt > start + 1 && source[insertAt - 1].trim() === '') insertAt--;
    const addition = ['', `### ${title}`, ...bullets, ...(end < source.length ? [''] : [])];
    out = [...source.slice(0, insertAt), ...addition, ...source.slice(end)];
  }
  return out.join(eol) + eol;
}
