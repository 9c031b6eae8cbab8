import { describe, expect, it } from 'vitest';
import { discordEnvSchema, isDiscordConfigured, parseDiscordConfig } from '../../adapters/discord/config.ts';

describe('DISCORD_* configuration', () => {
  const valid = { DISCORD_TOKEN: 'MTA.abc-def.ghi_jkl', DISCORD_APPLICATION_ID: '123456789012345678' };

  it('reads a valid environment, treating empty lines as unset', () => {
    expect(
      parseDiscordConfig({
        ...valid,
        DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
        DISCORD_DEV_GUILD_ID: '',
      }),
    ).toEqual({
      token: valid.DISCORD_TOKEN,
      applicationId: valid.DISCORD_APPLICATION_ID,
      apiUrl: 'http://127.0.0.1:9999/api',
      devGuildId: undefined,
      dailyChannelId: undefined,
    });
  });

  it('names every malformed or missing variable in one message', () => {
    const attempt = () =>
      parseDiscordConfig({
        DISCORD_TOKEN: 'not a token',
        DISCORD_API_URL: 'ftp://example.com',
        DISCORD_DAILY_CHANNEL_ID: 'general',
      });
    expect(attempt).toThrow(/DISCORD_TOKEN must be a bot token/);
    expect(attempt).toThrow(/DISCORD_API_URL must be an http\(s\) URL/);
    expect(attempt).toThrow(/DISCORD_DAILY_CHANNEL_ID must be a Discord id/);
    expect(attempt).toThrow(/DISCORD_APPLICATION_ID is required/);
  });

  it('is configured only when a token is present', () => {
    expect(isDiscordConfigured({})).toBe(false);
    expect(isDiscordConfigured({ DISCORD_TOKEN: '  ' })).toBe(false);
    expect(isDiscordConfigured(valid)).toBe(true);
  });

  it('describes every variable for the generated documentation', () => {
    for (const [name, schema] of Object.entries(discordEnvSchema.shape)) {
      expect(name).toMatch(/^DISCORD_/);
      expect(schema.description ?? '').not.toBe('');
    }
  });
});
