import v8 from 'node:v8';

/**
 * V8 settings for a bot that idles most of the day, set by bin/notequiz.js before anything else runs
 * (docs/operations.md; the figures are in docs/benchmarks.md). The sources run through tsx (tests,
 * `npm run dev`) keep V8's defaults.
 */

/**
 * Memory over peak speed, for the whole life of the process. Prisma's query compiler is a large
 * WebAssembly module: V8's optimising tier would compile it a second time and keep both (about 45 MB at
 * idle); the baseline tier serves the bot's queries (the answer hot path goes straight to the driver).
 * Both flags must be set before any WebAssembly or heap growth happens.
 */
export function preferMemoryOverPeakSpeed(): void {
  v8.setFlagsFromString('--liftoff-only');
  v8.setFlagsFromString('--optimize-for-size');
}

/**
 * V8's optimising compiler (TurboFan) waits while the process starts. Loading a few hundred modules makes
 * Node's own path and URL helpers hot enough to be optimised; those compilations cost about 0.15 s of CPU
 * on every start and their code and compiler memory (about 5 MB) stay for the life of the process, for
 * functions that never run again. Building the deck (in its worker) did not get faster with it either:
 * the seed and a 2.4 MB folder of notes took less CPU without it. releaseOptimisingCompiler turns it back
 * on once a command is under way, so the answer path is optimised as it gets hot, as before.
 */
export function holdOptimisingCompiler(): void {
  v8.setFlagsFromString('--no-turbofan');
}

/** Back to V8's default: functions that get hot from now on are optimised. Harmless when never held. */
export function releaseOptimisingCompiler(): void {
  v8.setFlagsFromString('--turbofan');
}
