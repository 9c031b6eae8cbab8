import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { type RunningNotequiz, startNotequiz } from '../../src/main.ts';
import { type FakeGuild, nextSnowflake, PERMISSIONS } from '../fakes/discord/discord-fixtures.ts';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';
import { sendCommand, visibleText } from '../fakes/discord/fake-interactions.ts';
import { fakeClock } from '../fakes/fake-clock.ts';

const note = (prompt: string) => `# Shell

## ${prompt}

It sends a signal to a process, \`SIGTERM\` by default.

## How do you list running processes?

With \`ps aux\`.
`;

/** main wired to Discord (a local fake): what an operator's configuration changes for people in chat. */
describe('startNotequiz with Discord', () => {
  let dir = '';
  let fake: FakeDiscord | null = null;
  let app: RunningNotequiz | null = null;
  afterEach(async () => {
    await app?.shutdown();
    await fake?.close();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('schedules with DAILY_POST_TIME / DAILY_CLOSE_TIME and keeps a question through a typo-fix reload', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'notequiz-main-discord-'));
    const notes = path.join(dir, 'notes');
    const file = path.join(notes, 'shell.md');
    mkdirSync(notes);
    writeFileSync(file, note('Waht does the `kill` comand do?'));
    const guild: FakeGuild = {
      id: nextSnowflake(),
      name: 'Team Notes',
      preferredLocale: 'en-US',
      channels: [{ id: nextSnowflake(), name: 'general' }],
    };
    fake = await FakeDiscord.start({ guilds: [guild] });
    const config = loadConfig({
      DATABASE_URL: `file:${path.join(dir, 'quiz.db')}`,
      CONTENT_DIR: notes,
      PORT: '0',
      LOG_LEVEL: 'silent',
      INSTANCE_ID: 'test-main-discord',
      NOTEQUIZ_TERMINAL: 'off',
      DAILY_POST_TIME: '07:15',
      DAILY_CLOSE_TIME: '15:45',
      DISCORD_TOKEN: 'MTA.fake.token',
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    });
    app = await startNotequiz(
      config,
      {
        input: new PassThrough(),
        output: new PassThrough(),
        errorOutput: new PassThrough(),
        interactive: false,
      },
      // Outside the 07:15-15:45 window it sets, so no daily post lands in the channel mid-test.
      { handleSignals: false, clock: fakeClock('2026-03-02T03:00:00Z') },
    );
    const channel = guild.channels[0];
    if (channel === undefined) throw new Error('no channel');
    const running = fake;
    const admin = async (sub: string, options: { name: string; type: number; value: string }[] = []) =>
      visibleText(
        (
          await running.callbackOf(
            sendCommand(
              running,
              {
                guild,
                channel,
                user: { id: nextSnowflake(), username: 'ada' },
                permissions: PERMISSIONS.manager,
              },
              'quiz-admin',
              [{ name: sub, type: 1, options }],
            ).id,
          )
        ).data,
      );

    expect(await admin('schedule', [{ name: 'timezone', type: 3, value: 'Europe/Berlin' }])).toContain(
      'posted 07:15, revealed 15:45 (Europe/Berlin)',
    );

    writeFileSync(file, note('What does the `kill` command do?'));
    const reloaded = await admin('reload');
    expect(reloaded).toMatch(/\b0 added, [1-9]\d* updated, 0 retired/);
  }, 120_000);
});
