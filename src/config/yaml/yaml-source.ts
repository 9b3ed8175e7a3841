import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import { dottedPath } from './source-issue.js';
import type { SourceIssue } from './source-issue.js';

/** Aliases expand to copies; a bound keeps a small hostile file from expanding into a huge value. */
const MAX_ALIAS_COUNT = 100;

export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML text that still knows where each value came from. */
export interface YamlSource {
  value: unknown;
  /**
   * Position of the value at `path` (or of its key, with `key: true`). For a path that is absent, the
   * nearest present ancestor: a missing field is reported where its mapping is.
   */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): Position;
}

export type YamlParseResult = { ok: true; source: YamlSource } | { ok: false; issue: SourceIssue };

/**
 * Parses YAML with positions. `lineOffset` shifts reported lines, for YAML embedded in another file
 * (front matter). Duplicate keys are errors, as are syntax errors; both are reported with their line.
 */
export function parseYaml(text: string, lineOffset = 0): YamlParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    return {
      ok: false,
      issue: {
        line: (at?.line ?? 1) + lineOffset,
        column: at?.col ?? 1,
        problem: `invalid YAML: ${firstLine(error.message)}`,
      },
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    // Unresolved or excessive aliases are only found while building the value.
    return { ok: false, issue: { line: 1 + lineOffset, column: 1, problem: `invalid YAML: ${firstLine(String((cause as Error).message))}` } };
  }
  const cycle = findCycle(value, []);
  if (cycle) {
    return { ok: false, issue: { ...locate(doc, cycle, false, position), field: cycle.length ? dottedPath(cycle) : undefined, problem: 'invalid YAML: an alias refers to the node that contains it' } };
  }
  return { ok: true, source: { value, locate: (path, options) => locate(doc, path, options?.key ?? false, position) } };
}

/** An anchor used inside itself (`a: &x [*x]`) builds a circular value; returns the path where it loops. */
function findCycle(value: unknown, path: PropertyKey[], ancestors = new Set<unknown>()): PropertyKey[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (ancestors.has(value)) return path;
  ancestors.add(value);
  const entries: Array<[PropertyKey, unknown]> = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    const found = findCycle(item, [...path, key], ancestors);
    if (found) return found;
  }
  ancestors.delete(value);
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function locate(doc: Document, path: readonly PropertyKey[], wantKey: boolean, position: (offset: number) => Position): Position {
  let node: Node | null | undefined = doc.contents as Node | null;
  let keyNode: Node | undefined;
  for (const part of path) {
    let next: Node | undefined;
    let nextKey: Node | undefined;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (isScalar(key) && String(key.value) === String(part)) {
          next = (pair.value as Node | null) ?? undefined;
          nextKey = key;
          // A key with no value (`type:`) is located at its key.
          if (!next) next = key;
          break;
        }
      }
    } else if (isSeq(node) && typeof part === 'number') {
      next = (node.items[part] as Node | undefined) ?? undefined;
    }
    if (!next) break;
    node = next;
    keyNode = nextKey;
  }
  const target = wantKey && keyNode ? keyNode : node;
  return position(target?.range?.[0] ?? 0);
}
