import { readInjectionRows } from '../src/guards/injection/training/dataset.js';
import { DEFAULT_TRAIN_OPTIONS, outOfFoldMargins, prepareRows } from '../src/guards/injection/training/train-model.js';
import { writeFileSync } from 'node:fs';
const rows = [...readInjectionRows('../shared/data/injection/dev.jsonl', 'dev'), ...readInjectionRows('../shared/data/injection/cs-dev.jsonl', 'cs')];
const opt = { ...DEFAULT_TRAIN_OPTIONS, ...JSON.parse(process.argv[2] ?? '{}') };
const oof = outOfFoldMargins(prepareRows(rows, opt.hashBits), opt);
writeFileSync('/tmp/oof.json', JSON.stringify(rows.map((r, i) => ({ ...r, z: oof[i] }))));
