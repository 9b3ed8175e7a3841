import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { CUE, nameCueBefore, NO_CUE, STRONG_CUE } from './name-cues.js';

// The forward regexes the reversed ones replace, kept as the reference.
const STRONG_ALTERNATIVES = String.raw`(?:hey|hi|hello) it(?:'|’)?s|my name is|name is|this is|i am|i'm|dear|hi|hello|hallo|hier ist|je suis|je m'appelle|ich bin|ich heiße|me llamo|mi chiamo|mi nombre es|mein name ist|mon nom est|mijn naam is|il mio nome è|ik ben|ik heet|me chamo|chamo-me|sono|signed,?|cordialement,?|atentamente,?|saludos,?|cordiali saluti,?|grüße,?|grüßen,?|groeten,?|bien à vous,?|regards,?|thanks,?|name\s*[:=?]|customer\s*[:=]?|name on (?:the )?card|card ?holder|меня зовут|мене звати|мо[её] имя|моє ім['’]я|с уважением,?|з повагою,?|уважаемый|уважаемая|шановний|шановна|здравствуйте|привет|добрый день|имя\s*[:=]|фио\s*[:=]`;
const FORWARD_STRONG = new RegExp(`(?:(?:my|our|his|her) (?:daughter|son|wife|husband|mother|father|brother|sister|friend|partner|kid|child|mom|dad)|${STRONG_ALTERNATIVES})[\\s,:"']*$`, 'i');
const FORWARD_CUE = new RegExp(`(?:${STRONG_ALTERNATIVES}|hey|cheers,?|sincerely,?|verify me\\s*:|account holder|holder|spoke (?:to|with)|assistant to|contact\\s*[:=]?|from|by|with|called|named|agent|call me|calls me|known as|says|said|wife|husband|son|daughter|mother|father|brother|sister|friend|colleague|manager|partner|kid|child|mom|dad|for|and|cc\\s*:|attn\\s*:?|(?:change|update|correct) (?:it|my name|the name) to|(?:^|\\n)--\\s*|клиент|клиентка)[\\s,:"']*$`, 'i');

function reference(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 30), start);
  if (FORWARD_STRONG.test(before)) return STRONG_CUE;
  return FORWARD_CUE.test(before) ? CUE : NO_CUE;
}

test('introductions and sign-offs are strong cues, relations are cues', () => {
  assert.equal(nameCueBefore('Hello, my name is Ann', 18), STRONG_CUE);
  assert.equal(nameCueBefore('Kind regards,\n\nAnn', 15), STRONG_CUE);
  assert.equal(nameCueBefore('I spoke with Ann', 13), CUE);
  assert.equal(nameCueBefore('\n-- \nAnn', 5), CUE);
  assert.equal(nameCueBefore('The weather in Paris', 15), NO_CUE);
  // A form's question answered with the name: "What's your last name? Ann".
  assert.equal(nameCueBefore("What's your last name? Ann", 23), STRONG_CUE);
});

test('the reversed regexes agree with the forward ones', () => {
  const pieces = fc.constantFrom('my name is', 'name', 'is', 'I AM', "i'm", 'dear', 'hi', 'Hey', 'hier ist', 'je suis', "je m'appelle", 'ich heiße', 'thanks', 'regards', 'sincerely', 'customer', 'verify me', '?', 'account holder', 'spoke to', 'assistant to', 'contact', 'from', 'by', 'with', 'named', 'son', 'mom', 'daughter', 'my', 'our', 'its', "it's", 'call me', 'and', 'cc', 'attn', '--', 'sono', 'me chamo', 'card', 'holder', 'change it to', 'меня зовут', 'с уважением', 'имя', 'клиент', ' ', '  ', '\n', ',', ':', '=', '"', "'", 'x', 'ab', 'é', '\u{1d400}');
  fc.assert(fc.property(fc.array(pieces, { maxLength: 14 }).map((a) => a.join('')), fc.nat(), (text, k) => {
    const start = text.length === 0 ? 0 : k % (text.length + 1);
    assert.equal(nameCueBefore(text, start), reference(text, start));
  }), { numRuns: 5000 });
});
