import { describe, expect, it } from 'vitest';
import { discordCatalogue } from '../../adapters/discord/messages.ts';
import { catalogue } from '../../adapters/shared/i18n.ts';
import { slackCatalogue } from '../../adapters/slack/messages.ts';
import { terminalCatalogue } from '../../adapters/terminal/terminal-messages.ts';

/**
 * A Chinese player reads one word for the daily streak and one for the duel rating, on every platform:
 * "连续天数" and "等级分". The English side says which idea a message is about.
 */
const STREAK = '连续天数';
const RATING = '等级分';
const CATALOGUES: readonly { readonly en: Record<string, string>; readonly zh: Record<string, string> }[] = [
  catalogue,
  discordCatalogue,
  slackCatalogue,
  terminalCatalogue,
];

const pairs = CATALOGUES.flatMap((c) =>
  Object.keys(c.en).map((key) => [c.en[key] ?? '', c.zh[key] ?? ''] as const),
);

describe('Chinese wording: one term per idea', () => {
  it('every message about the streak says 连续天数, every message about the rating says 等级分', () => {
    const streaks = pairs.filter(([en]) => /streak/i.test(en));
    const ratings = pairs.filter(([en]) => /\brating\b/i.test(en));
    expect(streaks.length).toBeGreaterThan(3);
    expect(ratings.length).toBeGreaterThan(3);
    expect(streaks.filter(([, zh]) => !zh.includes(STREAK))).toEqual([]);
    expect(ratings.filter(([, zh]) => !zh.includes(RATING))).toEqual([]);
  });

  it('no other word for them appears', () => {
    expect(pairs.filter(([, zh]) => /连胜|积分|连续答对|评分/.test(zh))).toEqual([]);
  });
});
