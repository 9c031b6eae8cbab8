// Starts the chart worker from the TypeScript sources (the bot run through tsx, or the tests). A worker
// thread does not inherit the loader that bin/notequiz.js registers in code, and on Node 20 a loader given
// with --import in the worker's execArgv does not apply to it, so it registers tsx itself, then loads the
// entry that chart-worker.ts named. Compiled to JavaScript, the bot starts chart-worker-entry.js directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
