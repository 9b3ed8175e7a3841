import { readFileSync } from 'node:fs';
import { detectPatterns } from '../src/guards/pii/patterns.js';
import { detectPhones } from '../src/guards/pii/phone.js';
import { detectDob } from '../src/guards/pii/dob.js';
import { detectAddresses } from '../src/guards/pii/address.js';
import { detectPersons } from '../src/guards/pii/person.js';
import { detectInjection } from '../src/guards/injection/index.js';
const rows = readFileSync('../shared/data/pii/dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
const fns: Record<string, (t: string, o: any[]) => void> = { detectPatterns, detectPhones: (t, o) => detectPhones(t, o), detectDob, detectAddresses, detectPersons, inj: (t) => detectInjection(t) };
for (const [n, f] of Object.entries(fns)) { f('warm up John Smith', []); const t0 = performance.now(); for (const r of rows) f(r, []); console.log(n, (performance.now() - t0).toFixed(0), 'ms'); }
