import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../adapters/discord/command-definitions.ts';
import { registerDiscordCommands } from '../../adapters/discord/register-commands.ts';
import { nextSnowflake } from '../fakes/discord/discord-fixtures.ts';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';

describe('notequiz discord register', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  const config = (devGuildId?: string) => ({
    token: 'MTA.fake.token',
    applicationId: fake.applicationId,
    apiUrl: fake.apiUrl,
    devGuildId,
    dailyChannelId: undefined,
  });

  it('registers every command in one server, within Discord’s rules for names and descriptions', async () => {
    const guildId = nextSnowflake();
    expect(await registerDiscordCommands(config(), { guildId })).toEqual({ scope: 'guild', count: 7 });
    const saved = fake.commands.get(`guild:${guildId}`) ?? [];
    expect(saved.map((c) => (c as { name: string }).name).sort()).toEqual(
      ['challenge', 'daily', 'leaderboard', 'quiz', 'quiz-admin', 'report', 'stats'].sort(),
    );
    expect(fake.violations).toEqual([]);
    expect(JSON.stringify(saved)).not.toContain('"contexts"');
  });

  it('uses DISCORD_DEV_GUILD_ID unless told global, and global commands are server-only', async () => {
    const dev = nextSnowflake();
    expect((await registerDiscordCommands(config(dev))).scope).toBe('guild');
    expect(fake.commands.has(`guild:${dev}`)).toBe(true);
    expect(await registerDiscordCommands(config(dev), { global: true })).toEqual({
      scope: 'global',
      count: 7,
    });
    const global = fake.commands.get('global') ?? [];
    expect(global.every((c) => JSON.stringify((c as { contexts: unknown }).contexts) === '[0]')).toBe(true);
  });

  it('hides /quiz-admin from members without Manage Server and describes everything in Chinese too', () => {
    const admin = commandDefinitions().find((c) => c.name === 'quiz-admin');
    expect(admin?.default_member_permissions).toBe('32');
    for (const command of commandDefinitions()) {
      expect(command.description_localizations?.['zh-CN']).toMatch(/\p{Script=Han}/u);
    }
  });

  it('names the variables to check when Discord refuses the token', async () => {
    fake.failNext('PUT', /commands$/, { status: 401, body: { message: '401: Unauthorized', code: 0 } });
    await expect(registerDiscordCommands(config(), { global: true })).rejects.toThrow(/DISCORD_TOKEN/);
  });
});
