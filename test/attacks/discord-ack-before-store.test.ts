import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelIdOf } from '../../adapters/discord/platform-ids.ts';
import { type DiscordHarness, discordHarness } from '../discord/discord-harness.ts';
import { type HeldStore, holdableStore } from '../discord/held-store.ts';
import { PERMISSIONS } from '../fakes/discord/discord-fixtures.ts';
import type { InteractionState, StoredMessage } from '../fakes/discord/fake-discord.ts';
import { buttonIds, sendButton, sendCommand, visibleText } from '../fakes/discord/fake-interactions.ts';

/**
 * A database that stops answering for a while (another process holds SQLite's write lock, a slow
 * PostgreSQL) must not cost an interaction: Discord drops one not acknowledged within 3 s. Every kind of
 * interaction is sent while the store is held; the bot must acknowledge it (defer) while its handler is
 * still waiting on the store, and finish the reply once the store answers.
 */

const EPHEMERAL = 64;
const flagsOf = (data: unknown): number =>
  typeof data === 'object' && data !== null && 'flags' in data && typeof data.flags === 'number'
    ? data.flags
    : 0;

async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

describe('Discord: interactions are acknowledged without waiting for the database', () => {
  let h: DiscordHarness;
  let held: HeldStore;

  beforeEach(async () => {
    h = await discordHarness({
      store: (inner) => {
        held = holdableStore(inner);
        return held.store;
      },
      adapter: { ackDeadlineMs: 50 },
    });
  });
  afterEach(async () => {
    held.release();
    await h.close();
  });

  /** Sends with the store held; returns the acknowledgement and, after the release, the finished message. */
  async function whileHeld(send: () => InteractionState): Promise<{
    ack: { type: number; data: unknown };
    message: StoredMessage;
  }> {
    held.hold();
    const interaction = send();
    const ack = await within(
      10_000,
      h.fake.callbackOf(interaction.id),
      'the interaction was not acknowledged while the store was held',
    );
    expect([5, 6]).toContain(ack.type);
    expect(held.waiting).toBeGreaterThan(0);
    held.release();
    const edited = new RegExp(`/webhooks/\\d+/${interaction.token}/messages/@original$`);
    const followUp = new RegExp(`/webhooks/\\d+/${interaction.token}$`);
    await h.fake.waitFor(() =>
      h.fake.requestsTo('PATCH', edited).length + h.fake.requestsTo('POST', followUp).length > 0
        ? true
        : undefined,
    );
    const state = h.fake.interactions.get(interaction.id);
    const message = state?.originalId ? h.fake.messages.get(state.originalId) : undefined;
    if (message === undefined) throw new Error('no message for the interaction');
    return { ack, message };
  }

  it('slash commands: /quiz, /leaderboard, /stats, /daily, /challenge, /quiz-admin', async () => {
    const quiz = await whileHeld(() =>
      sendCommand(h.fake, h.at(h.alice), 'quiz', [{ name: 'topic', type: 3, value: 'Git' }]),
    );
    expect(quiz.ack.type).toBe(5);
    expect(flagsOf(quiz.ack.data) & EPHEMERAL).toBe(EPHEMERAL);
    expect(visibleText(quiz.message.body)).toContain('Practice');

    const board = await whileHeld(() => sendCommand(h.fake, h.at(h.bob), 'leaderboard'));
    expect(flagsOf(board.ack.data) & EPHEMERAL).toBe(0);
    expect(visibleText(board.message.body)).toContain('Leaderboard');

    const stats = await whileHeld(() => sendCommand(h.fake, h.at(h.bob), 'stats'));
    expect(flagsOf(stats.ack.data) & EPHEMERAL).toBe(EPHEMERAL);

    const daily = await whileHeld(() => sendCommand(h.fake, h.at(h.bob), 'daily'));
    expect(visibleText(daily.message.body)).toContain('no question of the day');

    const duel = await whileHeld(() =>
      sendCommand(
        h.fake,
        h.at(h.alice),
        'challenge',
        [
          { name: 'user', type: 6, value: h.bob.id },
          { name: 'questions', type: 4, value: 1 },
        ],
        [h.bob],
      ),
    );
    expect(flagsOf(duel.ack.data) & EPHEMERAL).toBe(0);
    expect(visibleText(duel.message.body)).toContain('challenges');

    const admin = await whileHeld(() =>
      sendCommand(h.fake, h.at(h.carol, { permissions: PERMISSIONS.manager }), 'quiz-admin', [
        { name: 'schedule', type: 1, options: [] },
      ]),
    );
    expect(visibleText(admin.message.body)).toContain('Question of the day scheduled here');
    const channel = await h.store.getChannel(channelIdOf(h.guild.id, h.guild.channels[0]?.id ?? ''));
    expect(channel?.schedule?.paused).toBe(false);
  });

  it('buttons: a practice answer, and Accept on a duel challenge', async () => {
    const practice = await h.responseOf(
      sendCommand(h.fake, h.at(h.alice), 'quiz', [{ name: 'topic', type: 3, value: 'Git' }]),
    );
    const answered = await whileHeld(() =>
      sendButton(h.fake, h.at(h.alice), practice, buttonIds(practice)[0] ?? ''),
    );
    expect(answered.ack.type).toBe(6);
    expect(visibleText(answered.message.body)).toMatch(/Correct!|Not quite/);

    const challenge = await h.responseOf(
      sendCommand(
        h.fake,
        h.at(h.alice),
        'challenge',
        [
          { name: 'user', type: 6, value: h.bob.id },
          { name: 'questions', type: 4, value: 1 },
        ],
        [h.bob],
      ),
    );
    const accepted = await whileHeld(() =>
      sendButton(h.fake, h.at(h.bob), challenge, buttonIds(challenge)[0] ?? ''),
    );
    expect(accepted.ack.type).toBe(6);
    expect(visibleText(accepted.message.body)).toContain('alice: 0/1 · bob: 0/1');
    expect(h.fake.violations).toEqual([]);
  });
});
