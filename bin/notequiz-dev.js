#!/usr/bin/env node
// `npm run dev -- <command>`: the CLI straight from the TypeScript sources through tsx, for working on the
// code without rebuilding dist/ after each edit. Start-up is slower than the compiled bin.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
