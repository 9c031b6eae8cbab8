import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePostRef } from '../../adapters/discord/platform-ids.ts';
import { type DiscordHarness, discordHarness } from '../discord/discord-harness.ts';
import { buttonIds, sendButton, sendCommand, visibleText } from '../fakes/discord/fake-interactions.ts';

/**
 * Discord loses the reply to /challenge (the interaction expired, a 5xx): the duel exists, but without its
 * message nobody could accept it, and the pair could not challenge each other again for 24 hours. The
 * challenge is posted in the channel instead, and the duel goes on from there.
 */
describe('Discord: a challenge whose reply is lost', () => {
  let h: DiscordHarness;
  beforeEach(async () => {
    h = await discordHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('is posted in the channel instead, and can be accepted there', async () => {
    h.fake.failNext('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, {
      status: 404,
      body: { message: 'Unknown interaction', code: 10062 },
    });
    const interaction = sendCommand(
      h.fake,
      h.at(h.alice),
      'challenge',
      [
        { name: 'user', type: 6, value: h.bob.id },
        { name: 'questions', type: 4, value: 1 },
      ],
      [h.bob],
    );
    const post = await h.fake.waitFor(() =>
      [...h.fake.messages.values()].find(
        (m) => m.interactionId === undefined && visibleText(m.body).includes('challenges'),
      ),
    );
    expect(h.fake.interactions.get(interaction.id)?.callback).toBeNull();
    const duelId = (buttonIds(post)[0] ?? '').slice(3);
    await vi.waitFor(async () =>
      expect(parsePostRef((await h.engine.duelView(duelId))?.duel.postRef ?? null)?.messageId).toBe(post.id),
    );
    const accepted = await h.fake.callbackOf(
      sendButton(h.fake, h.at(h.bob), post, buttonIds(post)[0] ?? '').id,
    );
    expect(accepted.type).toBe(7);
    expect((await h.engine.duelView(duelId))?.duel.status).toBe('active');
  });
});
