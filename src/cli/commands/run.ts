import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { openRegistry } from '../../prompts/index.js';
import { createRuntime, RuntimeError } from '../../runtime/index.js';
import { CliError, EXIT } from '../exit-codes.js';

function parseVar(pair: string, previous: Record<string, string>): Record<string, string> {
  const equals = pair.indexOf('=');
  if (equals <= 0) throw new CliError(`--var expects name=value, got "${pair}"`);
  return { ...previous, [pair.slice(0, equals)]: pair.slice(equals + 1) };
}

function readVarsFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`--vars ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CliError(`--vars ${path}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new CliError(`--vars ${path}: expected a JSON object of variables`);
  return parsed as Record<string, unknown>;
}

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description('run a prompt version once and print the answer')
    .argument('<prompt>', 'id, id@1.1.0, id@current or id@latest')
    .option('--var <name=value>', 'a variable (repeatable)', parseVar, {})
    .option('--vars <file.json>', 'variables from a JSON file (--var wins)')
    .option('--model <model>', 'override the version\'s model')
    .option('--json', 'print the whole result as JSON')
    .action(async (ref: string, options: { var: Record<string, string>; vars?: string; model?: string; json?: boolean }) => {
      const config = loadConfig({ cwd: process.cwd() });
      const variables = { ...(options.vars ? readVarsFile(options.vars) : {}), ...options.var };
      const runtime = createRuntime({ config, prompts: openRegistry(config.promptsDir), cache: false });
      try {
        const result = await runtime.execute({ prompt: ref, variables, model: options.model });
        if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else {
          if (result.notice) process.stderr.write(`note: ${result.notice}\n`);
          if (result.fallback) process.stderr.write('note: every model failed; this is the version\'s fallback response\n');
          process.stdout.write(`${result.output}\n`);
        }
      } catch (error) {
        // A model that failed is a failed run; anything raised before a model was called is bad input.
        const failedCall = RuntimeError.isInstance(error) && error.status >= 500;
        throw new CliError((error as Error).message, failedCall ? EXIT.failure : EXIT.usage);
      } finally {
        await runtime.close();
      }
    });
}
