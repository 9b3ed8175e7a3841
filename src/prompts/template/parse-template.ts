import { TemplateSyntaxError } from '../errors/index.js';

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'var'; name: string; path: string[]; line: number; column: number }
  | { kind: 'section'; name: string; path: string[]; inverted: boolean; children: TemplateNode[]; line: number; column: number };

type SectionNode = Extract<TemplateNode, { kind: 'section' }>;

export interface ParseOptions {
  file?: string;
  /** Line of the template's first character in its file (after front matter). */
  startLine?: number;
}

/** `.` (the current item in a section) or a dotted path such as `customer.name`. */
const NAME = /^(?:\.|[A-Za-z_][\w-]*(?:\.[\w-]+)*)$/;
const SIGILS = new Set(['#', '^', '/', '&', '!', '>', '=', '<']);
const STANDALONE = new Set(['#', '^', '/', '!']);
const UNSUPPORTED = new Set(['>', '=', '<']);

/**
 * Parses mustache-style text into a tree: `{{var}}` / `{{{var}}}` / `{{&var}}`, `{{#s}}...{{/s}}`,
 * `{{^s}}...{{/s}}`, `{{! comment }}`. Section and comment tags alone on their line take the line with them.
 */
export function parseTemplate(source: string, options: ParseOptions = {}): TemplateNode[] {
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const position = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + (options.startLine ?? 1), column: offset - lineStarts[low] + 1 };
  };
  const fail = (offset: number, reason: string): never => {
    const { line, column } = position(offset);
    throw new TemplateSyntaxError(reason, line, column, options.file);
  };

  const root: TemplateNode[] = [];
  const open: Array<{ node: SectionNode; offset: number }> = [];
  let children = root;
  let i = 0;
  const pushText = (text: string) => {
    if (text) children.push({ kind: 'text', text });
  };

  while (i < source.length) {
    const start = source.indexOf('{{', i);
    if (start < 0) {
      pushText(source.slice(i));
      break;
    }
    const triple = source.startsWith('{{{', start);
    const closer = triple ? '}}}' : '}}';
    const innerStart = start + (triple ? 3 : 2);
    const close = source.indexOf(closer, innerStart);
    if (close < 0) fail(start, `unclosed tag: "${triple ? '{{{' : '{{'}" has no matching "${closer}"`);
    const raw = source.slice(innerStart, close);
    const end = close + closer.length;
    const trimmed = raw.trim();
    const sigil = triple ? '&' : SIGILS.has(trimmed[0]) ? trimmed[0] : '';
    const body = !triple && sigil ? trimmed.slice(1).trim() : trimmed;
    const isComment = sigil === '!';
    if (!isComment && raw.includes('{{')) fail(start, 'unclosed tag: "{{" is not closed before the next "{{"');

    // A section or comment tag alone on its line removes the whole line, so templates can be laid out freely.
    let textEnd = start;
    let next = end;
    if (STANDALONE.has(sigil) && !triple) {
      const lineStart = source.lastIndexOf('\n', start - 1) + 1;
      const newline = source.indexOf('\n', end);
      const lineEnd = newline < 0 ? source.length : newline;
      if (lineStart >= i && /^[ \t]*$/.test(source.slice(lineStart, start)) && /^[ \t\r]*$/.test(source.slice(end, lineEnd))) {
        textEnd = lineStart;
        next = newline < 0 ? source.length : newline + 1;
      }
    }
    pushText(source.slice(i, textEnd));
    i = next;

    if (isComment) continue;
    if (UNSUPPORTED.has(sigil)) fail(start, `"{{${sigil}" tags (partials, delimiter changes) are not supported`);
    if (!body) fail(start, 'empty tag "{{}}"');
    if (!NAME.test(body)) fail(start, `invalid variable name ${JSON.stringify(body)} (use letters, digits, "_", "-", and "." between parts)`);
    const path = body === '.' ? ['.'] : body.split('.');
    const { line, column } = position(start);

    if (sigil === '#' || sigil === '^') {
      if (body === '.') fail(start, 'a section needs a variable name, not "."');
      const node: SectionNode = { kind: 'section', name: body, path, inverted: sigil === '^', children: [], line, column };
      children.push(node);
      open.push({ node, offset: start });
      children = node.children;
    } else if (sigil === '/') {
      const top = open.pop();
      if (!top) fail(start, `"{{/${body}}}" closes a section that was never opened`);
      if (top!.node.name !== body) {
        fail(start, `"{{/${body}}}" does not close "{{${top!.node.inverted ? '^' : '#'}${top!.node.name}}}" opened at ${top!.node.line}:${top!.node.column}`);
      }
      children = open.length ? open[open.length - 1].node.children : root;
    } else {
      if (body === '.' && !open.length) fail(start, '"{{.}}" is only meaningful inside a section');
      children.push({ kind: 'var', name: body, path, line, column });
    }
  }
  const unclosed = open.pop();
  if (unclosed) fail(unclosed.offset, `section "{{${unclosed.node.inverted ? '^' : '#'}${unclosed.node.name}}}" is never closed with "{{/${unclosed.node.name}}}"`);
  return root;
}
