// `promptops serve` from source, for bench/gateway.ts (bin/promptops.js runs the same CLI from dist/).
import { main } from '../src/cli/main.js';

await main(process.argv);
