import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PromptFileError } from '../errors/index.js';
import { contentHash, openRegistry } from './index.js';

const SYSTEM = (extra = '') => `---\nmodel: demo\nvariables:\n  message: { type: string, required: true }\n${extra}---\nYou help with {{message}}.\n`;

/** Writes `files` (path -> content) under a new folder and returns it. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'promptops-registry-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

test('resolves id, id@version, id@vversion, id@current and id@latest', () => {
  const root = tree({
    'support/v1.0.0/system-prompt.md': SYSTEM(),
    'support/1.1.0/system-prompt.md': SYSTEM(),
    'support/v2.0.0-beta.1/system-prompt.md': SYSTEM(),
    'support/notes.txt': 'not a version',
    'empty/readme.md': 'no versions: not a prompt',
  });
  symlinkSync('v1.0.0', join(root, 'support', 'current'));
  const registry = openRegistry(root);
  assert.deepEqual(registry.list(), [{ id: 'support', versions: ['1.0.0', '1.1.0', '2.0.0-beta.1'], current: '1.0.0', latest: '1.1.0' }]);
  assert.equal(registry.resolve('support').version, '1.0.0', 'current wins');
  assert.equal(registry.resolve('support@current').version, '1.0.0');
  assert.equal(registry.resolve('support@latest').version, '1.1.0', 'a prerelease is not the latest');
  assert.equal(registry.resolve('support@1.1.0').dir, join(root, 'support', '1.1.0'), 'a folder without "v" is accepted');
  assert.equal(registry.resolve('support@v2.0.0-beta.1').version, '2.0.0-beta.1');
  assert.deepEqual(registry.versions('support'), ['1.0.0', '1.1.0', '2.0.0-beta.1']);
});

test('a one-line current file works where symlinks do not; without current, id means latest', () => {
  const root = tree({ 'a/v1.0.0/system-prompt.md': SYSTEM(), 'a/v1.2.0/system-prompt.md': SYSTEM(), 'a/current': 'v1.0.0\n', 'b/1.0.0/system-prompt.md': SYSTEM(), 'b/1.3.0/system-prompt.md': SYSTEM() });
  const registry = openRegistry(root);
  assert.equal(registry.resolve('a').version, '1.0.0');
  assert.equal(registry.resolve('b').version, '1.3.0');
  assert.throws(() => registry.resolve('b@current'), { name: 'VersionNotFoundError' });
});

test('a version is loaded and compiled once: the same object serves every later request', () => {
  const root = tree({
    'p/v1.0.0/system-prompt.md': SYSTEM('user_template: "Q: {{message}}"\n'),
    'p/v1.0.0/response-templates.md': '## Hello\nkeywords: hi\n\nHello!\n',
    'p/v1.0.0/test-cases.json': '[]',
    'p/v1.0.0/CHANGELOG.md': '## Version 1.0.0\n### Changes\n- first\n',
  });
  const registry = openRegistry(root);
  const version = registry.resolve('p@1.0.0');
  assert.equal(registry.resolve('p@1.0.0'), version);
  assert.equal(registry.resolve('p'), version, 'two references to one version share it');
  assert.equal(version.system.render({ message: 'refunds' }).text, 'You help with refunds.');
  assert.equal(version.user?.render({ message: 'hi' }).text, 'Q: hi');
  assert.deepEqual(version.responseTemplates, [{ name: 'Hello', keywords: ['hi'], body: 'Hello!' }]);
  assert.equal(version.testCasesPath, join(root, 'p/v1.0.0/test-cases.json'));
  assert.deepEqual(version.changelog?.entries[0].sections, { Changes: ['first'] });
  assert.match(version.hash, /^[0-9a-f]{64}$/);

  writeFileSync(join(root, 'p/v1.0.0/system-prompt.md'), SYSTEM().replace('You help', 'You assist'));
  assert.equal(registry.resolve('p@1.0.0'), version, 'no disk read on the hot path');
  registry.reload();
  const reloaded = registry.resolve('p@1.0.0');
  assert.notEqual(reloaded.hash, version.hash);
  assert.equal(reloaded.system.render({ message: 'x' }).text, 'You assist with x.');
});

test('the content hash covers names and contents of every file but the change log', () => {
  const root = tree({ 'v/a.md': 'A', 'v/sub/b.md': 'B', 'v/CHANGELOG.md': '# Changes' });
  const first = contentHash(join(root, 'v'));
  writeFileSync(join(root, 'v/.DS_Store'), 'litter');
  assert.equal(contentHash(join(root, 'v')), first, 'dotfiles do not count');
  writeFileSync(join(root, 'v/CHANGELOG.md'), '# Changes\n\n### Test Results\n- Unit tests: 15/15 passed');
  assert.equal(contentHash(join(root, 'v')), first, 'filling in test results does not change the version');
  writeFileSync(join(root, 'v/sub/b.md'), 'B2');
  assert.notEqual(contentHash(join(root, 'v')), first);
  rmSync(join(root, 'v/sub/b.md'));
  writeFileSync(join(root, 'v/sub/c.md'), 'B');
  assert.notEqual(contentHash(join(root, 'v')), first);
});

test('unknown prompts and versions list what exists; bad references are refused', () => {
  const registry = openRegistry(tree({ 'a/v1.0.0/system-prompt.md': SYSTEM(), 'b/v0.1.0/system-prompt.md': SYSTEM() }));
  assert.throws(() => registry.resolve('c'), { name: 'PromptNotFoundError', message: 'prompt "c" not found; available: a, b' });
  assert.throws(() => registry.resolve('a@2.0.0'), { name: 'VersionNotFoundError', message: 'prompt "a" has no version 2.0.0; available: 1.0.0' });
  assert.throws(() => registry.resolve('../etc@1.0.0'), { name: 'InvalidPromptRefError' });
  assert.throws(() => registry.resolve('a@one'), /the version must be a semver/);
  assert.throws(() => registry.versions('zzz'), { name: 'PromptNotFoundError' });
});

test('broken folders are reported with the file that is wrong', () => {
  const expectFileError = (files: Record<string, string>, ref: string, message: RegExp) => {
    const registry = openRegistry(tree(files));
    assert.throws(() => registry.resolve(ref), (error: unknown) => {
      assert.ok(error instanceof PromptFileError || (error as Error).name === 'TemplateSyntaxError', String(error));
      assert.match((error as Error).message, message);
      return true;
    });
  };
  expectFileError({ 'a/v1.0.0/readme.md': 'x' }, 'a', /a\/v1\.0\.0\/system-prompt\.md file not found/);
  expectFileError({ 'a/v1.0.0/system-prompt.md': SYSTEM(), 'a/1.0.0/system-prompt.md': SYSTEM() }, 'a', /version 1\.0\.0 is in two folders/);
  expectFileError({ 'a/v1.0.0/system-prompt.md': SYSTEM(), 'a/current': 'v3.0.0' }, 'a', /a\/current:1 current: expected one of the version folders \(v1\.0\.0\), got "v3\.0\.0"/);
  expectFileError({ 'a/v1.0.0/system-prompt.md': '---\nmodel: m\n---\n\nHello {{#x}}' }, 'a', /system-prompt\.md:5:7: section "\{\{#x\}\}" is never closed/);
  expectFileError({ 'a/v1.0.0/system-prompt.md': SYSTEM('user_template: "{{message"\n') }, 'a', /system-prompt\.md:5:16 user_template: unclosed tag/);
  expectFileError({ 'a/v1.0.0/system-prompt.md': SYSTEM('validator: ./check.js\n') }, 'a', /:5:12 validator: file not found: .*check\.js/);
  expectFileError({ 'a/v1.0.0/system-prompt.md': SYSTEM(), 'a/v1.0.0/response-templates.md': '## X\n' }, 'a', /response-templates\.md:1:1 X: template "X" has no body/);
});

test('a missing prompts folder is an error; an empty one has no prompts', () => {
  assert.throws(() => openRegistry(join(tmpdir(), 'promptops-no-such-folder')).list(), /prompts folder not found/);
  assert.deepEqual(openRegistry(tree({})).list(), []);
});
