import { afterEach, describe, expect, it } from 'vitest';
import { encodeButton } from '../../adapters/discord/custom-ids.ts';
import { channelIdOf } from '../../adapters/discord/platform-ids.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import { PERMISSIONS } from '../fakes/discord/discord-fixtures.ts';
import {
  buttonIds,
  sendAutocomplete,
  sendButton,
  sendCommand,
  visibleText,
} from '../fakes/discord/fake-interactions.ts';
import { sampleQuestion } from '../fakes/sample-questions.ts';
import { type DiscordHarness, discordHarness, LONG_ZH_QUESTION } from './discord-harness.ts';

describe('slash commands: /quiz, /leaderboard, /stats, /quiz-admin, autocomplete, languages', () => {
  let h: DiscordHarness;
  afterEach(async () => {
    await h.close();
  });

  it('/quiz: a private practice question, answered in place, then another on the same topic', async () => {
    h = await discordHarness();
    const quiz = sendCommand(h.fake, h.at(h.alice), 'quiz', [{ name: 'topic', type: 3, value: 'Git' }]);
    const message = await h.responseOf(quiz);
    expect(message.body).toMatchObject({ flags: 64 });
    expect(visibleText(message.body)).toContain('Practice');
    expect(visibleText(message.body)).toContain('Topic: Git');
    const answer = sendButton(h.fake, h.at(h.alice), message, buttonIds(message)[0] ?? '');
    expect((await h.fake.callbackOf(answer.id)).type).toBe(7);
    expect(visibleText(message.body)).toMatch(/Correct!|Graded|How well/);
    const next = buttonIds(message).find((id) => id.startsWith('pn:'));
    if (next !== undefined) {
      const another = sendButton(h.fake, h.at(h.alice), message, next);
      expect((await h.fake.callbackOf(another.id)).type).toBe(7);
      expect(visibleText(message.body)).toContain('Topic: Git');
    }
    expect(h.fake.violations).toEqual([]);
  });

  it('fits a question at the content limits, in Chinese, into every message it appears in', async () => {
    h = await discordHarness({ questions: [LONG_ZH_QUESTION] });
    const where = h.at(h.alice, { locale: 'zh-CN' });
    const message = await h.responseOf(
      sendCommand(h.fake, where, 'quiz', [{ name: 'topic', type: 3, value: 'Docker 深入' }]),
    );
    expect(visibleText(message.body)).toContain('练习');
    // Four answers, then "Report this question" in a row of its own.
    expect(buttonIds(message)).toHaveLength(5);
    expect(buttonIds(message)[4]).toMatch(/^fl:/);
    await h.fake.callbackOf(sendButton(h.fake, where, message, buttonIds(message)[0] ?? '').id);
    expect(visibleText(message.body)).toContain('答对了！');
    expect(visibleText(message.body)).toContain('…');
    expect(h.fake.violations).toEqual([]);
  });

  it('flashcards: reveal, then grade yourself', async () => {
    h = await discordHarness({
      questions: [sampleQuestion('q-git-rebase'), sampleQuestion('q-docker-volume')],
    });
    const message = await h.responseOf(sendCommand(h.fake, h.at(h.alice), 'quiz'));
    expect(visibleText(message.body)).toContain('Flashcard');
    await h.fake.callbackOf(sendButton(h.fake, h.at(h.alice), message, buttonIds(message)[0] ?? '').id);
    expect(visibleText(message.body)).toContain('How well did you remember it?');
    // Four grades, then "Report this question".
    expect(buttonIds(message)).toHaveLength(5);
    expect(buttonIds(message)[4]).toMatch(/^fl:/);
    await h.fake.callbackOf(sendButton(h.fake, h.at(h.alice), message, buttonIds(message)[2] ?? '').id);
    expect(visibleText(message.body)).toContain('Graded "Good"');
  });

  it("refuses a forged round id and someone else's practice round privately", async () => {
    h = await discordHarness();
    const alices = await h.responseOf(
      sendCommand(h.fake, h.at(h.alice), 'quiz', [{ name: 'topic', type: 3, value: 'Docker' }]),
    );
    const forged = h.fake.putMessage(h.guild.channels[0]?.id ?? '', {
      content: 'x',
      components: [
        { type: 1, components: [{ type: 2, style: 2, label: 'A', custom_id: 'a:0:-1:round_forged' }] },
      ],
    });
    const a = sendButton(h.fake, h.at(h.bob), forged, 'a:0:-1:round_forged');
    expect(visibleText((await h.fake.callbackOf(a.id)).data)).toContain('That question no longer exists.');
    const theirs = sendButton(h.fake, h.at(h.bob), forged, buttonIds(alices)[0] ?? '');
    const refused = await h.fake.callbackOf(theirs.id);
    expect(refused.data).toMatchObject({ flags: 64 });
    expect(visibleText(refused.data)).toContain('belongs to someone else');
  });

  it('/leaderboard is public and ranks the players; /stats is private', async () => {
    h = await discordHarness();
    const message = await h.responseOf(
      sendCommand(h.fake, h.at(h.alice), 'quiz', [{ name: 'topic', type: 3, value: 'Git' }]),
    );
    await h.fake.callbackOf(sendButton(h.fake, h.at(h.alice), message, buttonIds(message)[0] ?? '').id);
    const board = await h.fake.callbackOf(
      sendCommand(h.fake, h.at(h.bob), 'leaderboard', [
        { name: 'period', type: 3, value: 'all' },
        { name: 'scope', type: 3, value: 'server' },
      ]).id,
    );
    expect(board.type).toBe(4);
    expect(board.data).not.toMatchObject({ flags: 64 });
    expect(visibleText(board.data)).toContain('Leaderboard: everyone, all time');
    const stats = await h.fake.callbackOf(
      sendCommand(h.fake, h.at(h.bob), 'stats', [{ name: 'user', type: 6, value: h.alice.id }], [h.alice]).id,
    );
    expect(stats.data).toMatchObject({ flags: 64 });
    expect(visibleText(stats.data)).toMatch(/Stats for alice|No answers yet/);
  });

  it('/quiz-admin: only Manage Server; schedule, pause, resume, reload and language', async () => {
    h = await discordHarness();
    const channelId = channelIdOf(h.guild.id, h.guild.channels[0]?.id ?? '');
    const admin = (
      sub: string,
      options: { name: string; type: number; value: string }[] = [],
      manager = true,
    ) =>
      h.fake.callbackOf(
        sendCommand(
          h.fake,
          h.at(h.alice, { permissions: manager ? PERMISSIONS.manager : PERMISSIONS.member }),
          'quiz-admin',
          [{ name: sub, type: 1, options }],
        ).id,
      );

    expect(visibleText((await admin('pause', [], false)).data)).toContain('Manage Server');
    expect(visibleText((await admin('schedule', [{ name: 'post', type: 3, value: '9am' }])).data)).toContain(
      'is not a time',
    );
    expect(
      visibleText((await admin('schedule', [{ name: 'timezone', type: 3, value: 'Mars/Base' }])).data),
    ).toContain('is not a time zone');
    const scheduled = await admin('schedule', [
      { name: 'post', type: 3, value: '08:30' },
      { name: 'close', type: 3, value: '16:00' },
      { name: 'timezone', type: 3, value: 'Asia/Shanghai' },
      { name: 'days', type: 3, value: 'everyday' },
    ]);
    expect(visibleText(scheduled.data)).toContain('posted 08:30, revealed 16:00 (Asia/Shanghai), every day');
    expect((await h.store.getChannel(channelId))?.schedule).toMatchObject({
      postTime: '08:30',
      closeTime: '16:00',
      timezone: 'Asia/Shanghai',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      paused: false,
    });
    await admin('pause');
    expect((await h.store.getChannel(channelId))?.schedule?.paused).toBe(true);
    await admin('resume');
    expect((await h.store.getChannel(channelId))?.schedule?.paused).toBe(false);
    const reloaded = visibleText((await admin('reload')).data);
    expect(reloaded).toContain('1 added, 2 updated, 0 retired');
    expect(reloaded).toContain('1 problem found');

    expect(visibleText((await admin('lang', [{ name: 'language', type: 3, value: 'zh' }])).data)).toContain(
      '中文',
    );
    const practice = await h.fake.callbackOf(
      sendCommand(h.fake, h.at(h.bob, { locale: 'en-US' }), 'quiz').id,
    );
    expect(visibleText(practice.data)).toContain('练习');
    await admin('lang', [{ name: 'language', type: 3, value: 'auto' }]);
    const english = await h.fake.callbackOf(sendCommand(h.fake, h.at(h.bob, { locale: 'en-US' }), 'quiz').id);
    expect(visibleText(english.data)).toContain('Practice');
    const chinese = await h.fake.callbackOf(sendCommand(h.fake, h.at(h.bob, { locale: 'zh-CN' }), 'quiz').id);
    expect(visibleText(chinese.data)).toContain('练习');
    expect(h.fake.violations).toEqual([]);
  });

  it('autocompletes topics within 25 choices of at most 100 characters', async () => {
    h = await discordHarness();
    const all = await h.fake.callbackOf(
      sendAutocomplete(h.fake, h.at(h.alice), 'challenge', [
        { name: 'topic', type: 3, value: '', focused: true },
      ]).id,
    );
    expect(all.type).toBe(8);
    const choices = (all.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.value)).toContain('Docker');
    const git = await h.fake.callbackOf(
      sendAutocomplete(h.fake, h.at(h.alice), 'quiz', [
        { name: 'topic', type: 3, value: 'gi', focused: true },
      ]).id,
    );
    expect((git.data as { choices: { value: string }[] }).choices[0]?.value).toBe('Git');
    expect(h.fake.violations).toEqual([]);
  });

  it('defers when the engine is slow, then edits the deferred reply', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    h = await discordHarness({
      adapter: { ackDeadlineMs: 20 },
      engine: (engine): QuizEngine => ({
        ...engine,
        startPractice: async (...args) => {
          await gate;
          return engine.startPractice(...args);
        },
      }),
    });
    const interaction = sendCommand(h.fake, h.at(h.alice), 'quiz');
    const callback = await h.fake.callbackOf(interaction.id);
    expect(callback).toMatchObject({ type: 5, data: { flags: 64 } });
    release();
    const edit = await h.fake.waitFor(() => h.fake.requestsTo('PATCH', /\/messages\/@original$/)[0]);
    expect(visibleText(edit.body)).toContain('Practice');
    expect(visibleText((await h.responseOf(interaction)).body)).toContain('Practice');
  });

  it('a duel button with a made-up question index is refused', async () => {
    h = await discordHarness();
    const forged = h.fake.putMessage(h.guild.channels[0]?.id ?? '', { content: 'x' });
    const press = sendButton(
      h.fake,
      h.at(h.alice),
      forged,
      encodeButton({ kind: 'duel-answer', duelId: 'duel_x', index: 3, choice: 9 }),
    );
    expect(visibleText((await h.fake.callbackOf(press.id)).data)).toContain('That duel no longer exists.');
  });
});
