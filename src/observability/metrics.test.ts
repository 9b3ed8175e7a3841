import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMetrics, observeExecution } from './index.js';

test('exports the guide\'s four metrics labelled by prompt, version, model and status', async () => {
  const metrics = createMetrics();
  observeExecution(metrics, {
    prompt: 'customer-service', version: '1.1.0', model: 'demo', status: 'ok', latencyMs: 42,
    usage: { inputTokens: 120, outputTokens: 30 }, quality: 0.9,
  });
  observeExecution(metrics, {
    prompt: 'customer-service', version: '1.1.0', model: 'gpt-4o-mini', status: 'error', latencyMs: 5,
    usage: { inputTokens: 0, outputTokens: 0 }, errorKind: 'upstream_failed',
  });
  const text = await metrics.render();
  assert.match(text, /# TYPE prompt_response_time_seconds histogram/);
  assert.match(text, /prompt_response_time_seconds_bucket\{le="0.05",prompt="customer-service",version="1.1.0",model="demo",status="ok"\} 1/);
  assert.match(text, /prompt_tokens_used_total\{prompt="customer-service",version="1.1.0",model="demo",status="ok",type="input"\} 120/);
  assert.match(text, /prompt_quality_score\{prompt="customer-service",version="1.1.0",model="demo",status="ok"\} 0.9/);
  assert.match(text, /prompt_errors_total\{prompt="customer-service",version="1.1.0",model="gpt-4o-mini",status="error",error="upstream_failed"\} 1/);
});
