import { describe, expect, it } from 'vitest';
import { isSlackConfigured, parseSlackConfig, slackEnvSchema } from '../../adapters/slack/config.ts';

const base = { SLACK_BOT_TOKEN: 'xoxb-1-abc', SLACK_SIGNING_SECRET: '0123456789abcdef0123' };

describe('Slack configuration', () => {
  it('describes every variable', () => {
    for (const [name, schema] of Object.entries(slackEnvSchema.shape)) {
      expect(schema.description, name).toBeTruthy();
    }
  });

  it('chooses HTTP with a signing secret and Socket Mode with an app token', () => {
    expect(parseSlackConfig(base).mode).toBe('http');
    expect(parseSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-x' }).mode).toBe('socket');
    expect(parseSlackConfig({ ...base, SLACK_APP_TOKEN: 'xapp-1', SLACK_MODE: 'http' }).mode).toBe('http');
    expect(parseSlackConfig({ ...base, SLACK_API_URL: 'http://127.0.0.1:9/api' }).apiUrl).toBe(
      'http://127.0.0.1:9/api/',
    );
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxp-user' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'socket' }, 'SLACK_APP_TOKEN'],
    [{ ...base, SLACK_APP_TOKEN: 'xoxb-wrong' }, 'SLACK_APP_TOKEN'],
    [{ ...base, SLACK_MODE: 'websocket' }, 'SLACK_MODE'],
    [{ ...base, SLACK_PORT: '70000' }, 'SLACK_PORT'],
    [{ ...base, SLACK_API_URL: 'slack.com' }, 'SLACK_API_URL'],
    [{ ...base, SLACK_ADMIN_USER_IDS: 'alice,bob' }, 'SLACK_ADMIN_USER_IDS'],
    [{ ...base, SLACK_DEFAULT_CHANNEL: '#general' }, 'SLACK_DEFAULT_CHANNEL'],
    [{ ...base, SLACK_LANG: 'fr' }, 'SLACK_LANG'],
    [{ SLACK_SIGNING_SECRET: 'abcdef0123456789' }, 'SLACK_BOT_TOKEN'],
  ])('stops with a message naming the variable: %o', (env, variable) => {
    expect(() => parseSlackConfig(env)).toThrow(new RegExp(`^${variable}`));
  });

  it('counts Slack as configured only when a bot token is set', () => {
    expect(isSlackConfigured({})).toBe(false);
    expect(isSlackConfigured({ SLACK_BOT_TOKEN: ' ' })).toBe(false);
    expect(isSlackConfigured(base)).toBe(true);
  });
});
