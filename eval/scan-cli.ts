// A minimal `promptops` with only the scan command, for the scan tests and for scoring by outside tools
// before the full CLI is built: node --import tsx eval/scan-cli.ts scan --jsonl < in.jsonl
import { Command } from 'commander';
import { registerScanCommand } from '../src/cli/commands/scan.js';

const program = new Command('promptops');
registerScanCommand(program);
await program.parseAsync(process.argv);
