// Prints the guard evaluation tables on the dev sets. Usage:
//   npm run eval:guards [-- --data ../shared/data] [--no-cv] [--only injection|pii] [--errors]
// CV rows retrain the model per fold (a few minutes); --no-cv prints the rest in seconds.
import { join } from 'node:path';
import { evalInjection } from './lib/eval-injection.js';
import { evalPii, evalPiiChallenge } from './lib/eval-pii.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dataDir = arg('--data') ?? '../shared/data';
const withCv = !process.argv.includes('--no-cv');
const only = arg('--only');
if (only !== undefined && only !== 'injection' && only !== 'pii') throw new Error(`--only: expected "injection" or "pii", got "${only}"`);

if (only !== 'pii') {
  console.log('## Prompt injection (threshold: shipped offset, but per held-out family in the LOSO row; FPR-hard = false positives on hard negatives)');
  console.log(evalInjection(join(dataDir, 'injection'), withCv));
}

if (only !== 'injection') {
  console.log('\n## PII (shared/data/pii/score.mjs; the detector has no trained parameters: rules, validators, name lists)');
  console.log(await evalPii(join(dataDir, 'pii')));
  console.log('\n## PII challenge set (src/guards/pii/challenge.fixture.ts: other locales, obfuscations, negatives; URL included)');
  console.log(await evalPiiChallenge(join(dataDir, 'pii'), process.argv.includes('--errors')));
}
