// Prints the guard evaluation tables on the dev sets. Usage:
//   npm run eval:guards [-- --data ../shared/data] [--no-cv]
// CV rows retrain the model per fold (a few minutes); --no-cv prints the rest in seconds.
import { join } from 'node:path';
import { evalInjection } from './lib/eval-injection.js';
import { evalPii } from './lib/eval-pii.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dataDir = arg('--data') ?? '../shared/data';
const withCv = !process.argv.includes('--no-cv');

console.log('## Prompt injection (threshold: shipped offset; FPR-hard = false positives on hard negatives)');
console.log(evalInjection(join(dataDir, 'injection'), withCv));

console.log('\n## PII (shared/data/pii/score.mjs; the detector has no trained parameters: rules, validators, name lists)');
console.log(await evalPii(join(dataDir, 'pii')));
