import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { forEachCapitalisedRun } from './capitalised-runs.js';

// The regex the scanner replaces, kept as the reference: same runs, split on blanks.
const RUN = /(?<![\p{L}\p{N}_@.])\p{Lu}[\p{L}\p{M}'’-]*\.?(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|(?:van|von|de|der|den|da|di|du|del|la|le|bin|al|ter)(?=[ \t]+\p{Lu})))*/gu;

function byRegex(text: string): Array<Array<[number, number]>> {
  return [...text.matchAll(RUN)].map((m) => [...m[0].matchAll(/\S+/g)].map((p) => [m.index + p.index, m.index + p.index + p[0].length]));
}

function byScanner(text: string): Array<Array<[number, number]>> {
  const runs: Array<Array<[number, number]>> = [];
  forEachCapitalisedRun(text, (starts, ends, count) => {
    runs.push(Array.from({ length: count }, (_, k): [number, number] => [starts[k], ends[k]]));
  });
  return runs;
}

test('runs of capitalised words with particles, initials and sentence ends', () => {
  const text = 'Dear Mr. J. R. Smith, Ludwig van Beethoven met de Gaulle in Paris.Next to café Élise (O’Brien) x@Foo';
  const words = byScanner(text).map((run) => run.map(([s, e]) => text.slice(s, e)));
  assert.deepEqual(words, [['Dear', 'Mr.', 'J.', 'R.', 'Smith'], ['Ludwig', 'van', 'Beethoven'], ['Gaulle'], ['Paris.'], ['Élise'], ['O’Brien']]);
});

test('the scanner finds exactly the runs of the reference regex', () => {
  const alphabet = fc.constantFrom('A', 'b', 'Z', 'é', 'É', 'ß', '𝐀', '\u0301', '1', '²', ' ', '\t', '\n', '.', '-', "'", '’', '_', '@', ',', 'van', 'de', 'der', 'dex', 'Anna');
  fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (text) => {
    assert.deepEqual(byScanner(text), byRegex(text));
  }), { numRuns: 3000 });
});
