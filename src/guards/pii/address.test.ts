import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectAddresses } from './address.js';
import { detectPii } from './detect-pii.js';

// Invented addresses in formats beyond the common "12 Main Street, City" (each rule has a sample here).
const addresses = (text: string): string[] => {
  const out: Parameters<typeof detectAddresses>[1] = [];
  detectAddresses(text, out);
  return out.map((e) => text.slice(e.start, e.end));
};

test('Hungarian order: street type after the name, a dot after the number, unit and place after', () => {
  assert.deepEqual(addresses('Ship it to Petőfi Sándor utca 12. Apt. 4, Szeged, Hungary 6720 please'), ['Petőfi Sándor utca 12. Apt. 4, Szeged, Hungary 6720']);
  assert.deepEqual(addresses('We met on Kossuth tér 3. last year'), ['Kossuth tér 3']);
  assert.deepEqual(addresses('He lives at Baross u. 15.'), ['Baross u. 15']);
});

test('a region on its own line starting with the comma, and a country before the postcode', () => {
  assert.deepEqual(addresses('Deliver to 48 Oakfield Road\nRiverton\n, QX\n Norland 40412'), ['48 Oakfield Road\nRiverton\n, QX\n Norland 40412']);
});

test('a building number before a French street number', () => {
  assert.deepEqual(addresses('Envoyez à 310 27 rue des Lilas, 69003 Lyon'), ['310 27 rue des Lilas, 69003 Lyon']);
});

test('a street named without a number after "on"', () => {
  assert.deepEqual(addresses('the bakery on Willow Brook Road closes early'), ['Willow Brook Road']);
  assert.deepEqual(addresses('turn the lights on The Road Ahead'), []);
});

test('military addresses in lower case and with non-ASCII ship names', () => {
  assert.deepEqual(addresses('send it to psc 1234, box 5678\napo ae 09001'), ['psc 1234, box 5678\napo ae 09001']);
  assert.deepEqual(addresses('USNS Ørsted\nFPO AP 96601'), ['USNS Ørsted\nFPO AP 96601']);
});

test('a quoted address block: the unit line and the "Country postcode" line are addresses of their own', () => {
  const text = '> Jane Doe\n> 77 Harbour View\n> Suite 5\n> Lakeside\n> Norland 40412\n> thanks';
  assert.deepEqual(addresses(text), ['77 Harbour View', 'Suite 5', 'Norland 40412']);
  // Without a quote mark the lines are one address, found as such.
  assert.deepEqual(addresses('77 Harbour View\nSuite 5\nnext line: hello 3'), ['77 Harbour View\nSuite 5']);
});

test('an intersection is one address, the words "the corner of" included; a room\'s corner is none', () => {
  assert.deepEqual(addresses('Meet me at the corner of Elm Street and 5th Avenue tonight'), ['the corner of Elm Street and 5th Avenue']);
  // The street found inside on its own gives way to the whole intersection in detectPii.
  const text = 'it is the corner of Vestergade 12 and Lindholm Park? ok';
  assert.deepEqual(detectPii(text).map((e) => [e.type, text.slice(e.start, e.end)]), [['ADDRESS', 'the corner of Vestergade 12 and Lindholm Park']]);
  assert.deepEqual(addresses('in the corner of the room and the hall'), []);
});

test('Turkish order: the street type after the name, "No:" before the number', () => {
  assert.deepEqual(addresses('Adres: Atatürk Bulvarı 123, Çankaya, Ankara'), ['Atatürk Bulvarı 123, Çankaya, Ankara']);
  assert.deepEqual(addresses('Ship to: Bağdat Caddesi No:45 please'), ['Bağdat Caddesi No:45']);
});

test('Russian order: street, "д." house, "кв." flat, city and postcode, either way round', () => {
  assert.deepEqual(addresses('Адрес: ул. Тверская, д. 7, кв. 12, Москва, 125009'), ['ул. Тверская, д. 7, кв. 12, Москва, 125009']);
  assert.deepEqual(addresses('125009, Москва, ул. Тверская, д. 7, кв. 12'), ['125009, Москва, ул. Тверская, д. 7, кв. 12']);
  assert.deepEqual(addresses('Я живу на ул. Ленина, д. 5. Спасибо!'), ['ул. Ленина, д. 5']);
});

test('two patterns that each see part of one address give one address', () => {
  assert.deepEqual(addresses('Mannerheimintie 12 B 5, 00100 Helsinki'), ['Mannerheimintie 12 B 5, 00100 Helsinki']);
});

test('a quarter after the street type and a post-office box keep the unit, city, state and ZIP after them', () => {
  assert.deepEqual(addresses('Ship to 1600 Pennsylvania Ave NW, Apt 4B, Washington, DC 20500 please'), ['1600 Pennsylvania Ave NW, Apt 4B, Washington, DC 20500']);
  assert.deepEqual(addresses('Mail it to PO Box 1234, Anchorage, AK 99501.'), ['PO Box 1234, Anchorage, AK 99501']);
  assert.deepEqual(addresses('P.O. Box 104, and then we left'), ['P.O. Box 104']);
});
