import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import type { FromInstance, ToInstance } from './instance-child.ts';

const CHILD = path.join(import.meta.dirname, 'instance-child.ts');

/** One bot process (instance-child.ts) as the parent sees it. */
export interface BotInstance {
  readonly name: string;
  /** http://127.0.0.1:PORT of its Slack HTTP receiver (events path /slack/events). */
  readonly slackBase: string;
  /** Sets its fake clock. */
  setTime(at: Date | string): Promise<void>;
  /** One scheduler pass at its clock's time. */
  tick(): Promise<Extract<FromInstance, { kind: 'ticked' }>>;
  /** Its log lines (JSON) so far. */
  logs(): Record<string, unknown>[];
  stop(): Promise<number | null>;
}

/**
 * Starts a bot process with `env` (the same variables `notequiz start` reads) and resolves once it is up.
 * Runs from the TypeScript sources (tsx), so no build is needed. LOG_LEVEL must keep info lines: the Slack
 * port is read from the adapter's "started" line.
 */
export function startInstance(name: string, env: Record<string, string>): Promise<BotInstance> {
  const child: ChildProcess = fork(CHILD, [], {
    execArgv: ['--import', 'tsx'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NOTEQUIZ_TERMINAL: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  let partial = '';
  let slackPort: number | null = null;
  let portKnown: () => void = () => {};
  const portLogged = new Promise<void>((resolve) => {
    portKnown = resolve;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    partial += chunk;
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === 'Slack adapter started') {
          slackPort = Number(entry.port);
          portKnown();
        }
      } catch {
        // not a log line
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitFor = <K extends FromInstance['kind']>(kind: K): Promise<Extract<FromInstance, { kind: K }>> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: FromInstance): void => {
        if (message.kind !== kind) return;
        child.off('message', onMessage);
        resolve(message as Extract<FromInstance, { kind: K }>);
      };
      child.on('message', onMessage);
      void exited.then((code) => {
        child.off('message', onMessage);
        reject(new Error(`instance ${name} exited (${code}) while waiting for "${kind}": ${stderr}`));
      });
    });
  const ask = <K extends FromInstance['kind']>(message: ToInstance, kind: K) => {
    const answer = waitFor(kind);
    child.send(message);
    return answer;
  };
  // The IPC message and the log line travel on different pipes: either may arrive first.
  return Promise.all([waitFor('ready'), Promise.race([portLogged, exited])]).then(() => {
    if (slackPort === null) throw new Error(`instance ${name} did not log its Slack port: ${stderr}`);
    return {
      name,
      slackBase: `http://127.0.0.1:${slackPort}`,
      setTime: async (at) => {
        await ask({ kind: 'time', at: new Date(at).toISOString() }, 'time');
      },
      tick: () => ask({ kind: 'tick' }, 'ticked'),
      logs: () => logs,
      async stop() {
        if (child.exitCode !== null || !child.connected) return child.exitCode;
        child.send({ kind: 'stop' } satisfies ToInstance);
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        const code = await exited;
        clearTimeout(timer);
        return code;
      },
    };
  });
}
