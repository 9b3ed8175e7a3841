// Trains the injection model from the dev sets and writes src/guards/injection/injection-model.json.
// Usage: npm run train:injection [-- --data ../shared/data/injection]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_FILE } from '../src/guards/injection/default-model.js';
import { readInjectionRows } from '../src/guards/injection/training/dataset.js';
import { DEFAULT_TRAIN_OPTIONS, toModelFile, trainInjectionModel } from '../src/guards/injection/training/train-model.js';

const dataArg = process.argv.indexOf('--data');
const dir = dataArg > 0 ? process.argv[dataArg + 1] : '../shared/data/injection';
const rows = [...readInjectionRows(join(dir, 'dev.jsonl'), 'dev'), ...readInjectionRows(join(dir, 'cs-dev.jsonl'), 'cs')];
const t0 = performance.now();
const { model } = trainInjectionModel(rows, DEFAULT_TRAIN_OPTIONS);
const file = toModelFile(model, { 'dev.jsonl': rows.filter((r) => r.set === 'dev').length, 'cs-dev.jsonl': rows.filter((r) => r.set === 'cs').length });
const json = JSON.stringify(file) + '\n';
writeFileSync(MODEL_FILE, json);
console.log(`wrote ${MODEL_FILE.pathname} (${(json.length / 1024).toFixed(0)} KiB) in ${((performance.now() - t0) / 1000).toFixed(1)} s; offset ${file.offset}`);
