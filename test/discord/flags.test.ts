import { afterEach, describe, expect, it } from 'vitest';
import { plainText } from '../../adapters/discord/plain-text.ts';
import { channelIdOf, parsePostRef } from '../../adapters/discord/platform-ids.ts';
import { PERMISSIONS } from '../fakes/discord/discord-fixtures.ts';
import type { StoredMessage } from '../fakes/discord/fake-discord.ts';
import {
  buttonIds,
  sendButton,
  sendCommand,
  sendModalSubmit,
  visibleText,
} from '../fakes/discord/fake-interactions.ts';
import { type DiscordHarness, discordHarness } from './discord-harness.ts';

type User = DiscordHarness['alice'];

/** Schedules #general through /quiz-admin (as `admin`), then posts today's question as the scheduler would. */
async function postToday(h: DiscordHarness, admin: User) {
  const general = h.guild.channels[0];
  if (general === undefined) throw new Error('no channel');
  await h.fake.callbackOf(
    sendCommand(h.fake, h.at(admin, { permissions: PERMISSIONS.manager }), 'quiz-admin', [
      {
        name: 'schedule',
        type: 1,
        options: [
          { name: 'post', type: 3, value: '09:00' },
          { name: 'timezone', type: 3, value: 'UTC' },
          { name: 'days', type: 3, value: 'everyday' },
        ],
      },
    ]).id,
  );
  const channel = await h.store.getChannel(channelIdOf(h.guild.id, general.id));
  if (channel === null) throw new Error('not scheduled');
  const opened = await h.engine.openDailyRound(channel.id);
  if (!opened.ok) throw new Error(opened.code);
  const result = await h.adapter.publisher.postRound(channel, opened.value, { late: false, lang: 'en' });
  if (!result.ok) throw new Error(result.code);
  await h.store.markRoundPosted(opened.value.round.id, result.postRef);
  const ref = parsePostRef(result.postRef);
  const message = ref === null ? undefined : h.fake.messages.get(ref.messageId);
  if (message === undefined) throw new Error('no post');
  return { ...opened.value, message };
}

const reportButtonOf = (message: StoredMessage): string => {
  const id = buttonIds(message).find((b) => b.startsWith('fl:'));
  if (id === undefined) throw new Error('no Report button');
  return id;
};

/** Presses Report on a message, then submits the form it opened; returns the answer to the form. */
async function report(
  h: DiscordHarness,
  user: User,
  message: StoredMessage,
  fields: { reason: string; note?: string },
) {
  const press = sendButton(h.fake, h.at(user), message, reportButtonOf(message));
  const form = await h.fake.callbackOf(press.id);
  expect(form.type).toBe(9);
  const formId = (form.data as { custom_id: string }).custom_id;
  const submitted = sendModalSubmit(
    h.fake,
    h.at(user),
    formId,
    { reason: [fields.reason], note: fields.note ?? '' },
    message,
  );
  return h.fake.callbackOf(submitted.id);
}

