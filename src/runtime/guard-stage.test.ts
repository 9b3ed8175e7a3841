import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createGuardStage } from './guard-stage.js';

const policy = { injection: 'flag', pii: 'pseudonymize', maxInputLength: 4000 } as const;

test('PII in a user turn is replaced by placeholders, and restore puts the values back in the answer', () => {
  const guards = createGuardStage();
  const checked = guards.checkInput({}, [{ role: 'user', content: 'I am Margaret Thornton, write to margaret@example.com' }], policy);
  const sent = checked.conversation[0].content;
  assert.doesNotMatch(sent, /Margaret|margaret@example\.com/);
  assert.deepEqual(checked.report.pii, ['EMAIL', 'PERSON']);
  const placeholder = /<PERSON_\d+>/.exec(sent)![0];
  assert.equal(checked.restore!(`Thank you, ${placeholder}.`), 'Thank you, Margaret Thornton.');
});

test('a request with nothing pseudonymised has nothing to restore', () => {
  const guards = createGuardStage();
  const checked = guards.checkInput({}, [{ role: 'user', content: 'Where is order 1234? It has not arrived.' }], policy);
  assert.equal(checked.conversation[0].content, 'Where is order 1234? It has not arrived.');
  assert.equal(checked.restore, undefined);
});

test("a conversation keeps its placeholders across turns, so a later turn's answer is restored too", () => {
  const guards = createGuardStage();
  const first = guards.checkInput({}, [{ role: 'user', content: 'My name is Margaret Thornton.' }], policy, 'conv-1');
  const placeholder = /<PERSON_\d+>/.exec(first.conversation[0].content)![0];
  const later = guards.checkInput({}, [{ role: 'user', content: 'Any news on my refund?' }], policy, 'conv-1');
  assert.equal(later.restore!(`Yes, ${placeholder}.`), 'Yes, Margaret Thornton.');
});
