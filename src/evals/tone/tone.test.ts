import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyTone, measureTone, normalizeTone, TONE_DEV_SET, TONE_HELD_OUT_SET } from './index.js';

describe('classifyTone', () => {
  it('scores the guide\'s tones in [0, 1], with the phrases that counted', () => {
    const { scores, evidence } = classifyTone(
      "I'm sorry to hear your order hasn't arrived. I understand how frustrating that is. Here's how we can fix it: 1. Check your tracking link.",
    );
    assert.ok(scores.empathetic >= 0.7);
    assert.ok(scores.helpful >= 0.7);
    assert.ok(scores.blaming < 0.3);
    assert.ok(Object.values(scores).every((s) => s >= 0 && s <= 1));
    assert.ok(evidence.empathetic.includes('sorry to hear'));
  });

  it('blame and slang pull professional down', () => {
    const blaming = classifyTone('You should have read the instructions. This is user error, not our problem.');
    assert.ok(blaming.scores.blaming >= 0.7);
    assert.ok(blaming.scores.professional < 0.5);
    assert.ok(classifyTone('lol yeah just restart it dude').scores.professional < 0.3);
  });

  it('is deterministic', () => {
    const text = 'Thank you for contacting us. We will process your refund within 5 business days.';
    assert.deepEqual(classifyTone(text), classifyTone(text));
  });

  it('accepts aliases for expected tones', () => {
    assert.equal(normalizeTone('Polite'), 'professional');
    assert.equal(normalizeTone('sympathetic'), 'empathetic');
    assert.equal(normalizeTone('sarcastic'), undefined);
  });
});

describe('tone classifier accuracy on the labelled replies', () => {
  it('agrees with the labels on the held-out set (figure printed)', () => {
    const dev = measureTone(TONE_DEV_SET);
    const held = measureTone(TONE_HELD_OUT_SET);
    const line = (name: string, m: typeof dev, n: number) =>
      `${name}: ${n} replies x 6 tones, accuracy ${(m.accuracy * 100).toFixed(1)}%, macro-F1 ${m.macroF1.toFixed(2)}`;
    process.stdout.write(`tone ${line('dev', dev, TONE_DEV_SET.length)}\ntone ${line('held-out', held, TONE_HELD_OUT_SET.length)}\n`);
    for (const [tone, { precision, recall }] of Object.entries(held.perTone)) {
      process.stdout.write(`  held-out ${tone.padEnd(12)} precision ${precision.toFixed(2)} recall ${recall.toFixed(2)}\n`);
    }
    // Floors just under the measured figures: a change to the lexicon that makes it worse fails here.
    assert.ok(dev.accuracy >= 0.93, `dev accuracy ${dev.accuracy}`);
    assert.ok(held.accuracy >= 0.85, `held-out accuracy ${held.accuracy}`);
  });
});
