#!/usr/bin/env node
// `npm run bench`: engine and browser figures with medians over repeated runs (bench/run.ts).
// Options: --save FILE (write the figures as JSON), --compare FILE (ratio per figure against a saved
// run), --quick (fewer repetitions), --engine-only, --browser-only, --no-results (do not rewrite
// bench/RESULTS.md). Not part of `npm test`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../bench/run.ts');
process.exitCode = await main(process.argv.slice(2));
