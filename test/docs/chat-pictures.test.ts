import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureDiscordDuel } from './chat-pictures/capture-discord-duel.ts';
import { captureSlackDailyRound } from './chat-pictures/capture-slack-round.ts';
import { PICTURES, savedPayloads } from './chat-pictures/saved-payloads.ts';

const REDRAW = 'the adapters now send something else: redraw with `npx tsx scripts/render-chat-pictures.ts`';

describe("the README's chat pictures show what the adapters send today", () => {
  it('a daily round in Slack: the question, the private answer and the reveal', async () => {
    const today = await captureSlackDailyRound();
    expect(today, REDRAW).toEqual(savedPayloads(PICTURES.slack));
    expect(existsSync(`${PICTURES.slack}.png`)).toBe(true);
  });

  it('a duel in Discord: the challenge, a duel question and the result', async () => {
    const today = await captureDiscordDuel();
    expect(today, REDRAW).toEqual(savedPayloads(PICTURES.discord));
    expect(existsSync(`${PICTURES.discord}.png`)).toBe(true);
  });
});
