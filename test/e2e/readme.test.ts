import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../../src/config/index.js';

const readme = readFileSync('README.md', 'utf8');
const blocks = [...readme.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((match) => ({ lang: match[1], body: match[2] }));

test('the README\'s first code block holds exactly two commands: serve, then test', () => {
  const lines = blocks[0].body.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
  assert.deepEqual(lines, ['npm ci && npx promptops serve', 'npm test']);
  const ci = readFileSync('.ci/run', 'utf8');
  assert.match(ci, /^npm test$/m, '.ci/run runs the README\'s test command');
});

test('the README\'s example configuration loads', () => {
  const yaml = blocks.find((block) => block.lang === 'yaml');
  assert.ok(yaml);
  const dir = mkdtempSync(join(tmpdir(), 'promptops-readme-'));
  try {
    writeFileSync(join(dir, 'promptops.config.yaml'), yaml.body);
    const config = loadConfig({ cwd: dir, env: { OPENAI_API_KEY: 'sk-test', ANTHROPIC_API_KEY: 'sk-ant-test' } });
    assert.equal(config.providers.openai.apiKey, 'sk-test');
    assert.equal(config.providers.claude.type, 'anthropic');
    assert.deepEqual(config.models.fast, { provider: 'openai', model: 'gpt-4o-mini' });
    assert.equal(config.server.bodyLimitBytes, 1024 * 1024);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
