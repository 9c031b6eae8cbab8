import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import path from 'node:path';
import type { FakeSlackApi } from '../fakes/slack/fake-slack-api.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/notequiz.js');

export const PROCESS_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

/** `notequiz start` as an operator runs it, with Slack in HTTP mode pointed at a fake Web API. */
export interface RunningBot {
  /** http://127.0.0.1:PORT (the Slack port; the events path is /slack/events). */
  readonly slackBase: string;
  /** http://127.0.0.1:PORT of /healthz and /readyz. */
  readonly opsBase: string;
  exited(): boolean;
  stderr(): string;
  logs(): Record<string, unknown>[];
  stop(): Promise<number | null>;
}

export function startSlackBot(
  api: FakeSlackApi,
  dir: string,
  env: Record<string, string> = {},
): Promise<RunningBot> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'start'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      DATABASE_URL: `file:${path.join(dir, 'quiz.db')}`,
      CONTENT_DIR: path.join(ROOT, 'content'),
      PORT: '0',
      NOTEQUIZ_TERMINAL: 'off',
      LOG_LEVEL: 'info',
      INSTANCE_ID: 'attack-test',
      SLACK_BOT_TOKEN: 'xoxb-attack-test',
      SLACK_SIGNING_SECRET: PROCESS_SECRET,
      SLACK_PORT: '0',
      SLACK_HOST: '127.0.0.1',
      SLACK_API_URL: api.apiUrl,
      SLACK_API_RETRIES: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      exitCode = code;
      resolve(code);
    });
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const logs: Record<string, unknown>[] = [];
  let partial = '';
  return new Promise((resolve, reject) => {
    let slackPort: number | null = null;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`notequiz did not start in time; stderr: ${stderr}`));
    }, 90_000);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`notequiz exited with ${code} before it started; stderr: ${stderr}`));
    });
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      partial += chunk;
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        let entry: Record<string, unknown>;
        try {
          entry = JSON.parse(line) as Record<string, unknown>;
        } catch {
          continue;
        }
        logs.push(entry);
        if (entry.msg === 'Slack adapter started') slackPort = Number(entry.port);
        if (entry.msg === 'notequiz started' && slackPort !== null) {
          clearTimeout(timer);
          resolve({
            slackBase: `http://127.0.0.1:${slackPort}`,
            opsBase: `http://127.0.0.1:${Number(entry.opsPort)}`,
            exited: () => exitCode !== undefined,
            stderr: () => stderr,
            logs: () => logs,
            async stop() {
              if (exitCode === undefined) child.kill('SIGTERM');
              return exited;
            },
          });
        }
      }
    });
  });
}

export interface RawAnswer {
  readonly status: number | null;
  /** Set when the connection failed instead of answering. */
  readonly error: string | null;
}

/** One HTTP request exactly as written (any method, path and headers), without a client's opinions. */
export function rawRequest(
  base: string,
  options: {
    method: string;
    path: string;
    headers?: Record<string, string | string[]>;
    body?: string | Buffer;
    /** Sends the body in pieces without a content-length (chunked). */
    chunks?: readonly Buffer[];
  },
): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: options.method,
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? null, error: null }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ status: null, error: error.code ?? 'error' }),
    );
    if (options.chunks !== undefined) {
      for (const chunk of options.chunks) req.write(chunk);
      req.end();
    } else {
      req.end(options.body);
    }
  });
}
