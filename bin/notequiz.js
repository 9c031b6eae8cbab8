#!/usr/bin/env node
// The package's bin runs the compiled JavaScript in dist/ (built by `npm install` and `npm test`, or
// `npm run build`): no transpiler at start-up. `npm run dev -- <command>` runs the TypeScript sources instead.
import { existsSync } from 'node:fs';

const dist = new URL('../dist/src/', import.meta.url);
if (!existsSync(new URL('cli.js', dist))) {
  process.stderr.write('notequiz: dist/ is missing: run `npm run build` (or `npm install`) first\n');
  process.exit(1);
}
// V8's settings first, before any module, WebAssembly or heap growth (src/ops/v8-flags.ts says why).
const flags = await import(new URL('ops/v8-flags.js', dist).href);
flags.preferMemoryOverPeakSpeed();
flags.holdOptimisingCompiler();
await import(new URL('cli.js', dist).href);
