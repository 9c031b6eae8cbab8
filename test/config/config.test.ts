import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { terminalUserName } from '../../adapters/terminal/config.ts';
import { buildConfigReport, formatConfigReport } from '../../src/config/config-report.ts';
import { NOTHING_TO_RUN } from '../../src/config/start-checks.ts';
import {
  type AppConfig,
  ConfigError,
  ENV_NAMES,
  loadConfig,
  loadEnvFileIfPresent,
} from '../../src/config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A platform's settings as loadConfig read them (each platform's descriptor owns its own shape). */
const settingsOf = (config: AppConfig, name: string) => config.platforms.find((p) => p.name === name);

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('loadConfig', () => {
  it('runs on the embedded defaults with nothing set: SQLite file, content/, the terminal chat', () => {
    const config = loadConfig({ USER: 'ann' });
    expect(config.databaseUrl).toBe('file:./data/notequiz.db');
    expect(config.contentDir).toBe('content');
    expect(settingsOf(config, 'terminal')?.config).toMatchObject({ mode: 'auto' });
    expect(settingsOf(config, 'slack')?.configured).toBe(false);
    expect(settingsOf(config, 'discord')?.configured).toBe(false);
    expect(config.port).toBeNull();
    expect(config.dailyPostTime).toBe('09:00');
    expect(config.duelExpiryHours).toBe(24);
    expect(config.suppressAfterReports).toBe(3);
    expect(settingsOf(config, 'terminal')?.config).toMatchObject({ player: 'ann' });
    expect(config.defaultLang).toBeNull();
  });

  it("shows the terminal chat's times in the machine's TZ unless DEFAULT_TIMEZONE says otherwise", () => {
    expect(loadConfig({ TZ: 'Asia/Shanghai' }).terminalTimezone).toBe('Asia/Shanghai');
    expect(loadConfig({ TZ: ':Europe/Berlin' }).terminalTimezone).toBe('Europe/Berlin');
    expect(loadConfig({ TZ: 'not a zone' }).terminalTimezone).toBe('UTC');
    expect(loadConfig({}).terminalTimezone).toBe('UTC');
    const both = loadConfig({ TZ: 'Asia/Shanghai', DEFAULT_TIMEZONE: 'Europe/Berlin' });
    expect([both.terminalTimezone, both.defaultTimezone]).toEqual(['Europe/Berlin', 'Europe/Berlin']);
  });

  it('treats blank lines in .env as unset and parses typed values', () => {
    const config = loadConfig({
      PORT: '9090',
      DEFAULT_TIMEZONE: 'Asia/Shanghai',
      DEFAULT_LANG: 'zh',
      DUEL_EXPIRY_HOURS: '1.5',
      SUPPRESS_AFTER_REPORTS: '0',
      LOG_PRETTY: 'true',
      DATABASE_URL: '  ',
      NOTEQUIZ_PLAYER: '小明',
    });
    expect(config.port).toBe(9090);
    expect(config.defaultTimezone).toBe('Asia/Shanghai');
    expect(config.defaultLang).toBe('zh');
    expect(config.duelExpiryHours).toBe(1.5);
    expect(config.suppressAfterReports).toBe(0);
    expect(config.logPretty).toBe(true);
    expect(config.databaseUrl).toBe('file:./data/notequiz.db');
    expect(settingsOf(config, 'terminal')?.config).toMatchObject({ player: '小明' });
  });

  it('names every malformed variable at once and says what each is for', () => {
    const error = configError({
      PORT: 'eighty',
      DEFAULT_TIMEZONE: 'Mars/Olympus',
      DAILY_POST_TIME: '9am',
      LOG_LEVEL: 'loud',
      SUPPRESS_AFTER_REPORTS: '2.5',
    });
    expect(error.problems.map((p) => p.variable).sort()).toEqual([
      'DAILY_POST_TIME',
      'DEFAULT_TIMEZONE',
      'LOG_LEVEL',
      'PORT',
      'SUPPRESS_AFTER_REPORTS',
    ]);
    expect(error.message).toContain('PORT must be a port number');
    expect(error.message).toContain('DEFAULT_TIMEZONE must be an IANA timezone such as Europe/Berlin');
    expect(error.message).toContain('DAILY_POST_TIME must be a 24-hour local time "HH:MM"');
    expect(error.message).toContain('Port of the operations server');
    expect(error.message).toContain('.env.example');
  });

  it('starts Slack only with a complete set of Slack variables, and says which one is missing', () => {
    const error = configError({ SLACK_BOT_TOKEN: 'xoxb-1-2-topsecretvalue' });
    expect(error.problems.map((p) => p.variable)).toEqual(['SLACK_SIGNING_SECRET']);
    expect(error.message).not.toContain('topsecretvalue');
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-abc' });
    expect(settingsOf(config, 'slack')?.config).toMatchObject({ mode: 'socket' });
  });

  it('starts Discord only with a token and an application id', () => {
    const error = configError({ DISCORD_TOKEN: 'aaa.bbb.ccc' });
    expect(error.problems.map((p) => p.variable)).toEqual(['DISCORD_APPLICATION_ID']);
    const config = loadConfig({ DISCORD_TOKEN: 'aaa.bbb.ccc', DISCORD_APPLICATION_ID: '123456789012345678' });
    expect(settingsOf(config, 'discord')?.config).toMatchObject({ applicationId: '123456789012345678' });
  });

  it('makes a usable terminal name out of $USER', () => {
    expect(terminalUserName('ann smith')).toBe('annsmith');
    expect(terminalUserName(undefined)).toBe('player');
    expect(terminalUserName('!!!')).toBe('player');
  });
});

describe('config check report', () => {
  const atRoot = { stdin: 'tty', cwd: ROOT } as const;

  it('shows what is set, defaulted and missing, and never a secret', async () => {
    const report = await buildConfigReport(
      {
        SLACK_BOT_TOKEN: 'xoxb-1-2-topsecretvalue',
        DATABASE_URL: 'postgresql://quiz:hunter2@db:5432/quiz',
      },
      atRoot,
    );
    expect(report.ok).toBe(false);
    const text = formatConfigReport(report);
    expect(text).not.toContain('topsecretvalue');
    expect(text).not.toContain('hunter2');
    expect(text).toMatch(/set +SLACK_BOT_TOKEN +•••••• \(hidden\)/);
    expect(text).toMatch(/set +DATABASE_URL +postgresql:\/\/quiz:\*\*\*\*@db:5432\/quiz/);
    expect(text).toMatch(/MISSING {2}SLACK_SIGNING_SECRET/);
    expect(text).toMatch(/default {2}CONTENT_DIR +content/);
    expect(text).toContain('The configuration is INVALID.');
  });

  it('says which platforms start', async () => {
    const text = formatConfigReport(await buildConfigReport({ USER: 'ann' }, atRoot));
    expect(text).toContain('Terminal  on (player ann)');
    expect(text).toContain('Slack     off (SLACK_BOT_TOKEN is not set)');
    expect(text).toContain('The configuration is valid.');
  });

  it('refuses what start-up would refuse: no notes, nothing to run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'notequiz-check-'));
    try {
      const problems = async (env: Record<string, string>, stdin: 'tty' | 'input' | 'none' = 'tty') =>
        (await buildConfigReport(env, { stdin, cwd: dir })).problems.map((p) => p.message);
      expect(await problems({})).toEqual([
        'CONTENT_DIR "content" is missing: set CONTENT_DIR to the folder of your Markdown notes',
      ]);
      mkdirSync(path.join(dir, 'empty'));
      expect(await problems({ CONTENT_DIR: 'empty' })).toEqual([
        'CONTENT_DIR "empty" holds no notes (*.md, *.markdown): set CONTENT_DIR to the folder of your Markdown notes',
      ]);
      writeFileSync(path.join(dir, 'empty', 'note.md'), '# Notes\n');
      expect(await problems({ CONTENT_DIR: 'empty' })).toEqual([]);
      // No token, and no terminal: a container's stdin is /dev/null, or the chat is turned off.
      expect(await problems({ CONTENT_DIR: 'empty' }, 'none')).toEqual([NOTHING_TO_RUN]);
      expect(await problems({ CONTENT_DIR: 'empty', NOTEQUIZ_TERMINAL: 'off' })).toEqual([NOTHING_TO_RUN]);
      expect(await problems({ CONTENT_DIR: 'empty' }, 'input')).toEqual([]);
      expect(NOTHING_TO_RUN).not.toContain('\n');
      expect(NOTHING_TO_RUN).toMatch(/SLACK_BOT_TOKEN.*DISCORD_TOKEN.*NOTEQUIZ_TERMINAL/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('values start-up would refuse', () => {
  const refused = (env: Record<string, string>) => configError(env).problems.map((p) => p.message);

  it('refuses a DATABASE_URL with an invalid port or host, a file: with no path, or no scheme', () => {
    expect(refused({ DATABASE_URL: 'postgresql://quiz:hunter2@db:70000/quiz' })[0]).toMatch(
      /^DATABASE_URL "postgresql:\/\/quiz:\*\*\*\*@db:70000\/quiz" is not a valid URL/,
    );
    expect(refused({ DATABASE_URL: 'postgresql://quiz@/quiz' })[0]).toMatch(/names no host|not a valid URL/);
    expect(refused({ DATABASE_URL: 'file:' })[0]).toMatch(/names no file/);
    expect(refused({ DATABASE_URL: '127.0.0.1:5432/quiz' })[0]).toMatch(
      /looks like a server address without its scheme/,
    );
  });

  it('refuses timeouts longer than a timer can wait', () => {
    for (const name of [
      'SHUTDOWN_TIMEOUT_MS',
      'DATABASE_STATEMENT_TIMEOUT_MS',
      'DATABASE_CONNECT_TIMEOUT_MS',
    ]) {
      expect(refused({ [name]: '2147483648' })).toEqual([
        `${name} must be at most 2147483647 (about 24.8 days, the longest a timer can wait)`,
      ]);
      expect(() => loadConfig({ [name]: '2147483647' })).not.toThrow();
    }
  });

  it('refuses a token that is only its prefix', () => {
    expect(refused({ SLACK_BOT_TOKEN: 'xoxb-', SLACK_APP_TOKEN: 'xapp-1-abc' })).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN must be a bot token/),
    ]);
    expect(refused({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-' })).toEqual([
      expect.stringMatching(/^SLACK_APP_TOKEN must be an app-level token/),
    ]);
  });
});

describe('documentation of the variables', () => {
  it('.env.example lists exactly the variables of the schema, each with a description', () => {
    const example = readFileSync(path.join(ROOT, '.env.example'), 'utf8');
    const listed = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual([...ENV_NAMES].sort());
    for (const name of ENV_NAMES) expect(example, name).toMatch(new RegExp(`# [^\\n]+\\n# ${name}=`));
  });

  it('docs/configuration.md documents every variable', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/configuration.md'), 'utf8');
    for (const name of ENV_NAMES)
      expect(doc, name).toMatch(new RegExp(`^\\|\\s*\`${name}\`\\s*\\|.*\\w`, 'm'));
  });
});

describe('.env loading', () => {
  let dir = '';
  afterEach(() => {
    delete process.env.NOTEQUIZ_TEST_FROM_FILE;
    delete process.env.NOTEQUIZ_TEST_PRESET;
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('reads .env when present, without overriding the real environment', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-env-'));
    expect(loadEnvFileIfPresent(dir)).toBeNull();
    writeFileSync(path.join(dir, '.env'), 'NOTEQUIZ_TEST_FROM_FILE=file\nNOTEQUIZ_TEST_PRESET=file\n');
    process.env.NOTEQUIZ_TEST_PRESET = 'environment';
    expect(loadEnvFileIfPresent(dir)).toBe(path.join(dir, '.env'));
    expect(process.env.NOTEQUIZ_TEST_FROM_FILE).toBe('file');
    expect(process.env.NOTEQUIZ_TEST_PRESET).toBe('environment');
  });
});
