import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { bundledPromptsDir, CONFIG_TEMPLATE, ConfigError, loadConfig } from './index.js';

function project(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptops-config-'));
  if (config !== undefined) writeFileSync(join(dir, 'promptops.config.yaml'), config);
  return dir;
}

function configError(config: string, env: NodeJS.ProcessEnv = {}): ConfigError {
  try {
    loadConfig({ cwd: project(config), env });
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected loadConfig to throw');
}

test('with no file and no environment, the defaults apply and the bundled prompts are served', () => {
  const cwd = project();
  const config = loadConfig({ cwd, env: {} });
  assert.deepEqual(config.server, { host: '0.0.0.0', port: 4100, bodyLimitBytes: 1048576, maxConcurrent: 256, apiKeys: [] });
  assert.equal(config.store.url, `sqlite:${join(cwd, '.promptops/promptops.db')}`);
  assert.equal(config.promptsDir, bundledPromptsDir());
  assert.deepEqual(config.providers, {});
  assert.equal(config.defaultProvider, undefined, 'no provider: the demo model answers');
  assert.deepEqual(config.guards, { injection: 'flag', pii: 'pseudonymize', maxInputLength: 4000 });
  assert.deepEqual(config.retry.breaker, { consecutiveFailures: 5, halfOpenAfterMs: 30000 });
  assert.equal(config.source, undefined);
});

test('a local prompts/ folder is preferred over the bundled examples', () => {
  const cwd = project();
  mkdirSync(join(cwd, 'prompts'));
  assert.equal(loadConfig({ cwd, env: {} }).promptsDir, join(cwd, 'prompts'));
});

test('snake_case YAML maps to the camelCase config, with ${ENV} references expanded', () => {
  const cwd = project(`
server:
  port: 8080
  body_limit: 512kb
  api_keys: ["\${GATEWAY_KEY}"]
providers:
  local:
    type: openai
    base_url: http://localhost:11434/v1/
    api_key: \${LOCAL_KEY:-none}
    models: [llama3.1]
default_provider: local
models:
  fast: local/llama3.1
  smart: { provider: local, model: qwen2.5 }
prompts_dir: my-prompts
store:
  url: sqlite:data/p.db
`);
  const config = loadConfig({ cwd, env: { GATEWAY_KEY: 'k-123' } });
  assert.equal(config.server.port, 8080);
  assert.equal(config.server.bodyLimitBytes, 512 * 1024);
  assert.deepEqual(config.server.apiKeys, ['k-123']);
  assert.deepEqual(config.providers.local, {
    type: 'openai',
    baseUrl: 'http://localhost:11434/v1',
    apiKey: 'none',
    models: ['llama3.1'],
    headers: {},
    connections: 64,
  });
  assert.deepEqual(config.models, { fast: { provider: 'local', model: 'llama3.1' }, smart: { provider: 'local', model: 'qwen2.5' } });
  assert.equal(config.promptsDir, join(cwd, 'my-prompts'));
  assert.equal(config.store.url, `sqlite:${join(cwd, 'data/p.db')}`);
  assert.equal(config.source, join(cwd, 'promptops.config.yaml'));
});

test('OPENAI_* creates provider "openai" and makes it the default; ANTHROPIC_* creates "anthropic"', () => {
  const config = loadConfig({
    cwd: project('providers:\n  openai:\n    type: openai\n    models: [gpt-4o]\n'),
    env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:9999/v1', ANTHROPIC_API_KEY: 'ak-test', PORT: '5000', PROMPTOPS_DATABASE_URL: 'postgres://u:p@db/promptops' },
  });
  assert.equal(config.defaultProvider, 'openai');
  assert.equal(config.providers.openai.apiKey, 'sk-test');
  assert.equal(config.providers.openai.baseUrl, 'http://127.0.0.1:9999/v1');
  assert.deepEqual(config.providers.openai.models, ['gpt-4o'], 'the file settings the env does not name are kept');
  assert.equal(config.providers.anthropic.type, 'anthropic');
  assert.equal(config.providers.anthropic.apiKey, 'ak-test');
  assert.equal(config.server.port, 5000);
  assert.equal(config.store.url, 'postgres://u:p@db/promptops');
});

test('PROMPTOPS_PROMPTS_DIR is resolved from the working folder; an empty variable counts as unset', () => {
  const cwd = project();
  const config = loadConfig({ cwd, env: { PROMPTOPS_PROMPTS_DIR: 'elsewhere', OPENAI_API_KEY: '' } });
  assert.equal(config.promptsDir, join(cwd, 'elsewhere'));
  assert.equal(config.providers.openai, undefined);
});

test('a bad enum value names file, line, column, field and what was expected', () => {
  const error = configError('server:\n  port: 8080\nproviders:\n  openai:\n    base_url: http://x\n    type: opnai\n');
  assert.equal(error.message, 'promptops.config.yaml:6:11 providers.openai.type: expected one of openai|anthropic|demo, got "opnai"');
  assert.equal(error.file, 'promptops.config.yaml');
  assert.deepEqual([error.line, error.column, error.field, error.expected], [6, 11, 'providers.openai.type', 'one of openai|anthropic|demo']);
});

test('an unknown key is refused, with a suggestion when it is close to a known one', () => {
  assert.equal(configError('server:\n  prot: 8080\n').message, 'promptops.config.yaml:2:3 server.prot: unknown key, did you mean "port"?');
  assert.match(configError('providers:\n  x:\n    type: openai\n    baseUrl: http://h\n').message, /:4:5 providers\.x\.baseUrl: unknown key, did you mean "base_url"\?/);
  assert.match(configError('providers:\n  my provider:\n    type: demo\n').message, /:2:3 providers\.my provider: expected a name of letters, digits, "_", "-" or "\.", got "my provider"/);
  assert.match(configError('telemetry: true\n').message, /:1:1 telemetry: unknown key, expected one of prompts_dir\|/);
});

test('duplicate keys and YAML syntax errors are reported with their line', () => {
  assert.match(configError('server:\n  port: 1\n  port: 2\n').message, /^promptops\.config\.yaml:3:3 invalid YAML: Map keys must be unique/);
  assert.match(configError('server: [1, 2\n').message, /^promptops\.config\.yaml:2:1 invalid YAML/);
  assert.match(configError('- just\n- a list\n').message, /expected a mapping of settings/);
  assert.equal(configError('server:\n  api_keys: &k [*k]\n').message, 'promptops.config.yaml:2:17 server.api_keys[0]: invalid YAML: an alias refers to the node that contains it');
});

test('a missing environment variable is named; secrets are never echoed', () => {
  const missing = configError('providers:\n  openai:\n    type: openai\n    api_key: ${NOT_SET_ANYWHERE}\n');
  assert.equal(missing.message, 'promptops.config.yaml:4:14 providers.openai.api_key: environment variable NOT_SET_ANYWHERE is not set');
  const wrongType = configError('providers:\n  openai:\n    type: openai\n    api_key: [sk-secret-value]\n');
  assert.doesNotMatch(wrongType.message, /sk-secret-value/);
  assert.match(wrongType.message, /got \(hidden\)/);
});

test('numbers, sizes and cross references are checked', () => {
  assert.match(configError('server:\n  port: 70000\n').message, /server\.port: expected a number <= 65535, got 70000/);
  assert.match(configError('server:\n  body_limit: 12zb\n').message, /server\.body_limit: expected a byte size/);
  assert.match(configError('default_provider: foo\n').message, /:1:19 default_provider: expected the name of a provider defined under providers \(none is\), got "foo"/);
  assert.match(configError('providers:\n  a:\n    type: demo\nmodels:\n  fast: b/x\n').message, /:5:9 models\.fast: expected one of a, got "b"/);
  assert.match(configError('retry:\n  base_delay_ms: 900\n  max_delay_ms: 100\n').message, /retry\.max_delay_ms: expected a number >= base_delay_ms/);
});

test('bad environment overrides name the variable', () => {
  assert.throws(() => loadConfig({ cwd: project(), env: { PORT: 'eighty' } }), { name: 'ConfigError', message: 'environment PORT: expected an integer port between 0 and 65535, got "eighty"' });
  assert.throws(() => loadConfig({ cwd: project(), env: { OPENAI_BASE_URL: 'localhost:8080' } }), /environment OPENAI_BASE_URL: expected an http:\/\/ or https:\/\/ URL/);
});

test('an explicit config file must exist', () => {
  assert.throws(() => loadConfig({ cwd: project(), file: 'nope.yaml', env: {} }), { name: 'ConfigError', message: 'nope.yaml config file not found' });
});

test('the file `promptops init` writes loads to exactly the defaults', () => {
  const withTemplate = loadConfig({ cwd: project(CONFIG_TEMPLATE), env: {} });
  const cwd = project();
  mkdirSync(join(cwd, 'prompts'));
  const withoutFile = loadConfig({ cwd, env: {} });
  assert.deepEqual({ ...withTemplate, source: undefined, promptsDir: undefined, store: undefined }, { ...withoutFile, source: undefined, promptsDir: undefined, store: undefined });
});
