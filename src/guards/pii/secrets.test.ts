import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectSecrets } from './secrets.js';
import type { PiiEntity } from './types.js';

const secrets = (text: string): string[] => {
  const out: PiiEntity[] = [];
  detectSecrets(text, out);
  return out.map((e) => text.slice(e.start, e.end));
};

test('passwords, passcodes and PINs in context: the value only', () => {
  assert.deepEqual(secrets('password: hunter2'), ['hunter2']);
  assert.deepEqual(secrets('db pwd=S3cr3t!x'), ['S3cr3t!x']);
  assert.deepEqual(secrets('my passcode 4471'), ['4471']);
  assert.deepEqual(secrets('my PIN is 9381.'), ['9381']);
  assert.deepEqual(secrets('Das Passwort ist Sommer2024!'), ['Sommer2024!']);
});

test('ordinary sentences about passwords are not secrets', () => {
  assert.deepEqual(secrets('If this was not you, reset your password.'), []);
  assert.deepEqual(secrets('my password is incorrect and the password field is empty'), []);
  assert.deepEqual(secrets('How can I request a new credit card pin ?'), []);
  assert.deepEqual(secrets('password: ********'), []);
});

test('bearer tokens and more issuers\' prefixes', () => {
  assert.deepEqual(secrets('Authorization: Bearer a8f7d6e5c4b3a2918273645546372819'), ['a8f7d6e5c4b3a2918273645546372819']);
  assert.deepEqual(secrets('curl -H "Authorization: Bearer sk-A5o5KNUzC5RNLW4zzwprwZQRW"'), ['sk-A5o5KNUzC5RNLW4zzwprwZQRW']);
  assert.deepEqual(secrets('GITLAB_TOKEN=glpat-Zq8vR2mKx7LbT4wNc9Yd'), ['glpat-Zq8vR2mKx7LbT4wNc9Yd']);
  assert.deepEqual(secrets('HF token 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'), ['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']);
  assert.deepEqual(secrets('Authorization: Bearer YOUR_API_KEY_HERE_0123456789'), []);
});

test('a token holding a run of counting digits is a secret; a value of nothing else is a placeholder', () => {
  assert.deepEqual(secrets('Our bot uses xoxb-1234567890-9876543210-AbCdEfGhIjKlMnOpQrStUvWx, can you check it?'), ['xoxb-1234567890-9876543210-AbCdEfGhIjKlMnOpQrStUvWx']);
  assert.deepEqual(secrets('api_key=Q7f1234567890zRt9KmW2pLx'), ['Q7f1234567890zRt9KmW2pLx']);
  assert.deepEqual(secrets('key sk-12345678901234567890, SLACK_TOKEN=xoxb-1234567890-1234567890, password: 1234567890'), []);
  assert.deepEqual(secrets('Put sk-xxxxxxxxxxxxxxxxxxxxxxxx or YOUR_API_KEY in .env, token: <token>'), []);
});

test('the password of a connection string, not a variable standing for it', () => {
  assert.deepEqual(secrets('DATABASE_URL=postgres://admin:S3cr3tPa55@db.internal:5432/prod'), ['S3cr3tPa55']);
  assert.deepEqual(secrets('redis://:hunter2xyz@cache:6379'), ['hunter2xyz']);
  assert.deepEqual(secrets('mongodb://app:${DB_PASSWORD}@mongo/app and https://user:password@host.example'), []);
});

test('a value under a key\'s name is a secret when it is long and mixes letters and digits', () => {
  assert.deepEqual(secrets('secret: Zx9vQ2mP7rT4kL8nW3yB6cF1hJ5dG0sA'), ['Zx9vQ2mP7rT4kL8nW3yB6cF1hJ5dG0sA']);
  assert.deepEqual(secrets('api_key=9f8e7d6c5b4a39281706f5e4d3c2b1a0'), ['9f8e7d6c5b4a39281706f5e4d3c2b1a0']);
  assert.deepEqual(secrets('auth token = "a1b2c3d4e5f6g7h8i9j0"'), ['a1b2c3d4e5f6g7h8i9j0']);
  assert.deepEqual(secrets('my order token: 12345, and the token is in the drawer'), []);
  assert.deepEqual(secrets('api_key: your-api-key-goes-here-0001'), []);
});
