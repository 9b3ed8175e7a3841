import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cardBrandValid, ibanValid, luhnValid, ssnValid } from './validators.js';

test('Luhn and card brands', () => {
  assert.equal(luhnValid('4111111111111111'), true);
  assert.equal(luhnValid('4111111111111112'), false);
  assert.equal(cardBrandValid('4111111111111111'), true);
  assert.equal(cardBrandValid('378282246310005'), true); // Amex
  assert.equal(cardBrandValid('9111111111111111'), false);
});

test('IBAN mod-97 and length per country', () => {
  assert.equal(ibanValid('GB82WEST12345698765432'), true);
  assert.equal(ibanValid('DE89370400440532013000'), true);
  assert.equal(ibanValid('GB82WEST12345698765431'), false);
  assert.equal(ibanValid('GB82WEST1234569876543'), false);
});

test('SSN area, group and serial rules', () => {
  assert.equal(ssnValid('123', '45', '6789'), true);
  assert.equal(ssnValid('000', '45', '6789'), false);
  assert.equal(ssnValid('666', '45', '6789'), false);
  assert.equal(ssnValid('912', '45', '6789'), false);
  assert.equal(ssnValid('123', '00', '6789'), false);
});
