/**
 * Start-up: how long `npm start` takes to put the first question on the terminal, and how much memory the
 * bot holds once idle, in the terminal and with Slack (Socket Mode against the offline fake). Each figure
 * stands beside a bare Node process measured in the same run, rounds alternating.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeSlackApi } from '../test/fakes/slack/fake-slack-api.ts';
import type { BenchSection, Figure } from './report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = 5;
/** How long the bot is left alone before its memory is read: long enough for start-up garbage to go. */
const IDLE_MS = 3_000;
/** The reply to `/quiz` is the only thing on stdout (logs go to stderr): its first line is the question. */
const FIRST_QUESTION = /\S.*\n/;
/** A start that has not asked in this long has failed (a slow machine takes seconds, never this). */
const GIVE_UP_MS = 60_000;
const TARGET_FIRST_QUESTION_S = 1.0;
const TARGET_RSS_TERMINAL_MB = 120;
const TARGET_RSS_SLACK_MB = 160;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The environment of a fresh clone: no platform tokens, a new SQLite file, the seed notes. */
function cleanEnv(dbDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(SLACK_|DISCORD_|NOTEQUIZ_|LOG_|PORT$|DATABASE_|CONTENT_DIR$|NODE_OPTIONS$)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, DATABASE_URL: `file:${path.join(dbDir, 'bench.db')}`, ...extra };
}

/** Resident memory of the process's descendant that runs the bot (npm and its shell are not the bot). */
function botRssMb(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = pid, depth = 0; p > 1 && depth < 10; depth++) {
      if (p === rootPid) return true;
      p = parents.get(p) ?? 0;
    }
    return false;
  };
  let largest = 0;
  for (const pid of parents.keys()) {
    if (!isDescendant(pid)) continue;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('notequiz')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      if (rss !== undefined) largest = Math.max(largest, Number(rss) / 1024);
    } catch {
      // Gone.
    }
  }
  return largest;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function stop(child: ChildProcess): Promise<void> {
  // The whole group: npm, its shell and the bot.
  if (child.pid !== undefined && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  await Promise.race([exited(child), sleep(10_000)]);
}

/**
 * `npm start` in the terminal with a piped stdin: seconds to the first question, then idle RSS. Twice on
 * one database: a fresh clone's first start (the migration runs) and a restart (nothing pending).
 */
async function terminalRuns(): Promise<{ fresh: TerminalRun; restart: TerminalRun }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'notequiz-start-'));
  try {
    const fresh = await terminalRun(dir);
    const restart = await terminalRun(dir);
    return { fresh, restart };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface TerminalRun {
  readonly seconds: number;
  readonly rssMb: number;
}

async function terminalRun(dir: string): Promise<TerminalRun> {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: cleanEnv(dir, { NOTEQUIZ_TERMINAL: 'on' }),
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdin?.write('/quiz\n');
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const seconds = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (FIRST_QUESTION.test(out)) resolve((performance.now() - started) / 1000);
    });
    child.once('exit', () => reject(new Error(`npm start ended before a question:\n${out}\n${err}`)));
    setTimeout(() => reject(new Error(`no question after ${GIVE_UP_MS} ms:\n${out}\n${err}`)), GIVE_UP_MS);
  }).catch(async (error: unknown) => {
    await stop(child);
    throw error;
  });
  await sleep(IDLE_MS);
  const rssMb = child.pid === undefined ? 0 : botRssMb(child.pid);
  child.stdin?.end();
  await Promise.race([exited(child), sleep(5_000)]);
  await stop(child);
  return { seconds, rssMb };
}

