export interface FrontMatterParts {
  /** The YAML between the `---` lines; undefined when the file has no front matter. */
  yaml?: string;
  /** Line of the YAML's first line in the file. */
  yamlStartLine: number;
  /** The text after the front matter, leading blank lines and trailing whitespace removed. */
  body: string;
  /** Line of the body's first character in the file. */
  bodyStartLine: number;
}

const FENCE = /^---[ \t]*\r?$/;
const END = /^(---|\.\.\.)[ \t]*\r?$/;

/** Splits `---\nyaml\n---\nbody`; reports the opening line when the block is never closed. */
export function splitFrontMatter(text: string): FrontMatterParts | { unclosedAt: number } {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  let bodyIndex = 0;
  let yaml: string | undefined;
  if (FENCE.test(lines[0])) {
    const end = lines.findIndex((line, index) => index > 0 && END.test(line));
    if (end < 0) return { unclosedAt: 1 };
    yaml = lines.slice(1, end).join('\n');
    bodyIndex = end + 1;
  }
  while (bodyIndex < lines.length && lines[bodyIndex].trim() === '') bodyIndex++;
  return { yaml, yamlStartLine: 2, body: lines.slice(bodyIndex).join('\n').trimEnd(), bodyStartLine: bodyIndex + 1 };
}
