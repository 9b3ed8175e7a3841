import { summarizeProfile } from './gateway-profile.js';
import { readdirSync } from 'node:fs';
const dir = process.argv[2]; const f = readdirSync(dir).filter(x => x.endsWith('.cpuprofile')).map(x => `${dir}/${x}`)[0];
const s = summarizeProfile(f, Number(process.argv[3] ?? 30));
console.log(s.busyMs, s.totalMs);
for (const a of s.areas) console.log(a.ms.toFixed(0).padStart(6), a.name);
for (const a of s.functions) console.log(a.ms.toFixed(0).padStart(6), a.name);