/** `npm start` with Slack in Socket Mode against the offline fake: idle RSS once connected. */
async function slackRun(): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'notequiz-start-'));
  const slack = await new FakeSlackApi().start();
  try {
    const child = spawn('npm', ['start', '--silent'], {
      cwd: root,
      env: cleanEnv(dir, {
        SLACK_BOT_TOKEN: 'xoxb-bench-token',
        SLACK_APP_TOKEN: 'xapp-bench-token',
        SLACK_API_URL: slack.apiUrl,
        NOTEQUIZ_TERMINAL: 'off',
        PORT: '0',
        LOG_LEVEL: 'warn',
      }),
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    await Promise.race([
      slack.socket.connected(),
      sleep(GIVE_UP_MS).then(() => {
        throw new Error(`Slack did not connect in ${GIVE_UP_MS} ms:\n${err}`);
      }),
      exited(child).then(() => {
        throw new Error(`npm start (Slack) ended before connecting:\n${err}`);
      }),
    ]);
    await sleep(IDLE_MS);
    const rss = child.pid === undefined ? 0 : botRssMb(child.pid);
    await stop(child);
    return rss;
  } finally {
    await slack.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bare process: `node -e 0` to exit, and an idle `node` for its memory. */
async function bareNode(): Promise<{ seconds: number; rssMb: number }> {
  const started = performance.now();
  const once = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await exited(once);
  const seconds = (performance.now() - started) / 1000;
  const idle = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000) // notequiz bench idle'], {
    stdio: 'ignore',
    detached: true,
  });
  await sleep(IDLE_MS);
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${idle.pid}/status`, 'utf8'))?.[1];
  await stop(idle);
  return { seconds, rssMb: Number(rss ?? 0) / 1024 };
}

export default {
  async run(): Promise<BenchSection> {
    // Untimed: the first start migrates nothing that later ones skip (each run has its own new file), but
    // warms the OS file cache for node_modules as a deployed bot's restart would find it.
    await terminalRuns();
    const first: number[] = [];
    const rssTerminal: number[] = [];
    const firstRestart: number[] = [];
    const rssRestart: number[] = [];
    const rssSlack: number[] = [];
    const bareSeconds: number[] = [];
    const bareRss: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const bare = await bareNode();
      bareSeconds.push(bare.seconds);
      bareRss.push(bare.rssMb);
      const t = await terminalRuns();
      first.push(t.fresh.seconds);
      rssTerminal.push(t.fresh.rssMb);
      firstRestart.push(t.restart.seconds);
      rssRestart.push(t.restart.rssMb);
      rssSlack.push(await slackRun());
    }
    const nodeExit = { name: '`node -e 0` to exit', value: median(bareSeconds), unit: 's' };
    const nodeIdle = { name: 'idle bare `node`', value: median(bareRss), unit: 'MB' };
    const spread = (xs: number[], unit: string) =>
      `min ${Math.min(...xs).toFixed(2)} ${unit}, max ${Math.max(...xs).toFixed(2)} ${unit} over ${xs.length} runs`;
    /** A median against its target (at most `limit`), with the spread of the runs beside it. */
    const atMost = (
      name: string,
      xs: number[],
      unit: string,
      baseline: Figure['baseline'],
      limit: number,
    ): Figure => ({
      name,
      value: median(xs),
      unit,
      baseline,
      target: `≤ ${limit} ${unit}`,
      met: median(xs) <= limit,
      note: spread(xs, unit),
    });
    const figures: Figure[] = [
      atMost(
        '`npm start` to the first question (terminal, piped stdin, new SQLite file)',
        first,
        's',
        nodeExit,
        TARGET_FIRST_QUESTION_S,
      ),
      atMost(
        'idle RSS, terminal mode with the seed notes',
        rssTerminal,
        'MB',
        nodeIdle,
        TARGET_RSS_TERMINAL_MB,
      ),
      atMost(
        '`npm start` to the first question, restart (database already migrated)',
        firstRestart,
        's',
        nodeExit,
        TARGET_FIRST_QUESTION_S,
      ),
      atMost(
        'idle RSS, terminal mode, restart (database already migrated)',
        rssRestart,
        'MB',
        nodeIdle,
        TARGET_RSS_TERMINAL_MB,
      ),
      atMost(
        'idle RSS, Slack mode (Socket Mode, offline fake) with the seed notes',
        rssSlack,
        'MB',
        nodeIdle,
        TARGET_RSS_SLACK_MB,
      ),
    ];
    return {
      id: 'startup',
      title: 'Start-up: `npm start` to the first question, idle memory',
      method: `\`npm start\` as a fresh clone runs it (no tokens, a new SQLite file each round, the seed notes in content/), then again on the same file as a restart, stdin a pipe that sends \`/quiz\` at once; time from spawning npm to the first line of the reply (the question) on stdout. Idle RSS is the bot's own process (not npm's) ${IDLE_MS / 1000} s after the first question (terminal) or after Socket Mode connected to the offline fake Slack (test/fakes/slack, NOTEQUIZ_TERMINAL=off). Medians of ${ROUNDS} rounds after one untimed start, alternating with the bare Node baseline (\`node -e 0\` timed to exit; an idle \`node\` for memory).`,
      figures,
    };
  },
};
