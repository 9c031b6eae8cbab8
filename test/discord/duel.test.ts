import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeButton } from '../../adapters/discord/custom-ids.ts';
import { playerIdOf } from '../../adapters/discord/platform-ids.ts';
import { createLogger } from '../../src/logger.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import type { FakeUser } from '../fakes/discord/discord-fixtures.ts';
import type { StoredMessage } from '../fakes/discord/fake-discord.ts';
import { buttonIds, sendButton, sendCommand, visibleText } from '../fakes/discord/fake-interactions.ts';
import { type DiscordHarness, discordHarness } from './discord-harness.ts';

const EPHEMERAL = 64;
const flagsOf = (data: unknown): number =>
  typeof data === 'object' && data !== null && 'flags' in data && typeof data.flags === 'number'
    ? data.flags
    : 0;

describe('a Discord duel, end to end through the real discord.js client', () => {
  let h: DiscordHarness;
  beforeEach(async () => {
    h = await discordHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  async function press(user: FakeUser, message: StoredMessage, customId: string) {
    const interaction = sendButton(h.fake, h.at(user), message, customId);
    const callback = await h.fake.callbackOf(interaction.id);
    return { interaction, callback, text: visibleText(callback.data) };
  }

  async function challenge(questions: number): Promise<{ post: StoredMessage; duelId: string }> {
    const interaction = sendCommand(
      h.fake,
      h.at(h.alice),
      'challenge',
      [
        { name: 'user', type: 6, value: h.bob.id },
        { name: 'questions', type: 4, value: questions },
      ],
      [h.bob],
    );
    const post = await h.responseOf(interaction);
    const callback = await h.fake.callbackOf(interaction.id);
    expect(callback.type).toBe(4);
    expect(flagsOf(callback.data) & EPHEMERAL).toBe(0);
    // The challenged player is pinged, and only they are.
    expect(callback.data).toMatchObject({
      content: `<@${h.bob.id}>`,
      allowed_mentions: { parse: [], users: [h.bob.id] },
    });
    const accept = buttonIds(post)[0] ?? '';
    const duelId = accept.slice(3);
    await vi.waitFor(async () => expect((await h.engine.duelView(duelId))?.duel.postRef).toContain(post.id));
    return { post, duelId };
  }

  /** Plays the player's whole duel: `plan[i]` is the choice for question i, or 'timeout'. */
  async function play(user: FakeUser, post: StoredMessage, plan: readonly (number | 'timeout')[]) {
    const first = await press(
      user,
      post,
      encodeButton({ kind: 'duel-play', duelId: buttonIds(post)[0]?.slice(3) ?? '' }),
    );
    expect(first.callback.type).toBe(4);
    expect(flagsOf(first.callback.data) & EPHEMERAL).toBe(EPHEMERAL);
    const privateMessage = await h.responseOf(first.interaction);
    const seen: string[] = [];
    for (const [i, step] of plan.entries()) {
      expect(visibleText(privateMessage.body)).toContain(`Question ${i + 1} of ${plan.length}`);
      // The deadline to the second, in the reader's zone, with a live countdown (Discord timestamps).
      const deadline = Math.floor((h.clock.now().getTime() + 60_000) / 1000);
      if (i === 0)
        expect(visibleText(privateMessage.body)).toContain(
          `Answer before <t:${deadline}:T> (<t:${deadline}:R>).`,
        );
      h.clock.advance(step === 'timeout' ? 61_000 : 5_000);
      const answers = buttonIds(privateMessage);
      const answered = await press(user, privateMessage, answers[step === 'timeout' ? 0 : step] ?? '');
      expect(answered.callback.type).toBe(7);
      seen.push(answered.text);
      if (i < plan.length - 1) {
        const next = await press(user, privateMessage, buttonIds(privateMessage)[0] ?? '');
        expect(next.callback.type).toBe(7);
      }
    }
    return seen;
  }

  it('challenge → accept → both play (bob lets one time out) → the result agrees with the store', async () => {
    const { post, duelId } = await challenge(3);
    expect(visibleText(post.body)).toContain('challenges');
    const expires = Math.floor((h.clock.now().getTime() + 24 * 3600_000) / 1000);
    expect(visibleText(post.body)).toContain(`The duel expires at <t:${expires}:f> (<t:${expires}:R>).`);
    expect(buttonIds(post)).toHaveLength(3); // Accept, Decline, and Cancel for the challenger

    const accepted = await press(h.bob, post, buttonIds(post)[0] ?? '');
    expect(accepted.callback.type).toBe(7);
    expect(visibleText(post.body)).toContain('alice: 0/3 · bob: 0/3');
    expect(buttonIds(post)).toEqual([encodeButton({ kind: 'duel-play', duelId })]);

    const aliceSaw = await play(h.alice, post, [0, 0, 0]);
    expect(aliceSaw.every((text) => text.includes('Correct!'))).toBe(true);
    expect(aliceSaw.at(-1)).toContain('Waiting for bob');
    await h.fake.waitFor(() => (visibleText(post.body).includes('alice: 3/3 · bob: 0/3') ? true : undefined));

    const bobSaw = await play(h.bob, post, [1, 'timeout', 0]);
    expect(bobSaw[0]).toContain('Not quite.');
    expect(bobSaw[1]).toContain('Time is up');
    expect(bobSaw[2]).toContain('Correct!');

    const announcement = await h.fake.waitFor(() =>
      [...h.fake.messages.values()].find(
        (m) => m.id !== post.id && visibleText(m.body).includes('Duel result'),
      ),
    );
    await h.fake.waitFor(() => (visibleText(post.body).includes('Duel result') ? true : undefined));

    const duel = (await h.engine.duelView(duelId))?.duel;
    expect(duel?.status).toBe('settled');
    expect(duel?.winnerId).toBe(playerIdOf(h.guild.id, h.alice.id));
    const alice = await h.store.getPlayer(playerIdOf(h.guild.id, h.alice.id));
    const bob = await h.store.getPlayer(playerIdOf(h.guild.id, h.bob.id));
    // Equal ratings, K = 32: the winner gains 16, the loser loses 16 (docs/playing.md).
    expect(duel?.challengerRatingDelta).toBe(16);
    expect(duel?.opponentRatingDelta).toBe(-16);
    expect(alice?.rating).toBe(1516);
    expect(bob?.rating).toBe(1484);

    const result = visibleText(announcement.body);
    expect(result).toContain('alice wins 3–1');
    expect(result).toContain('3/3 right · 15.0 s');
    expect(result).toContain('1/3 right · 70.0 s');
    expect(result).toContain('Rating +16 → 1516');
    expect(result).toContain('Rating −16 → 1484');
    expect(announcement.body.content).toContain(`<@${h.alice.id}>`);
    expect(buttonIds(post)).toEqual([]);
    expect(h.fake.violations).toEqual([]);
  });

  it('never shows an answer in the public duel message', async () => {
    const { post, duelId } = await challenge(2);
    await press(h.bob, post, buttonIds(post)[0] ?? '');
    await play(h.alice, post, [0, 1]);
    await h.fake.waitFor(() => (visibleText(post.body).includes('alice: 2/2') ? true : undefined));
    const view = await h.engine.duelView(duelId);
    const publicEdits = h.fake
      .requestsTo('PATCH', new RegExp(`/messages/${post.id}$`))
      .map((r) => visibleText(r.body))
      .join('\n');
    expect(publicEdits).toContain('alice: 1/2');
    for (const answer of view?.answers ?? []) expect(answer.playerId).toContain(h.alice.id);
    for (const word of ['Correct', 'Not quite', 'docker ps', 'git commit', 'right ·']) {
      expect(publicEdits).not.toContain(word);
    }
  });

  it('refuses a third user, a forged id and a double press privately, changing nothing', async () => {
    const { post, duelId } = await challenge(2);
    const before = JSON.stringify(post.body);

    const third = await press(h.carol, post, buttonIds(post)[0] ?? '');
    expect(third.callback.type).toBe(4);
    expect(flagsOf(third.callback.data) & EPHEMERAL).toBe(EPHEMERAL);
    expect(third.text).toContain('Only the challenged player can accept or decline.');
    expect((await h.engine.duelView(duelId))?.duel.status).toBe('pending');

    const forged = await press(h.bob, post, encodeButton({ kind: 'duel-accept', duelId: 'duel_forged0000' }));
    expect(flagsOf(forged.callback.data) & EPHEMERAL).toBe(EPHEMERAL);
    expect(forged.text).toContain('That duel no longer exists.');

    const garbage = await press(h.bob, post, 'dq:99:x:not a duel id!');
    expect(garbage.text).toContain('That button is not one of ours');

    const early = await press(h.alice, post, encodeButton({ kind: 'duel-play', duelId }));
    expect(early.text).toContain('This duel is not running.');
    expect(JSON.stringify(post.body)).toBe(before);

    await press(h.bob, post, buttonIds(post)[0] ?? '');
    const again = await press(h.bob, post, encodeButton({ kind: 'duel-accept', duelId }));
    expect(flagsOf(again.callback.data) & EPHEMERAL).toBe(EPHEMERAL);
    expect(again.text).toContain('This duel was already accepted or declined.');

    const stranger = await press(h.carol, post, encodeButton({ kind: 'duel-play', duelId }));
    expect(stranger.text).toContain('You are not in this duel.');

    // Alice's answer button pressed twice: the second press is refused and the record keeps the first.
    const first = await press(h.alice, post, encodeButton({ kind: 'duel-play', duelId }));
    const question = await h.responseOf(first.interaction);
    const answerId = buttonIds(question)[1] ?? '';
    const questionCopy = { ...question, body: { ...question.body } };
    await press(h.alice, question, answerId);
    const double = await press(h.alice, questionCopy, answerId);
    expect(double.callback.type).toBe(4);
    expect(double.text).toContain('You already answered this one');
    const answers = (await h.engine.duelView(duelId))?.answers.filter((a) => a.answeredAt !== null) ?? [];
    expect(answers).toHaveLength(1);
    expect(answers[0]?.choice).toBe(1);
    expect(h.fake.violations).toEqual([]);
  });

  it('announces a declined duel in place', async () => {
    const { post } = await challenge(1);
    const declined = await press(h.bob, post, buttonIds(post)[1] ?? '');
    expect(declined.callback.type).toBe(7);
    expect(visibleText(post.body)).toContain('bob declined the duel.');
    expect(buttonIds(post)).toEqual([]);
  });

  it('expires an unanswered challenge and forfeits an abandoned duel on the sweep timer', async () => {
    const pending = await challenge(1);
    h.clock.advanceHours(25);
    expect(await h.adapter.sweepDuels()).toBe(1);
    expect(visibleText(pending.post.body)).toContain('The duel expired before it was played.');

    const active = await challenge(2);
    await press(h.bob, active.post, buttonIds(active.post)[0] ?? '');
    const start = await press(
      h.alice,
      active.post,
      encodeButton({ kind: 'duel-play', duelId: active.duelId }),
    );
    const question = await h.responseOf(start.interaction);
    h.clock.advance(3_000);
    await press(h.alice, question, buttonIds(question)[0] ?? '');
    h.clock.advanceHours(25);
    expect(await h.adapter.sweepDuels()).toBe(1);
    const text = visibleText(active.post.body);
    expect(text).toContain('bob did not finish in time: alice wins by forfeit.');
    const duel = (await h.engine.duelView(active.duelId))?.duel;
    expect(duel?.winnerId).toBe(playerIdOf(h.guild.id, h.alice.id));
    expect(text).toContain(`Rating +${duel?.challengerRatingDelta}`);
  });

  it('announces a duel the scheduler expired (the adapter timer off, as main runs it)', async () => {
    const pending = await challenge(1);
    const scheduler = createScheduler({
      engine: h.engine,
      clock: h.clock,
      publishers: [h.adapter.publisher],
      logger: createLogger({ level: 'silent' }),
      instanceId: 'test',
    });
    h.clock.advanceHours(25);
    const report = await scheduler.tick();
    expect(report.duelsAnnounced).toEqual([pending.duelId]);
    expect(visibleText(pending.post.body)).toContain('The duel expired before it was played.');
    const announcements = [...h.fake.messages.values()].filter(
      (m) =>
        m.id !== pending.post.id && visibleText(m.body).includes('The duel expired before it was played.'),
    );
    expect(announcements).toHaveLength(1);
    await scheduler.stop();
  });
});
