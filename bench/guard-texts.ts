import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every dev text of the guards' data sets (injection, customer-service, PII), in file order. */
export function guardDevTexts(dataDir: string): string[] {
  const read = (file: string): string[] => readFileSync(join(dataDir, file), 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text);
  return [...read('injection/dev.jsonl'), ...read('injection/cs-dev.jsonl'), ...read('pii/dev.jsonl')];
}

/** 2 KB customer messages made of consecutive texts. */
export function twoKilobyteMessages(texts: string[]): string[] {
  const messages: string[] = [];
  let current = '';
  for (const text of texts) {
    current += (current ? '\n' : '') + text;
    if (current.length >= 2048) { messages.push(current.slice(0, 2048)); current = ''; }
  }
  return messages;
}