describe('Discord: reporting a question', () => {
  let h: DiscordHarness;
  afterEach(async () => {
    expect(h.fake.violations).toEqual([]);
    await h.close();
  });

  it('a Report button under the question opens a form; the report is thanked privately', async () => {
    h = await discordHarness();
    const { message, question, round } = await postToday(h, h.alice);
    const rows = message.body.components as {
      components: { label: string; style: number; custom_id: string }[];
    }[];
    // Its own row, under the answers, small and grey (secondary): the answers stay the message's point.
    expect(rows.at(-1)?.components).toEqual([
      { type: 2, style: 2, label: '⚑ Report', custom_id: `fl:${round.id}` },
    ]);
    expect(rows.slice(0, -1).flatMap((r) => r.components)).toHaveLength(question.options.length);

    const press = sendButton(h.fake, h.at(h.bob), message, reportButtonOf(message));
    const form = await h.fake.callbackOf(press.id);
    expect(form).toMatchObject({
      type: 9,
      data: {
        custom_id: `fm:${round.id}`,
        title: 'Report this question',
        components: [
          {
            type: 18,
            label: 'What is wrong with it?',
            component: {
              type: 3,
              custom_id: 'reason',
              options: [
                { label: 'Wrong answer', value: 'wrong_answer' },
                { label: 'Unclear', value: 'unclear' },
                { label: 'Not worth asking', value: 'not_worth_asking' },
                { label: 'Other', value: 'other' },
              ],
            },
          },
          {
            type: 18,
            label: 'Anything to add? (optional)',
            component: { type: 4, custom_id: 'note', style: 2, required: false, max_length: 500 },
          },
        ],
      },
    });
    const before = h.fake.requestsTo('POST', /^\/channels\/\d+\/messages$/).length;
    const submitted = sendModalSubmit(
      h.fake,
      h.at(h.bob),
      `fm:${round.id}`,
      { reason: ['wrong_answer'], note: 'B fits too @everyone' },
      message,
    );
    const thanks = await h.fake.callbackOf(submitted.id);
    expect(thanks.type).toBe(4);
    expect(thanks.data).toMatchObject({ flags: 64 });
    expect(visibleText(thanks.data)).toContain('Thanks for the report');
    // Nothing public: no message in any channel.
    expect(h.fake.requestsTo('POST', /^\/channels\/\d+\/messages$/)).toHaveLength(before);
    const [flagged] = await h.engine.flags.list(`discord:${h.guild.id}`);
    expect(flagged).toMatchObject({
      reports: 1,
      notes: [{ reason: 'wrong_answer', note: 'B fits too @everyone' }],
    });

    const again = await report(h, h.bob, message, { reason: 'unclear' });
    expect(visibleText(again.data)).toContain('You already reported this question');
  });

  it('offers Report on practice and duel questions; refuses a round the player was not shown', async () => {
    h = await discordHarness();
    const practice = await h.responseOf(sendCommand(h.fake, h.at(h.carol), 'quiz'));
    const formId = reportButtonOf(practice).replace(/^fl:/, 'fm:');
    const forged = sendModalSubmit(h.fake, h.at(h.bob), formId, { reason: ['unclear'], note: '' });
    expect(visibleText((await h.fake.callbackOf(forged.id)).data)).toContain(
      'You can report only the questions you were shown.',
    );
    const odd = sendModalSubmit(h.fake, h.at(h.carol), formId, { reason: ['because'] });
    expect((await h.fake.callbackOf(odd.id)).data).toMatchObject({ flags: 64 });
    expect(await h.engine.flags.list(`discord:${h.guild.id}`)).toEqual([]);
    expect(visibleText((await report(h, h.carol, practice, { reason: 'unclear' })).data)).toContain(
      'Thanks for the report',
    );

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
    const accept = buttonIds(challenge).find((b) => b.startsWith('da:')) ?? '';
    await h.fake.callbackOf(sendButton(h.fake, h.at(h.bob), challenge, accept).id);
    const play = buttonIds(challenge).find((b) => b.startsWith('dp:')) ?? accept.replace(/^da:/, 'dp:');
    const question = await h.responseOf(sendButton(h.fake, h.at(h.bob), challenge, play));
    expect(visibleText(question.body)).toContain('Question 1 of 1');
    expect(reportButtonOf(question)).toMatch(/^fl:duel:.+:0$/);
    expect(
      visibleText((await report(h, h.bob, question, { reason: 'other', note: 'two fit' })).data),
    ).toContain('Thanks for the report');
  });

  it('the third report takes the question out of play and tells the admin who scheduled it, by DM, once', async () => {
    h = await discordHarness();
    const { message, question } = await postToday(h, h.alice);
    for (const user of [h.bob, h.carol, h.owner, h.alice])
      await report(h, user, message, { reason: 'wrong_answer' });
    const dms = [...h.fake.messages.values()].filter((m) => visibleText(m.body).includes('out of play'));
    expect(dms).toHaveLength(1);
    expect(h.fake.dmChannels.get(dms[0]?.channelId ?? '')).toBe(h.alice.id);
    const text = visibleText(dms[0]?.body);
    expect(text).toContain(`${question.source.file}:${question.source.line}`);
    expect(text).toContain('3 players reported a question');
    expect(text).toContain('`/quiz-admin flagged`');
    expect(dms[0]?.body.allowed_mentions).toEqual({ parse: [], users: [] });
  });

  it('speaks the member’s language: the form and the thanks in Chinese', async () => {
    h = await discordHarness();
    const zh = h.at(h.bob, { locale: 'zh-CN' });
    const practice = await h.responseOf(sendCommand(h.fake, zh, 'quiz'));
    expect(visibleText(practice.body)).toContain('练习');
    const form = await h.fake.callbackOf(sendButton(h.fake, zh, practice, reportButtonOf(practice)).id);
    expect(form.data).toMatchObject({
      title: '举报这道题',
      components: [{ label: '问题出在哪里？' }, { label: '补充说明（可选）' }],
    });
    const rows = practice.body.components as { components: { label: string }[] }[];
    expect(rows.at(-1)?.components[0]?.label).toBe('⚑ 举报');
    const formId = (form.data as { custom_id: string }).custom_id;
    const thanks = await h.fake.callbackOf(
      sendModalSubmit(h.fake, zh, formId, { reason: ['unclear'], note: '题目有两个答案' }, practice).id,
    );
    expect(visibleText(thanks.data)).toContain('感谢反馈！');
  });

  it("with nobody remembered for the channel, the server's owner is told", async () => {
    h = await discordHarness({ settings: { flagSuppressAfter: 1 } });
    const practice = await h.responseOf(sendCommand(h.fake, h.at(h.bob), 'quiz'));
    await report(h, h.bob, practice, { reason: 'not_worth_asking' });
    // The notice follows the reporter's thanks.
    const dms = await h.fake.waitFor(() => {
      const found = [...h.fake.messages.values()].filter((m) => visibleText(m.body).includes('out of play'));
      return found.length > 0 ? found : undefined;
    });
    expect(dms.map((m) => h.fake.dmChannels.get(m.channelId))).toEqual([h.owner.id]);
    expect(visibleText(dms[0]?.body)).toContain('(Not worth asking ×1)');
  });

  it('/quiz-admin flagged lists reported questions to managers; its buttons suppress, restore and dismiss', async () => {
    h = await discordHarness();
    const { message, question } = await postToday(h, h.alice);
    await report(h, h.bob, message, {
      reason: 'wrong_answer',
      note: '<@123> **see** [docs](https://evil.example)',
    });
    await report(h, h.carol, message, { reason: 'unclear' });
    const admin = h.at(h.alice, { permissions: PERMISSIONS.manager });
    const refused = await h.fake.callbackOf(
      sendCommand(h.fake, h.at(h.bob), 'quiz-admin', [{ name: 'flagged', type: 1 }]).id,
    );
    expect(visibleText(refused.data)).toContain('Manage Server');

    const listed = await h.responseOf(
      sendCommand(h.fake, admin, 'quiz-admin', [{ name: 'flagged', type: 1 }]),
    );
    const text = visibleText(listed.body);
    expect(text).toContain('Reported questions');
    expect(text).toContain(`1. ${plainText(`${question.source.file}:${question.source.line}`)}`);
    expect(text).toContain('2 reports: Wrong answer ×1, Unclear ×1 · In play');
    // What players wrote reads as typed: no mention, no bold, no link.
    expect(text).toContain('“\\<\\@123\\> \\*\\*see\\*\\* \\[docs\\]\\(https\\://evil.example\\)”');
    expect(buttonIds(listed)).toEqual([`fv:s:${question.id}`, `fv:d:${question.id}`]);

    const forged = await h.fake.callbackOf(sendButton(h.fake, h.at(h.bob), listed, `fv:s:${question.id}`).id);
    expect(visibleText(forged.data)).toContain('Manage Server');
    const suppress = await h.fake.callbackOf(sendButton(h.fake, admin, listed, `fv:s:${question.id}`).id);
    expect(suppress.type).toBe(7);
    expect(visibleText(suppress.data)).toContain('Taken out of play');
    expect(visibleText(suppress.data)).toContain('Out of play: an admin took it out');
    const redrawn = h.fake.messages.get(listed.id);
    if (redrawn === undefined) throw new Error('list gone');
    expect(buttonIds(redrawn)).toEqual([`fv:r:${question.id}`]);
    const restore = await h.fake.callbackOf(sendButton(h.fake, admin, redrawn, `fv:r:${question.id}`).id);
    expect(visibleText(restore.data)).toContain('Back in play; its reports are closed.');
    expect(visibleText(restore.data)).toContain('No question has open reports');
  });
});
