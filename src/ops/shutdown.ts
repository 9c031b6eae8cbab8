import type { Logger } from '../logger.ts';

/**
 * Graceful shutdown: on SIGTERM / SIGINT run the steps in the order given (stop taking new work, let
 * in-flight answers finish, stop the cron tick, close the database), each awaited, all within one
 * deadline. A second signal, or the deadline, ends the process at once with a non-zero code.
 */
export interface ShutdownStep {
  readonly name: string;
  run(): Promise<void>;
}

export interface ShutdownReport {
  readonly completed: readonly string[];
  readonly failed: readonly { name: string; error: string }[];
  /** Steps not finished (or not started) when the deadline passed. */
  readonly timedOut: readonly string[];
}

/** Runs the steps in order with one deadline for all of them. Never rejects. */
export async function runShutdownSteps(
  steps: readonly ShutdownStep[],
  options: { logger: Logger; timeoutMs: number },
): Promise<ShutdownReport> {
  const completed: string[] = [];
  const failed: { name: string; error: string }[] = [];
  const deadline = Date.now() + options.timeoutMs;
  for (const [index, step] of steps.entries()) {
    const left = deadline - Date.now();
    if (left <= 0) return { completed, failed, timedOut: steps.slice(index).map((s) => s.name) };
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), left);
    });
    try {
      const outcome = await Promise.race([step.run().then(() => 'done' as const), expired]);
      if (outcome === 'timeout') {
        options.logger.error({ step: step.name, timeoutMs: options.timeoutMs }, 'shutdown deadline passed');
        return { completed, failed, timedOut: steps.slice(index).map((s) => s.name) };
      }
      completed.push(step.name);
      options.logger.info({ step: step.name }, 'shutdown step done');
    } catch (error) {
      failed.push({ name: step.name, error: error instanceof Error ? error.message : String(error) });
      options.logger.error({ err: error, step: step.name }, 'shutdown step failed; continuing');
    } finally {
      clearTimeout(timer);
    }
  }
  return { completed, failed, timedOut: [] };
}

export interface GracefulShutdownOptions {
  readonly logger: Logger;
  readonly timeoutMs: number;
  /** Signals to handle; SIGTERM (docker stop, Kubernetes) and SIGINT (Ctrl-C) by default. */
  readonly signals?: readonly NodeJS.Signals[];
  /** How the process ends; process.exit by default. Tests pass a recorder. */
  readonly exit?: (code: number) => void;
  /** Where signals come from; the process by default. */
  readonly emitter?: Pick<NodeJS.Process, 'on' | 'off'>;
}

/** Installs the handlers; returns a function that removes them. */
export function installGracefulShutdown(
  steps: readonly ShutdownStep[],
  options: GracefulShutdownOptions,
): () => void {
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const emitter = options.emitter ?? process;
  let shuttingDown = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (shuttingDown) {
      options.logger.warn({ signal }, 'second signal during shutdown; exiting now');
      exit(130);
      return;
    }
    shuttingDown = true;
    options.logger.info(
      { signal, steps: steps.map((s) => s.name), timeoutMs: options.timeoutMs },
      'shutting down',
    );
    void runShutdownSteps(steps, options).then((report) => {
      const clean = report.failed.length === 0 && report.timedOut.length === 0;
      options.logger.info({ ...report }, clean ? 'shutdown complete' : 'shutdown incomplete');
      options.logger.flush();
      exit(clean ? 0 : 1);
    });
  };
  for (const signal of signals) emitter.on(signal, onSignal);
  return () => {
    for (const signal of signals) emitter.off(signal, onSignal);
  };
}
