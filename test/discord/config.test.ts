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
      shards: { kind: 'fixed', count: 1, ids: [0] },
      restRequestsPerSecond: 50,
    });
  });

  it("takes this instance's share of the bot's global REST limit, which no instance may exceed alone", () => {
    const share = (value: string) =>
      parseDiscordConfig({ ...valid, DISCORD_REST_REQUESTS_PER_SECOND: value }).restRequestsPerSecond;
    expect(share('16')).toBe(16);
    expect(share('')).toBe(50);
    for (const bad of ['0', '51', '12.5', 'half'])
      expect(() => share(bad)).toThrow(
        /DISCORD_REST_REQUESTS_PER_SECOND must be a whole number from 1 to 50/,
      );
  });

  it('reads the shards an instance runs: a list or ranges out of a fixed count, all of a count, or auto', () => {
    const shardsOf = (more: Record<string, string>) => parseDiscordConfig({ ...valid, ...more }).shards;
    expect(shardsOf({ DISCORD_SHARD_COUNT: '8', DISCORD_SHARD_IDS: '4-6, 0,2' })).toEqual({
      kind: 'fixed',
      count: 8,
      ids: [0, 2, 4, 5, 6],
    });
    expect(shardsOf({ DISCORD_SHARD_COUNT: '3' })).toEqual({ kind: 'fixed', count: 3, ids: [0, 1, 2] });
    expect(shardsOf({ DISCORD_SHARD_COUNT: 'auto', DISCORD_SHARD_IDS: '' })).toEqual({ kind: 'auto' });
  });

  it('refuses shard settings that would leave servers without a shard or give them two, naming the variable', () => {
    const attempt = (more: Record<string, string>) => () => parseDiscordConfig({ ...valid, ...more });
    expect(attempt({ DISCORD_SHARD_IDS: '0,1' })).toThrow(/DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT/);
    expect(attempt({ DISCORD_SHARD_COUNT: 'auto', DISCORD_SHARD_IDS: '0' })).toThrow(
      /DISCORD_SHARD_IDS needs a number in DISCORD_SHARD_COUNT, not auto/,
    );
    expect(attempt({ DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '2-5' })).toThrow(
      /DISCORD_SHARD_IDS lists shard 4, 5, but with DISCORD_SHARD_COUNT=4 the shards are 0 to 3/,
    );
    expect(attempt({ DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '0-1,1' })).toThrow(
      /DISCORD_SHARD_IDS lists shard 1 twice/,
    );
    expect(attempt({ DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '3-1' })).toThrow(
      /DISCORD_SHARD_IDS has a backwards range 3-1/,
    );
    expect(attempt({ DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: 'first' })).toThrow(
      /DISCORD_SHARD_IDS must list shard numbers and ranges, such as 0,1 or 0-3/,
    );
    expect(attempt({ DISCORD_SHARD_COUNT: '0' })).toThrow(
      /DISCORD_SHARD_COUNT must be auto or a whole number/,
    );
    expect(attempt({ DISCORD_SHARD_COUNT: 'many', DISCORD_SHARD_IDS: '0' })).toThrow(
      /DISCORD_SHARD_COUNT must be auto or a whole number/,
    );
    expect(attempt({ DISCORD_SHARD_COUNT: '9', DISCORD_SHARD_IDS: '0-999999999' })).toThrow(
      /DISCORD_SHARD_IDS goes past shard 65535/,
    );
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
