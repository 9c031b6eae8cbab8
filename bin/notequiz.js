#!/usr/bin/env node
// The package's bin runs the compiled JavaScript in dist/ (built by `npm install` and `npm test`, or
// `npm run build`): no transpiler at start-up. `npm run dev -- <command>` runs the TypeScript sources instead.
import { existsSync } from 'node:fs';
import v8 from 'node:v8';

// Memory over peak speed, for a bot that idles most of the day (docs/benchmarks.md has the figures).
// Prisma's query compiler is a large WebAssembly module: V8's optimising tier would compile it a second
// time and keep both (about 45 MB at idle); the baseline tier serves the bot's queries (the answer hot path
// goes straight to the driver). Both flags must be set before any WebAssembly or heap growth happens.
v8.setFlagsFromString('--liftoff-only');
v8.setFlagsFromString('--optimize-for-size');

const entry = new URL('../dist/src/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('notequiz: dist/ is missing: run `npm run build` (or `npm install`) first\n');
  process.exit(1);
}
await import(entry.href);
