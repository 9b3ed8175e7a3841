import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPii } from './detect-pii.js';
import type { PiiType } from './types.js';

const found = (text: string): Array<[PiiType, string]> => detectPii(text).map((e) => [e.type, text.slice(e.start, e.end)]);

test('validated patterns: email, card, IBAN, SSN, IP, secret', () => {
  assert.deepEqual(found('Mail jo@example.com, card 4111 1111 1111 1111.'), [['EMAIL', 'jo@example.com'], ['CREDIT_CARD', '4111 1111 1111 1111']]);
  assert.deepEqual(found('IBAN GB82 WEST 1234 5698 7654 32 please'), [['IBAN', 'GB82 WEST 1234 5698 7654 32']]);
  assert.deepEqual(found('My social is 123-45-6789'), [['SSN', '123-45-6789']]);
  assert.deepEqual(found('my social is 078051120, ref 123456789'), [['SSN', '078051120']]);
  assert.deepEqual(found('login from 203.0.113.7 and 2001:db8::1'), [['IP_ADDRESS', '203.0.113.7'], ['IP_ADDRESS', '2001:db8::1']]);
  assert.deepEqual(found('GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789'), [['SECRET', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789']]);
});

test('lookalikes are not PII: bad Luhn, masked card, version number, placeholder key, order number', () => {
  assert.deepEqual(found('card 4111 1111 1111 1112, ending **** 4242, firmware 10.2.1.4, key sk-xxxxxxxxxxxxxxxxxxxxxxxx, order 2010579962'), []);
});

test('an IPv4 address read out with spaced dots is an IP address, not a phone; with an octet over 255 it is neither', () => {
  assert.deepEqual(found('My router shows 192 . 168 . 1 . 1 on its screen'), [['IP_ADDRESS', '192 . 168 . 1 . 1']]);
  assert.deepEqual(found('Please whitelist 10 . 0 . 0 . 12 for our office.'), [['IP_ADDRESS', '10 . 0 . 0 . 12']]);
  assert.deepEqual(found('It says 300 . 168 . 1 . 1, is that right?'), []);
  assert.deepEqual(found('Call me on 555 . 123 . 4567'), [['PHONE', '555 . 123 . 4567']]);
});

test("a URL's user name and password are no e-mail address: the URL is the URL", () => {
  assert.deepEqual(found('The portal link is https://user:password@host.example.com/path'), [['URL', 'https://user:password@host.example.com/path']]);
  assert.deepEqual(found('Try https://support@host.example.com/tickets or mail support@example.com'), [['URL', 'https://support@host.example.com/tickets'], ['EMAIL', 'support@example.com']]);
});

test('phones are checked by libphonenumber with locale hints', () => {
  assert.deepEqual(found('Call me on +44 20 7946 0958 tomorrow'), [['PHONE', '+44 20 7946 0958']]);
  assert.deepEqual(detectPii('Telefon: 030 12345678', { locales: ['DE'] }).map((e) => e.type), ['PHONE']);
});

test('a Canadian number is parsed under calling code 1 with or without a hint; an unknown hint is ignored', () => {
  // 416 is Toronto's area code: no US number, a valid Canadian one.
  for (const locales of [undefined, ['en-CA'], ['xx-ZZ', 'fr-CA']]) {
    assert.deepEqual(detectPii('Call me at 416 555 0199 please', { locales }).map((e) => e.type), ['PHONE'], String(locales));
  }
});

test('a bracket a phone does not close is a score line, not a phone; "(0)" in a phone is kept', () => {
  assert.deepEqual(found('Rounds: 12 (64-67-70-67 and 3 (68-69-71-70'), []);
  assert.deepEqual(found('Call me on +44 (0)20 7946 0958'), [['PHONE', '+44 (0)20 7946 0958']]);
  assert.deepEqual(found('Reach me at (212) 555-0198 after six'), [['PHONE', '(212) 555-0198']]);
});

test('a date is a birth date only next to a birth cue', () => {
  assert.deepEqual(found('My DOB is 04/20/1958.'), [['DATE_OF_BIRTH', '04/20/1958']]);
  assert.deepEqual(found('It was supposed to arrive on 12/08/2023.'), []);
});

test('names from the name list and cues; addresses with a street suffix', () => {
  assert.deepEqual(found('Hello, this is Malvina. I ordered the router.'), [['PERSON', 'Malvina']]);
  assert.deepEqual(found('Please send it to 2473 Jaunita Shoal, Homenickport, AL 76679.'), [['ADDRESS', '2473 Jaunita Shoal, Homenickport, AL 76679']]);
});

test('addresses run over city, region and UK/US postcodes; a ZIP+4 inside is not a phone', () => {
  assert.deepEqual(found('nothing here at 135 Cassandra Green, North Mildredfield, WA 46728-7450.'), [['ADDRESS', '135 Cassandra Green, North Mildredfield, WA 46728-7450']]);
  assert.deepEqual(found('New address: 6 Mary Street, OX6 4HE.'), [['ADDRESS', '6 Mary Street, OX6 4HE']]);
  assert.deepEqual(found('I live at 211 Allée Charlemagne.'), [['ADDRESS', '211 Allée Charlemagne']]);
  assert.deepEqual(found('Ship to 95718 Mills Path. Telefon: nicht erreichbar'), [['ADDRESS', '95718 Mills Path']]);
});

test('names: possessives and sentence ends are cut; a cue admits rare words as names', () => {
  assert.deepEqual(found("I loved Alice Goldberg's review."), [['PERSON', 'Alice Goldberg']]);
  assert.deepEqual(found('Summary: customer Murl Graham called.'), [['PERSON', 'Murl Graham']]);
});

test("other languages: a greeting, a sentence's pronoun or a noun after an article is no name, a particle after stripped words is no part of one", () => {
  assert.deepEqual(found('Je voudrais changer mon adresse.'), []);
  assert.deepEqual(found('Buongiorno, sono Giulia Bianchi. Vielen Dank und Grüße!'), [['PERSON', 'Giulia Bianchi']]);
  assert.deepEqual(found('Ich bin Dieter Schäfer und habe eine Frage zur Rechnung.'), [['PERSON', 'Dieter Schäfer']]);
  // The same words are names in English company: "Ella" is a Spanish pronoun and a given name.
  assert.deepEqual(found('Ella called about her refund.'), [['PERSON', 'Ella']]);
  assert.deepEqual(found('Please ask Ludwig van Beethoven.'), [['PERSON', 'Ludwig van Beethoven']]);
  // German capitalises the nouns that introduce a name; a title after other words starts one.
  assert.deepEqual(found('Mein Mann Thomas holt das Paket ab.'), [['PERSON', 'Thomas']]);
  assert.deepEqual(found('Lieferung bitte an meine Nachbarin Frau Müller.'), [['PERSON', 'Müller']]);
  assert.deepEqual(found('Park and Mann were precision engineers.'), [['PERSON', 'Mann']]);
  assert.deepEqual(found('Señor Gómez, su pedido está listo. Ik heet Daan.'), [['PERSON', 'Gómez'], ['PERSON', 'Daan']]);
});

test('a PEM private key block is one secret; a public key or certificate is not', () => {
  const key = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7Vx1pQ2bZr9nK3y0mYtq\n-----END RSA PRIVATE KEY-----';
  assert.deepEqual(found(`deploy key:\n${key}\nthanks`), [['SECRET', key]]);
  assert.deepEqual(found('-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----'), []);
});
