import { describe, expect, it } from 'vitest';
import type { ChannelRecord } from '../../src/engine/records.ts';
import { roundLang } from '../../src/schedule/round-lang.ts';
import { discordHarness } from '../discord/discord-harness.ts';
import { slackHarness } from '../slack/slack-harness.ts';

const channel = (id: string, tenantId: string): ChannelRecord => ({
  id,
  tenantId,
  name: 'general',
  timezone: 'UTC',
  schedule: null,
  pauseReason: null,
  reminder: false,
});

describe('the language of scheduled posts', () => {
  it("follows the team's choice, else the platform's for the channel, else the notes", async () => {
    const english = { channelLang: async () => 'en' as const };
    const c = channel('slack:T1:C1', 'slack:T1');
    expect(await roundLang(null, english, c, 'zh', 'en')).toBe('en');
    expect(await roundLang('zh', english, c, 'en', 'en')).toBe('zh');
    expect(await roundLang(null, {}, c, 'zh', 'en')).toBe('zh');
  });

  it('a Slack workspace with SLACK_LANG=en gets English daily posts from Chinese notes', async () => {
    const h = await slackHarness({ env: { SLACK_LANG: 'en' } });
    try {
      expect(await h.adapter.publisher.channelLang?.(channel('slack:T1:C1', 'slack:T1'))).toBe('en');
    } finally {
      await h.close();
    }
  });

  it("a Discord server's language decides; Traditional Chinese gets English, never Simplified", async () => {
    for (const [locale, expected] of [
      ['en-US', 'en'],
      ['zh-CN', 'zh'],
      ['zh-TW', 'en'],
    ] as const) {
      const h = await discordHarness({ preferredLocale: locale });
      try {
        const id = `discord:${h.guild.id}:${h.guild.channels[0]?.id ?? ''}`;
        expect(await h.adapter.publisher.channelLang?.(channel(id, `discord:${h.guild.id}`))).toBe(expected);
      } finally {
        await h.close();
      }
    }
  });
});
