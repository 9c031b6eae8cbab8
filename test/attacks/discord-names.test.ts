import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeButton } from '../../adapters/discord/custom-ids.ts';
import { type DiscordHarness, discordHarness } from '../discord/discord-harness.ts';
import type { FakeUser } from '../fakes/discord/discord-fixtures.ts';
import type { StoredMessage } from '../fakes/discord/fake-discord.ts';
import { buttonIds, sendButton, sendCommand, visibleText } from '../fakes/discord/fake-interactions.ts';

/**
 * Display names are chosen by anyone in the server. Shown in a message they must read as typed: no masked
 * link, no bold that swallows the rest of the line, no role or @everyone mention that looks real — and no
 * message may ping anyone it did not mean to (allowed_mentions on every message the bot sends).
 */

const LINKER = '**[free nitro](https://evil.example)** @everyone';
const PINGER = '<@&1234567890123456789> __x__ `code` ||s||';

/** Every message body the bot sent: interaction responses, webhook edits and follow-ups, channel posts. */
function sentBodies(h: DiscordHarness): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [];
  for (const request of h.fake.requests) {
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) continue;
    const record = body as Record<string, unknown>;
    if (request.path.includes('/callback')) {
      const data = record.data;
      if ((record.type === 4 || record.type === 7) && typeof data === 'object' && data !== null)
        bodies.push(data as Record<string, unknown>);
    } else if (request.path.startsWith('/webhooks/') || /^\/channels\/\d+\/messages/.test(request.path)) {
      if (request.method === 'POST' || request.method === 'PATCH') bodies.push(record);
    }
  }
  return bodies;
}

/** The markup a name carries, unescaped: what would turn into a link, formatting or a mention. */
const UNESCAPED = [
  /(^|[^\\])\[free nitro/,
  /(^|[^\\])\*\*\[/,
  /(^|[^\\])@everyone/,
  /(^|[^\\])<@&1234567890123456789>/,
  /(^|[^\\])__x/,
  /(^|[^\\])`code/,
  /(^|[^\\])\|\|s/,
];

describe('Discord: hostile display names', () => {
  let h: DiscordHarness;
  let linker: FakeUser;
  let pinger: FakeUser;
  beforeEach(async () => {
    h = await discordHarness();
    linker = { ...h.alice, username: LINKER };
    pinger = { ...h.bob, username: PINGER };
  });
  afterEach(async () => {
    await h.close();
  });

  async function press(user: FakeUser, message: StoredMessage, customId: string) {
    const interaction = sendButton(h.fake, h.at(user), message, customId);
    await h.fake.callbackOf(interaction.id);
    return interaction;
  }

  it('are escaped in every duel message and in /stats, and nothing sent can ping anyone unintended', async () => {
    const challenge = sendCommand(
      h.fake,
      h.at(linker),
      'challenge',
      [
        { name: 'user', type: 6, value: pinger.id },
        { name: 'questions', type: 4, value: 1 },
      ],
      [pinger],
    );
    const post = await h.responseOf(challenge);
    const duelId = (buttonIds(post)[0] ?? '').slice(3);
    await vi.waitFor(async () => expect((await h.engine.duelView(duelId))?.duel.postRef).toContain(post.id));
    await press(pinger, post, buttonIds(post)[0] ?? '');
    for (const player of [linker, pinger]) {
      const started = await press(player, post, encodeButton({ kind: 'duel-play', duelId }));
      const question = await h.responseOf(started);
      await press(player, question, buttonIds(question)[0] ?? '');
    }
    await h.fake.waitFor(() => (visibleText(post.body).includes('Duel result') ? true : undefined));

    const second = await h.responseOf(
      sendCommand(h.fake, h.at(linker), 'challenge', [{ name: 'user', type: 6, value: pinger.id }], [pinger]),
    );
    await press(pinger, second, buttonIds(second)[1] ?? '');
    await h.fake.waitFor(() => (visibleText(second.body).includes('declined') ? true : undefined));

    await h.fake.callbackOf(sendCommand(h.fake, h.at(linker), 'stats').id);

    const bodies = sentBodies(h);
    const texts = bodies.map((b) => visibleText(b));
    // The names were shown (escaped), in progress, result, declined and stats messages.
    expect(texts.filter((t) => t.includes('free nitro')).length).toBeGreaterThanOrEqual(4);
    for (const text of texts) {
      for (const pattern of UNESCAPED) expect(text).not.toMatch(pattern);
    }
    for (const body of bodies) {
      const allowed = (body.allowed_mentions ?? body.allowedMentions) as { parse?: unknown } | undefined;
      expect(allowed?.parse, `allowed_mentions missing on ${JSON.stringify(body).slice(0, 120)}`).toEqual([]);
    }
    expect(h.fake.violations).toEqual([]);
  });
});
