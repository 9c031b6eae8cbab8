import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeButton } from '../../adapters/discord/custom-ids.ts';
import { playerIdOf } from '../../adapters/discord/platform-ids.ts';
import { type DiscordHarness, discordHarness } from '../discord/discord-harness.ts';
import type { FakeUser } from '../fakes/discord/discord-fixtures.ts';
import type { StoredMessage } from '../fakes/discord/fake-discord.ts';
import { buttonIds, sendButton, sendCommand, visibleText } from '../fakes/discord/fake-interactions.ts';

/**
 * Every way a duel can end, as the channel reads it: the result must say what really happened. A player
 * who walks away must not be reported as the one who finished, an expired challenge has no scores, and a
 * win on time shows the two times that decided it.
 */
describe('Discord: duel endings read true', () => {
  let h: DiscordHarness;
  beforeEach(async () => {
    h = await discordHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  async function press(user: FakeUser, message: StoredMessage, customId: string) {
    const interaction = sendButton(h.fake, h.at(user), message, customId);
    await h.fake.callbackOf(interaction.id);
    return interaction;
  }

  async function challenge(questions: number, accept: boolean) {
    const post = await h.responseOf(
      sendCommand(
        h.fake,
        h.at(h.alice),
        'challenge',
        [
          { name: 'user', type: 6, value: h.bob.id },
          { name: 'questions', type: 4, value: questions },
        ],
        [h.bob],
      ),
    );
    const duelId = (buttonIds(post)[0] ?? '').slice(3);
    await vi.waitFor(async () => expect((await h.engine.duelView(duelId))?.duel.postRef).toContain(post.id));
    if (accept) await press(h.bob, post, buttonIds(post)[0] ?? '');
    return { post, duelId };
  }

  /** Plays `plan` (per question: ms to think, and right or wrong) from the player's private message. */
  async function play(user: FakeUser, duelId: string, post: StoredMessage, plan: [number, boolean][]) {
    const started = await press(user, post, encodeButton({ kind: 'duel-play', duelId }));
    const question = await h.responseOf(started);
    for (const [i, [ms, right]] of plan.entries()) {
      const q = await h.engine.duelView(duelId);
      const index = q?.answers.filter((a) => a.playerId === playerIdOf(h.guild.id, user.id)).length ?? 1;
      const questionId = q?.duel.questionIds[index - 1] ?? '';
      const correct = (await h.store.getQuestion(questionId))?.question.correctIndex ?? 0;
      h.clock.advance(ms);
      await press(user, question, buttonIds(question)[right ? correct : (correct + 1) % 4] ?? '');
      if (i < plan.length - 1) await press(user, question, buttonIds(question)[0] ?? '');
    }
  }

  const announcement = (post: StoredMessage) =>
    h.fake.waitFor(() =>
      [...h.fake.messages.values()].find(
        (m) => m.id !== post.id && m.channelId === post.channelId && m.body.content !== undefined,
      )
        ? visibleText(post.body)
        : undefined,
    );

  it('an unaccepted challenge that expires shows no scores', async () => {
    const { post } = await challenge(2, false);
    h.clock.advanceHours(25);
    expect(await h.adapter.sweepDuels()).toBe(1);
    const text = visibleText(post.body);
    expect(text).toContain('The duel expired before it was played.');
    expect(text).not.toMatch(/right|Rating|\d+\.\d s/);
  });

  it('a win on time shows the two times that decided it', async () => {
    const { post, duelId } = await challenge(1, true);
    await play(h.alice, duelId, post, [[5_000, true]]);
    await play(h.bob, duelId, post, [[5_040, true]]);
    await h.fake.waitFor(() => (visibleText(post.body).includes('Duel result') ? true : undefined));
    const text = visibleText(post.body);
    expect(text).toContain('alice wins on time at 1–1');
    expect(text).toContain('5.00 s');
    expect(text).toContain('5.04 s');
  });

  it('a player who walked away is the one named as not finishing, even when they win on answers', async () => {
    const { post, duelId } = await challenge(2, true);
    await play(h.alice, duelId, post, [
      [3_000, false],
      [3_000, false],
    ]);
    await play(h.bob, duelId, post, [[3_000, true]]);
    h.clock.advanceHours(25);
    expect(await h.adapter.sweepDuels()).toBe(1);
    const text = await announcement(post);
    expect(text).toContain('bob wins 1–0');
    expect(text).toContain('bob did not finish');
    expect(text).not.toContain('alice did not finish');
  });

  it('a player who never played loses to one who timed out every question', async () => {
    const { post, duelId } = await challenge(2, true);
    await play(h.alice, duelId, post, [
      [61_000, false],
      [61_000, false],
    ]);
    h.clock.advanceHours(25);
    expect(await h.adapter.sweepDuels()).toBe(1);
    const text = await announcement(post);
    expect(text).toContain('bob did not finish in time: alice wins by forfeit.');
    expect((await h.engine.duelView(duelId))?.duel.winnerId).toBe(playerIdOf(h.guild.id, h.alice.id));
  });

  it('one who only opened a question beats one who never pressed Play, and it does not say "on time"', async () => {
    const { post, duelId } = await challenge(2, true);
    await press(h.alice, post, encodeButton({ kind: 'duel-play', duelId }));
    h.clock.advanceHours(25);
    expect(await h.adapter.sweepDuels()).toBe(1);
    const text = await announcement(post);
    expect(text).toContain('bob did not finish in time: alice wins by forfeit.');
    expect(text).toContain('alice did not finish in time');
    expect(text).not.toContain('on time');
  });
});
