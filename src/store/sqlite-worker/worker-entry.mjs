// The SQLite worker thread's entry. A worker does not inherit the main thread's TypeScript loader, so it
// registers tsx itself (as bin/notequiz.js does) before loading the worker's code.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./worker-thread.ts', import.meta.url).href);
