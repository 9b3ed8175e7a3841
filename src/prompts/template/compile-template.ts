import { MissingVariableError } from '../errors/index.js';
import type { CompiledTemplate, RenderResult, VariableSpec } from '../types.js';
import { parseTemplate } from './parse-template.js';
import type { TemplateNode } from './parse-template.js';

export interface CompileOptions {
  /** Shown in errors. */
  file?: string;
  /** Line of the template's first character in its file (e.g. after front matter). */
  startLine?: number;
  /**
   * Variables declared in front matter. With them, required-ness and defaults come from the
   * declarations and any other variable is reported as a warning. Without them, every variable used
   * as a value outside a section is required.
   */
  declared?: Record<string, VariableSpec>;
}

/** Context stack: the variables, then one entry per enclosing section value. */
type Stack = unknown[];
type Part = string | ((stack: Stack, vars: Record<string, unknown>) => string);

/**
 * Compiles a `{{var}}` template once into parts; rendering walks the parts with no parsing.
 * Throws TemplateSyntaxError (file:line:column) for a malformed template.
 */
export function compileTemplate(source: string, options: CompileOptions = {}): CompiledTemplate {
  const nodes = parseTemplate(source, options);
  const declared = options.declared;
  const defaults = new Map<string, unknown>();
  for (const [name, spec] of Object.entries(declared ?? {})) if (spec.default !== undefined) defaults.set(name, spec.default);

  // Names outside any section are looked up in the caller's variables, so they are known statically;
  // inside a section a name may come from the section's item instead.
  const names: Names = { all: new Set(), topLevel: new Set(), topLevelValues: new Set() };
  collectNames(nodes, true, names);
  const { all, topLevel } = names;
  const required = declared
    ? [...all].filter((name) => declared[name]?.required && !defaults.has(name))
    : [...names.topLevelValues];
  const staticWarnings = declared
    ? [...topLevel].filter((name) => !declared[name]).map((name) => unknownVariable(name, 'used in the template'))
    : [];

  const parts = compileNodes(nodes, defaults);
  const file = options.file;

  return {
    source,
    variables: [...all],
    render(vars: Record<string, unknown>): RenderResult {
      for (const name of required) {
        const value = vars[name];
        if (value === undefined || value === null) throw new MissingVariableError(name, file);
      }
      let warnings = staticWarnings;
      if (declared) {
        for (const name of Object.keys(vars)) {
          if (!Object.hasOwn(declared, name)) {
            if (warnings === staticWarnings) warnings = [...staticWarnings];
            warnings.push(unknownVariable(name, 'given'));
          }
        }
      }
      return { text: renderParts(parts, [vars], vars), warnings: warnings === staticWarnings ? [...warnings] : warnings };
    },
  };
}

function unknownVariable(name: string, how: string): string {
  return `unknown variable "${name}" (${how}, not declared in front matter)`;
}

interface Names {
  all: Set<string>;
  /** Used outside any section, as a value or as a section name. */
  topLevel: Set<string>;
  /** Used outside any section as a value: required when nothing is declared (a section name is optional by nature). */
  topLevelValues: Set<string>;
}

function collectNames(nodes: TemplateNode[], outside: boolean, names: Names): void {
  for (const node of nodes) {
    if (node.kind === 'text' || node.name === '.') continue;
    names.all.add(node.path[0]);
    if (outside) names.topLevel.add(node.path[0]);
    if (outside && node.kind === 'var') names.topLevelValues.add(node.path[0]);
    if (node.kind === 'section') collectNames(node.children, false, names);
  }
}

function renderParts(parts: Part[], stack: Stack, vars: Record<string, unknown>): string {
  let out = '';
  for (const part of parts) out += typeof part === 'string' ? part : part(stack, vars);
  return out;
}

function compileNodes(nodes: TemplateNode[], defaults: Map<string, unknown>): Part[] {
  return nodes.map((node): Part => {
    if (node.kind === 'text') return node.text;
    const lookup = compileLookup(node.path, defaults);
    if (node.kind === 'var') return (stack, vars) => stringify(lookup(stack, vars));
    const children = compileNodes(node.children, defaults);
    if (node.inverted) return (stack, vars) => (isEmpty(lookup(stack, vars)) ? renderParts(children, stack, vars) : '');
    return (stack, vars) => {
      const value = lookup(stack, vars);
      if (isEmpty(value)) return '';
      if (Array.isArray(value)) {
        let out = '';
        for (const item of value) out += renderParts(children, [...stack, item], vars);
        return out;
      }
      return renderParts(children, typeof value === 'object' ? [...stack, value] : stack, vars);
    };
  });
}

/**
 * Mustache lookup: the first name is searched from the innermost section value outwards, then in the
 * variables, then in the declared defaults; the rest of a dotted path is read from what was found.
 */
function compileLookup(path: string[], defaults: Map<string, unknown>) {
  const [head, ...rest] = path;
  const fallback = defaults.get(head);
  return (stack: Stack, vars: Record<string, unknown>): unknown => {
    if (head === '.') return stack[stack.length - 1];
    let value: unknown;
    for (let i = stack.length - 1; i >= 1; i--) {
      const frame = stack[i];
      if (frame !== null && typeof frame === 'object' && Object.hasOwn(frame, head)) {
        value = (frame as Record<string, unknown>)[head];
        break;
      }
    }
    if (value === undefined) value = Object.hasOwn(vars, head) ? vars[head] : undefined;
    if (value === undefined || value === null) value = fallback;
    for (const key of rest) {
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  };
}

function isEmpty(value: unknown): boolean {
  return !value || (Array.isArray(value) && value.length === 0);
}

/** Escaping is off: a prompt is not HTML. Lists of plain values read as "a, b"; other objects as JSON. */
function stringify(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) return value.join(', ');
  return JSON.stringify(value);
}
