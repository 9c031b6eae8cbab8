import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeButton } from '../../adapters/discord/custom-ids.ts';
import { channelIdOf } from '../../adapters/discord/platform-ids.ts';
import { type DiscordHarness, discordHarness } from '../discord/discord-harness.ts';
import { type FakeGuild, nextSnowflake, PERMISSIONS } from '../fakes/discord/discord-fixtures.ts';
import type { StoredMessage } from '../fakes/discord/fake-discord.ts';
import {
  buttonIds,
  sendAutocomplete,
  sendButton,
  sendCommand,
  visibleText,
} from '../fakes/discord/fake-interactions.ts';

/**
 * What anyone can send the bot: made-up button ids, buttons aimed at another server's rounds and duels,
 * duels they are not in, option values far beyond what the command declares, autocomplete floods, and
 * commands from direct messages. Each gets a private answer within Discord's limits, changes nothing,
 * and the bot keeps serving everyone else.
 */

const EPHEMERAL = 64;
const flagsOf = (data: unknown): number =>
  typeof data === 'object' && data !== null && 'flags' in data && typeof data.flags === 'number'
    ? data.flags
    : 0;

describe('Discord: outsiders cannot crash or mislead the bot', () => {
  let h: DiscordHarness;
  beforeEach(async () => {
    h = await discordHarness();
  });
  afterEach(async () => {
    expect(h.fake.violations).toEqual([]);
    await h.close();
  });

  async function pressed(message: StoredMessage, customId: string, where = h.at(h.carol)) {
    const callback = await h.fake.callbackOf(sendButton(h.fake, where, message, customId).id);
    return { callback, text: visibleText(callback.data) };
  }

  async function stillServing(): Promise<void> {
    const quiz = await h.responseOf(sendCommand(h.fake, h.at(h.bob), 'quiz'));
    expect(visibleText(quiz.body)).toContain('Practice');
  }

  it('made-up button ids get a private "not ours" and change nothing', async () => {
    const message = h.fake.putMessage(h.guild.channels[0]?.id ?? '', { content: 'x' });
    const forged = [
      '',
      'x',
      'a',
      'a:0',
      'a:-1:-1:round',
      'a:99999:0:round_1',
      'a:0:-2:round_1',
      'dq:1:2',
      'dq:01:2:duel_1',
      'g:never:0:round_1',
      `a:0:0:${'r'.repeat(95)}`,
      'pn:1:2',
      'pn:-1:extra',
      'da:duel id with spaces',
      'da:\u0000',
      'r:-1:round\u202e',
      '💥:1',
    ];
    for (const id of forged) {
      const { callback, text } = await pressed(message, id);
      expect(flagsOf(callback.data) & EPHEMERAL).toBe(EPHEMERAL);
      expect(text, id).toMatch(/not one of ours|no longer exists/);
    }
    await stillServing();
  });

  it("another server's rounds and duels, and duels one is not in, are refused", async () => {
    const practice = await h.responseOf(sendCommand(h.fake, h.at(h.alice), 'quiz'));
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
    const duelId = (buttonIds(challenge)[0] ?? '').slice(3);
    await vi.waitFor(async () => expect((await h.engine.duelView(duelId))?.duel.postRef).not.toBeNull());

    const elsewhere: FakeGuild = {
      id: nextSnowflake(),
      name: 'Elsewhere',
      channels: [{ id: nextSnowflake(), name: 'general' }],
    };
    const stranger = {
      guild: elsewhere,
      channel: elsewhere.channels[0] ?? { id: '', name: '' },
      user: h.bob,
    };
    for (const id of [
      buttonIds(practice)[0] ?? '',
      encodeButton({ kind: 'duel-accept', duelId }),
      encodeButton({ kind: 'duel-play', duelId }),
    ]) {
      const { callback, text } = await pressed(practice, id, stranger);
      expect(flagsOf(callback.data) & EPHEMERAL).toBe(EPHEMERAL);
      expect(text).toMatch(/no longer exists|another team|not one of ours/);
    }
    expect((await h.engine.duelView(duelId))?.duel.status).toBe('pending');

    // Carol, in this server but not in the duel: neither accept, play nor answer.
    await pressed(challenge, buttonIds(challenge)[0] ?? '', h.at(h.bob));
    for (const id of [
      encodeButton({ kind: 'duel-play', duelId }),
      encodeButton({ kind: 'duel-answer', duelId, index: 0, choice: 0 }),
    ]) {
      expect((await pressed(challenge, id)).text).toContain('You are not in this duel.');
    }
    expect((await h.engine.duelView(duelId))?.answers).toEqual([]);
    await stillServing();
  });

  it('option values beyond what the command declares are refused within the limits, echoed as typed', async () => {
    const topic = `[click](https://evil.example) ${'话题'.repeat(3000)}`;
    const quiz = await h.fake.callbackOf(
      sendCommand(h.fake, h.at(h.carol), 'quiz', [{ name: 'topic', type: 3, value: topic }]).id,
    );
    expect(flagsOf(quiz.data) & EPHEMERAL).toBe(EPHEMERAL);
    expect(visibleText(quiz.data)).toContain('\\[click\\]');

    const count = await h.fake.callbackOf(
      sendCommand(
        h.fake,
        h.at(h.alice),
        'challenge',
        [
          { name: 'user', type: 6, value: h.bob.id },
          { name: 'questions', type: 4, value: 2 ** 31 },
        ],
        [h.bob],
      ).id,
    );
    expect(flagsOf(count.data) & EPHEMERAL).toBe(EPHEMERAL);

    const admin = (name: string, value: string) =>
      h.fake.callbackOf(
        sendCommand(h.fake, h.at(h.alice, { permissions: PERMISSIONS.manager }), 'quiz-admin', [
          { name: 'schedule', type: 1, options: [{ name, type: 3, value }] },
        ]).id,
      );
    const zone = visibleText((await admin('timezone', `**${'Z'.repeat(5000)}**`)).data);
    expect(zone).toContain('is not a time zone');
    expect(zone).toContain('\\*\\*Z');
    expect(visibleText((await admin('post', '[9](https://x.example)')).data)).toContain('\\[9\\]');
    const general = await h.store.getChannel(channelIdOf(h.guild.id, h.guild.channels[0]?.id ?? ''));
    expect(general?.schedule ?? null).toBeNull();

    const board = await h.fake.callbackOf(
      sendCommand(h.fake, h.at(h.carol), 'leaderboard', [
        { name: 'period', type: 3, value: 'forever' },
        { name: 'scope', type: 3, value: 'galaxy' },
      ]).id,
    );
    expect(visibleText(board.data)).toContain('this week');
    await stillServing();
  });

  it('autocomplete answers any input with at most 25 valid choices, and never fails', async () => {
    const inputs: { name: string; type: number; value: string | number }[] = [
      { name: 'topic', type: 3, value: 'x'.repeat(10_000) },
      { name: 'topic', type: 3, value: '.*(a+)+$' },
      { name: 'topic', type: 3, value: '' },
      { name: 'questions', type: 4, value: 3 },
      { name: 'nonsense', type: 3, value: 'git' },
    ];
    for (const option of inputs) {
      const reply = await h.fake.callbackOf(
        sendAutocomplete(h.fake, h.at(h.carol), 'challenge', [{ ...option, focused: true }]).id,
      );
      expect(reply.type).toBe(8);
      const choices = (reply.data as { choices: unknown[] }).choices;
      expect(choices.length).toBeLessThanOrEqual(25);
    }
    // Nothing focused at all (a malformed payload): still an answer, an empty one.
    const none = await h.fake.callbackOf(
      sendAutocomplete(h.fake, h.at(h.carol), 'quiz', [{ name: 'topic', type: 3, value: 'git' }]).id,
    );
    expect(none).toMatchObject({ type: 8, data: { choices: [] } });
    const flood = Array.from({ length: 50 }, (_, i) =>
      sendAutocomplete(h.fake, h.at(h.carol), 'quiz', [
        { name: 'topic', type: 3, value: `g${i}`, focused: true },
      ]),
    );
    await Promise.all(flood.map((a) => h.fake.callbackOf(a.id)));
    await stillServing();
  });

  it('commands and buttons from direct messages are told the bot works in servers', async () => {
    const dm = h.at(h.carol, { dm: true, channel: { id: nextSnowflake(), name: 'dm' } });
    for (const name of ['quiz', 'daily', 'leaderboard', 'quiz-admin']) {
      const reply = await h.fake.callbackOf(sendCommand(h.fake, dm, name).id);
      expect(flagsOf(reply.data) & EPHEMERAL).toBe(EPHEMERAL);
      expect(visibleText(reply.data)).toContain('works in servers');
    }
    const message = h.fake.putMessage(h.guild.channels[0]?.id ?? '', { content: 'x' });
    const button = await h.fake.callbackOf(sendButton(h.fake, dm, message, 'pn:-1').id);
    expect(visibleText(button.data)).toContain('works in servers');
    await stillServing();
  });
});
