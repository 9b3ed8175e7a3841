import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { bundledPromptsDir, CONFIG_TEMPLATE, DEFAULT_CONFIG_FILE } from '../../config/index.js';
import { openRegistry } from '../../prompts/index.js';
import { CliError, EXIT } from '../exit-codes.js';

/** Files `init` would have overwritten; nothing was written. */
export class InitConflictError extends CliError {
  constructor(
    readonly dir: string,
    readonly conflicts: string[],
  ) {
    super(`refusing to overwrite existing ${conflicts.join(', ')} in ${dir} (nothing was written)`, EXIT.usage);
    this.name = 'InitConflictError';
  }
}

/**
 * Copies a tree; symlinks stay symlinks (`current -> v1.1.0`), or become a one-line file naming their
 * target where the system refuses symlinks.
 */
function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    const stat = lstatSync(source);
    if (stat.isSymbolicLink()) {
      copyLink(readlinkSync(source), target);
    } else if (stat.isDirectory()) copyTree(source, target);
    else writeFileSync(target, readFileSync(source));
  }
}

/**
 * npm drops symlinks when it packs a package, so an installed copy of the examples may have lost
 * `current -> v1.1.0`; the new project gets it back, pointing at the latest version.
 */
function pointCurrentAtLatest(promptsDir: string): void {
  for (const prompt of openRegistry(promptsDir).list()) {
    if (prompt.current) continue;
    const dir = join(promptsDir, prompt.id);
    const folder = existsSync(join(dir, `v${prompt.latest}`)) ? `v${prompt.latest}` : prompt.latest;
    copyLink(folder, join(dir, 'current'));
  }
}

function copyLink(link: string, target: string): void {
  try {
    symlinkSync(link, target);
  } catch {
    writeFileSync(target, `${link}\n`);
  }
}

function listFiles(dir: string, base: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return lstatSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path).split(sep).join('/')];
  });
}

/**
 * Lays out a project in `dir`: the example prompts (`options.examples`, by default the ones bundled
 * with the package) under `prompts/` and a commented `promptops.config.yaml`. Refuses
 * (InitConflictError) when any of them exists. Everything is written to a staging folder first and
 * moved into place, so a failure leaves no partial project behind.
 */
export function initProject(dir: string, options: { examples?: string } = {}): { created: string[] } {
  const root = resolve(dir);
  const bundled = options.examples ?? bundledPromptsDir();
  const prompts = readdirSync(bundled).filter((name) => !name.startsWith('.'));
  const targets = [DEFAULT_CONFIG_FILE, ...prompts.map((id) => `prompts/${id}`)];
  const conflicts = targets.filter((target) => existsSync(join(root, target)) || isLink(join(root, target)));
  if (conflicts.length) throw new InitConflictError(dir, conflicts);

  mkdirSync(root, { recursive: true });
  const staging = mkdtempSync(join(root, '.promptops-init-'));
  const moved: string[] = [];
  const madePromptsDir = !existsSync(join(root, 'prompts'));
  try {
    for (const id of prompts) copyTree(join(bundled, id), join(staging, 'prompts', id));
    pointCurrentAtLatest(join(staging, 'prompts'));
    writeFileSync(join(staging, DEFAULT_CONFIG_FILE), CONFIG_TEMPLATE);
    mkdirSync(join(root, 'prompts'), { recursive: true });
    for (const target of targets) {
      renameSync(join(staging, target), join(root, target));
      moved.push(target);
    }
  } catch (error) {
    for (const target of moved) rmSync(join(root, target), { recursive: true, force: true });
    if (madePromptsDir) rmSync(join(root, 'prompts'), { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const created = targets.flatMap((target) => (target === DEFAULT_CONFIG_FILE ? [target] : listFiles(join(root, target), root)));
  return { created: created.sort() };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .argument('[dir]', 'project folder', '.')
    .description('lay out a new project: example prompts (customer-service 1.0.0 and 1.1.0) and promptops.config.yaml')
    .action((dir: string) => {
      const { created } = initProject(dir);
      const lines = created.map((file) => `  created ${join(dir, file)}`);
      const cd = resolve(dir) === process.cwd() ? '' : `cd ${dir} && `;
      process.stdout.write(`${lines.join('\n')}\n\nNext: ${cd}npx promptops serve\n  or: ${cd}npx promptops run customer-service --var message="Where is my order?"\n`);
    });
}
