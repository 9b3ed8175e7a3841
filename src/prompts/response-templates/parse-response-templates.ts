import type { ResponseTemplate } from '../../providers/spec/index.js';
import { PromptFileError, TemplateSyntaxError } from '../errors/index.js';
import { parseTemplate } from '../template/index.js';

const HEADING = /^##[ \t]+(.+?)[ \t#]*$/;
const KEYWORDS = /^keywords:[ \t]*(.*)$/i;
const FENCE = /^[ \t]*(```|~~~)/;
/** Words too common to select a template when keywords are derived from its name. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'or', 'the', 'of', 'to', 'for', 'with', 'in', 'on', 'your', 'my']);

/**
 * Parses response-templates.md: each `## Name` starts a template; an optional `keywords: a, b` line
 * right under it lists the words that select it (else the name's words); the rest is the body. Text
 * before the first heading is a preamble and ignored; `##` inside code fences is body text.
 * Throws PromptFileError for an empty body, a duplicate name or a malformed `{{...}}`.
 */
export function parseResponseTemplates(text: string, file: string): ResponseTemplate[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const templates: Array<ResponseTemplate & { line: number }> = [];
  let current: { name: string; line: number; keywords?: string[]; body: string[]; bodyLine?: number } | undefined;
  let inFence = false;

  const finish = () => {
    if (!current) return;
    const body = current.body.join('\n').trim();
    if (!body) throw new PromptFileError(file, { line: current.line, column: 1, field: current.name, problem: `template "${current.name}" has no body` });
    const duplicate = templates.find((t) => t.name.toLowerCase() === current!.name.toLowerCase());
    if (duplicate) throw new PromptFileError(file, { line: current.line, column: 1, field: current.name, problem: `template "${current.name}" is defined twice (first at line ${duplicate.line})` });
    try {
      parseTemplate(body, { file, startLine: current.bodyLine });
    } catch (error) {
      if (!(error instanceof TemplateSyntaxError)) throw error;
      throw new PromptFileError(file, { line: error.line, column: error.column, field: current.name, problem: error.reason });
    }
    const keywords = current.keywords ?? deriveKeywords(current.name);
    templates.push({ name: current.name, keywords, body, line: current.line });
  };

  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (FENCE.test(line)) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(line);
    if (heading) {
      finish();
      current = { name: heading[1], line: index + 1, body: [] };
      return;
    }
    if (!current) return;
    const keywords = current.body.every((l) => l.trim() === '') && !current.keywords ? KEYWORDS.exec(line.trim()) : null;
    if (keywords) {
      current.keywords = keywords[1].split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
      current.body = [];
      return;
    }
    if (current.bodyLine === undefined && line.trim() !== '') current.bodyLine = index + 1;
    current.body.push(line);
  });
  finish();
  return templates.map(({ name, keywords, body }) => ({ name, keywords, body }));
}

function deriveKeywords(name: string): string[] {
  return (name.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).filter((word) => !STOP_WORDS.has(word));
}
