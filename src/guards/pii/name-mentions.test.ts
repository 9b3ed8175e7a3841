import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPii } from './detect-pii.js';

const persons = (text: string): string[] => detectPii(text).filter((e) => e.type === 'PERSON').map((e) => text.slice(e.start, e.end));

test('a name found once is found again where one of its words stands alone', () => {
  assert.deepEqual(persons('My name is Aantje Mourik but everyone calls me Aantje'), ['Aantje Mourik', 'Aantje']);
  assert.deepEqual(persons('a film directed by Wacława Adamska and starring Adamska'), ['Wacława Adamska', 'Adamska']);
  // An ordinary word of the name does not make every other use of it a person.
  assert.deepEqual(persons('My name is Grace Park, I live near Central Park'), ['Grace Park']);
});

test('speakers of a dialogue, and a speaker whose words are quoted', () => {
  assert.deepEqual(persons('Éva: What a wife.\nMegan: Remember me?'), ['Éva', 'Megan']);
  assert.deepEqual(persons('Gijsbrecht: "Who are you?"'), ['Gijsbrecht']);
  // Field labels are words, or come alone.
  assert.deepEqual(persons('Subject: Refund\nNote: Thanks'), []);
  assert.deepEqual(persons('Betreff: Rückerstattung\nDatum: 12.03.2024'), []);
  assert.deepEqual(persons('Megan: Remember me?\nNote: Thanks for the call.'), ['Megan']);
  assert.deepEqual(persons('Hinweis: Bitte vor 12 Uhr liefern.\nPs: Ich bin nicht da.'), []);
});
