import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseChangelog } from '../changelog/index.js';
import { PromptFileError, TemplateSyntaxError } from '../errors/index.js';
import { parseSystemPrompt } from '../front-matter/index.js';
import { parseResponseTemplates } from '../response-templates/index.js';
import { compileTemplate } from '../template/index.js';
import type { CompiledTemplate, PromptVersion } from '../types.js';
import { contentHash } from './content-hash.js';
import { displayPath } from './display-path.js';

/**
 * Reads, validates and compiles one version folder. The templates are compiled here, once; the
 * returned object is what every request for this version uses. Throws PromptFileError or
 * TemplateSyntaxError naming the file and line.
 */
export function loadVersion(id: string, version: string, dir: string): PromptVersion {
  const systemPath = join(dir, 'system-prompt.md');
  const systemFile = displayPath(systemPath);
  if (!existsSync(systemPath)) throw new PromptFileError(systemFile, { problem: 'file not found: every version folder needs a system-prompt.md' });
  const parsed = parseSystemPrompt(readFileSync(systemPath, 'utf8'), systemFile);
  const { meta } = parsed;
  const system = compileTemplate(parsed.body, { file: systemFile, startLine: parsed.bodyStartLine, declared: meta.variables });

  let user: CompiledTemplate | undefined;
  if (meta.userTemplate !== undefined) {
    try {
      user = compileTemplate(meta.userTemplate, { file: `${systemFile} (user_template)`, declared: meta.variables });
    } catch (error) {
      if (!(error instanceof TemplateSyntaxError)) throw error;
      throw new PromptFileError(systemFile, { ...parsed.locate(['user_template']), field: 'user_template', problem: error.reason });
    }
  }
  if (meta.validator && !existsSync(resolve(dir, meta.validator))) {
    throw new PromptFileError(systemFile, { ...parsed.locate(['validator']), field: 'validator', problem: `file not found: ${displayPath(resolve(dir, meta.validator))}` });
  }

  const templatesPath = join(dir, 'response-templates.md');
  const responseTemplates = existsSync(templatesPath) ? parseResponseTemplates(readFileSync(templatesPath, 'utf8'), displayPath(templatesPath)) : [];
  const testCasesPath = join(dir, 'test-cases.json');
  const changelogPath = join(dir, 'CHANGELOG.md');

  const loaded: PromptVersion = { id, version, dir, hash: contentHash(dir), meta, system, responseTemplates };
  if (user) loaded.user = user;
  if (existsSync(testCasesPath)) loaded.testCasesPath = testCasesPath;
  if (existsSync(changelogPath)) loaded.changelog = parseChangelog(readFileSync(changelogPath, 'utf8'), changelogPath);
  return loaded;
}
