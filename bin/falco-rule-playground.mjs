#!/usr/bin/env node
// Launcher: lets Node run the TypeScript sources directly (tsx's ESM loader), then hands over to
// the CLI's subcommand dispatcher.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
