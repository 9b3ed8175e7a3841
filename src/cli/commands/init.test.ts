import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { openRegistry } from '../../prompts/index.js';
import { initProject, registerInitCommand } from './init.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'promptops-init-'));

test('lays out the example prompts and a config that loads', () => {
  const dir = join(fresh(), 'new-project');
  const { created } = initProject(dir);
  assert.ok(created.includes('promptops.config.yaml'));
  assert.ok(created.includes('prompts/customer-service/v1.1.0/CHANGELOG.md'));
  assert.ok(created.includes('prompts/customer-service/current'));
  assert.ok(lstatSync(join(dir, 'prompts/customer-service/current')).isSymbolicLink());
  assert.deepEqual(readdirSync(dir).sort(), ['promptops.config.yaml', 'prompts'], 'no staging folder is left behind');

  const config = loadConfig({ cwd: dir, env: {} });
  assert.equal(config.promptsDir, join(dir, 'prompts'));
  assert.equal(openRegistry(config.promptsDir).resolve('customer-service').version, '1.1.0');
});

test('refuses to overwrite, names the files, and writes nothing', () => {
  const dir = fresh();
  writeFileSync(join(dir, 'promptops.config.yaml'), 'server: {}\n');
  assert.throws(() => initProject(dir), {
    name: 'InitConflictError',
    message: `refusing to overwrite existing promptops.config.yaml in ${dir} (nothing was written)`,
  });
  assert.deepEqual(readdirSync(dir), ['promptops.config.yaml']);
  assert.equal(readFileSync(join(dir, 'promptops.config.yaml'), 'utf8'), 'server: {}\n');

  const other = fresh();
  mkdirSync(join(other, 'prompts/customer-service'), { recursive: true });
  assert.throws(() => initProject(other), /existing prompts\/customer-service/);
  assert.ok(!existsSync(join(other, 'promptops.config.yaml')));
});

test('a failure half-way leaves nothing behind', () => {
  const dir = fresh();
  writeFileSync(join(dir, 'prompts'), 'a file where the prompts folder should go');
  assert.throws(() => initProject(dir));
  assert.deepEqual(readdirSync(dir), ['prompts']);
});

test('joins an existing prompts folder without touching its other prompts', () => {
  const dir = fresh();
  mkdirSync(join(dir, 'prompts/mine/v1.0.0'), { recursive: true });
  initProject(dir);
  assert.deepEqual(readdirSync(join(dir, 'prompts')).sort(), ['customer-service', 'mine']);
});

test('an example copied without its current link (npm drops symlinks) gets one pointing at the latest version', () => {
  const examples = fresh();
  for (const version of ['v1.0.0', 'v1.1.0']) {
    mkdirSync(join(examples, 'support', version), { recursive: true });
    writeFileSync(join(examples, 'support', version, 'system-prompt.md'), '---\nmodel: demo\n---\nHi.\n');
  }
  const dir = fresh();
  const { created } = initProject(dir, { examples });
  assert.ok(created.includes('prompts/support/current'));
  assert.equal(openRegistry(join(dir, 'prompts')).list()[0].current, '1.1.0');
});

test('`promptops init [dir]` prints what it created', async () => {
  const dir = join(fresh(), 'p');
  const program = new Command().exitOverride();
  registerInitCommand(program);
  let printed = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => ((printed += chunk), true)) as typeof process.stdout.write;
  try {
    await program.parseAsync(['node', 'promptops', 'init', dir]);
  } finally {
    process.stdout.write = write;
  }
  assert.match(printed, /created .*promptops\.config\.yaml/);
  assert.match(printed, /Next: cd .* && npx promptops serve/);
});
