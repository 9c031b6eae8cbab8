import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelRecord } from '../../src/engine/records.ts';
import { menuAction, viewSubmission, type Who } from '../fakes/slack/payloads.ts';
import { postInteraction } from '../fakes/slack/signed-requests.ts';
import { SECRET, type SlackHarness, slackHarness, T1, textOf } from './slack-harness.ts';

const CHANNEL = 'slack:T1:C1';

interface Block {
  readonly type: string;
  readonly block_id?: string;
  readonly accessory?: {
    type: string;
    action_id: string;
    options: { text: { text: string }; value: string }[];
  };
  readonly elements?: { type: string; action_id: string; value?: string; text?: { text: string } }[];
  readonly element?: Record<string, unknown>;
  readonly label?: { text: string };
}

const blocksOf = (message: { blocks?: unknown } | undefined): Block[] => (message?.blocks ?? []) as Block[];

/** The "…" menu beside the question, wherever it is in the message. */
function reportMenuOf(message: { blocks?: unknown } | undefined) {
  const menu = blocksOf(message).find((b) => b.accessory?.type === 'overflow')?.accessory;
  if (menu === undefined) throw new Error('no report menu on the message');
  return menu;
}

async function scheduledChannel(h: SlackHarness): Promise<ChannelRecord> {
  await h.engine.ensurePlace(
    { tenantId: 'slack:T1', tenantName: 'team-t1' },
    { channelId: CHANNEL, channelName: 'general' },
  );
  return h.engine.setSchedule(CHANNEL, {
    postTime: '09:00',
    closeTime: '17:00',
    timezone: 'UTC',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    paused: false,
  });
}

/** Posts today's question through the adapter's publisher, as the scheduler would; returns the message. */
async function postToday(h: SlackHarness) {
  const channel = await scheduledChannel(h);
  const opened = await h.engine.openDailyRound(CHANNEL);
  if (!opened.ok) throw new Error(opened.code);
  const result = await h.adapter.publisher.postRound(channel, opened.value, { late: false, lang: 'en' });
  if (!result.ok) throw new Error(result.code);
  await h.store.markRoundPosted(opened.value.round.id, result.postRef);
  const ts = result.postRef.split(':')[1] ?? '';
  return { ts, message: h.api.messages.get(`C1:${ts}`), opened: opened.value };
}

/** A player picks a reason in the "…" menu; resolves with the form Slack was asked to open. */
async function chooseReason(
  h: SlackHarness,
  who: Who,
  selected: string,
  options: { ephemeral?: boolean } = {},
) {
  const responseUrl = h.api.newResponseUrl();
  const before = h.api.modals.length;
  const post = await postInteraction(
    h.url,
    menuAction(who, 'C1', { actionId: 'nq_flag_menu', selected }, responseUrl, options),
    { secret: SECRET },
  );
  expect(post.status).toBe(200);
  await h.adapter.settled();
  return { responseUrl, modal: h.api.modals[before]?.view };
}

/** Submits the form as the player would: a reason (radio) and optional words. */
async function submitForm(
  h: SlackHarness,
  who: Who,
  view: Record<string, unknown>,
  input: { reason: string; note?: string },
) {
  const post = await postInteraction(
    h.url,
    viewSubmission(who, view, {
      nq_flag_reason: { reason: { type: 'radio_buttons', selected_option: { value: input.reason } } },
      nq_flag_note: { note: { type: 'plain_text_input', value: input.note ?? null } },
    }),
    { secret: SECRET },
  );
  expect(post.status).toBe(200);
  // Bolt closes the form with an empty acknowledgement.
  expect(post.body).toBe('');
  await h.adapter.settled();
}

describe('Slack: reporting a question', () => {
  let h: SlackHarness;
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it('a "…" menu beside the question opens a form; the report is thanked privately, nothing is public', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
    const { message, opened } = await postToday(h);
    const menu = reportMenuOf(message);
    expect(menu.options.map((o) => o.text.text)).toEqual([
      'Report: Wrong answer',
      'Report: Unclear',
      'Report: Not worth asking',
      'Report: Other',
    ]);
    // The answer buttons are still the message's only actions.
    expect(
      blocksOf(message)
        .filter((b) => b.type === 'actions')
        .flatMap((b) => b.elements ?? []),
    ).toHaveLength(opened.question.options.length);

    const postsBefore = h.api.callsOf('chat.postMessage').length;
    const wrongAnswer = menu.options[0]?.value ?? '';
    const { responseUrl, modal } = await chooseReason(h, T1('UBOB', 'bob'), wrongAnswer);
    if (modal === undefined) throw new Error('no form opened');
    expect(modal).toMatchObject({
      type: 'modal',
      callback_id: 'nq_flag',
      title: { text: 'Report this question' },
    });
    const inputs = blocksOf(modal).filter((b) => b.type === 'input');
    expect(inputs.map((b) => b.label?.text)).toEqual([
      'What is wrong with it?',
      'Anything to add? (optional)',
    ]);
    expect(inputs[0]?.element).toMatchObject({
      type: 'radio_buttons',
      initial_option: { value: 'wrong_answer' },
    });
    expect(inputs[1]?.element).toMatchObject({ type: 'plain_text_input', max_length: 500 });
    expect(textOf(modal)).toContain(opened.question.source.file);

    await submitForm(h, T1('UBOB', 'bob'), modal, { reason: 'unclear', note: 'B is right too <!channel>' });
    const thanks = await h.reply(responseUrl);
    expect(thanks.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(thanks.body)).toContain('Thanks for the report');
    expect(h.api.callsOf('chat.postMessage')).toHaveLength(postsBefore);

    const [flagged] = await h.engine.flags.list('slack:T1');
    expect(flagged).toMatchObject({ reports: 1, reasons: [{ reason: 'unclear', count: 1 }] });
    expect(flagged?.notes[0]?.note).toBe('B is right too <!channel>');

    // Again (a second form, a retry): still one report, and the reporter hears so.
    const again = await chooseReason(h, T1('UBOB', 'bob'), wrongAnswer);
    if (again.modal === undefined) throw new Error('no form opened');
    await submitForm(h, T1('UBOB', 'bob'), again.modal, { reason: 'wrong_answer' });
    expect(textOf((await h.reply(again.responseUrl)).body)).toContain('You already reported this question');
    expect((await h.engine.flags.list('slack:T1'))[0]?.reports).toBe(1);
  });

  it('offers the menu on practice and duel questions, and refuses a round the player was not shown', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
    const practice = await h.command(T1('UBOB', 'bob'), 'C1', '');
    const question = (await h.reply(practice.responseUrl)).body;
    const option = reportMenuOf(question).options[1]?.value ?? '';
    // Carol forges Bob's practice round into her own menu choice.
    const forged = await chooseReason(h, T1('UCAROL', 'carol'), option);
    expect(forged.modal).toBeUndefined();
    expect(textOf((await h.reply(forged.responseUrl)).body)).toContain(
      'You can report only the questions you were shown.',
    );
    const garbage = await chooseReason(h, T1('UCAROL', 'carol'), 'because|');
    expect(garbage.modal).toBeUndefined();
    const mine = await chooseReason(h, T1('UBOB', 'bob'), option, { ephemeral: true });
    expect(mine.modal).toMatchObject({ callback_id: 'nq_flag' });

    await h.command(T1('UBOB', 'bob'), 'C1', 'challenge <@UCAROL|carol> 1');
    await h.adapter.settled();
    const challenge = h.api.callsOf('chat.postMessage').find((c) => textOf(c.body).includes('challenges'));
    const duelId =
      blocksOf(challenge?.body)
        .flatMap((b) => b.elements ?? [])
        .find((e) => e.action_id === 'nq_duel_accept')?.value ?? '';
    await h.click(T1('UCAROL', 'carol'), 'C1', { actionId: 'nq_duel_accept', value: duelId });
    await h.adapter.settled();
    const play = await h.click(T1('UCAROL', 'carol'), 'C1', { actionId: 'nq_duel_play', value: duelId });
    const duelQuestion = (await h.reply(play.responseUrl)).body;
    expect(textOf(duelQuestion)).toContain('Question 1 of 1');
    const duelChoice = reportMenuOf(duelQuestion).options[3]?.value ?? '';
    expect(duelChoice).toBe(`other|duel:${duelId}:0`);
    const asked = await chooseReason(h, T1('UCAROL', 'carol'), duelChoice, { ephemeral: true });
    if (asked.modal === undefined) throw new Error('no form opened');
    await submitForm(h, T1('UCAROL', 'carol'), asked.modal, { reason: 'other', note: 'two answers fit' });
    expect(textOf((await h.reply(asked.responseUrl)).body)).toContain('Thanks for the report');
    // Someone outside the duel cannot report its questions.
    const stranger = await chooseReason(h, T1('UADMIN'), duelChoice);
    expect(textOf((await h.reply(stranger.responseUrl)).body)).toContain(
      'You can report only the questions you were shown.',
    );
  });

  it('speaks the workspace language: menu, form and thanks in Chinese', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
    await h.reply((await h.command(T1('UADMIN'), 'C1', 'lang zh')).responseUrl);
    const practice = await h.command(T1('UBOB', 'bob'), 'C1', '');
    const menu = reportMenuOf((await h.reply(practice.responseUrl)).body);
    expect(menu.options.map((o) => o.text.text)).toEqual([
      '举报：答案有误',
      '举报：题意不清',
      '举报：不值得考',
      '举报：其他',
    ]);
    const { modal, responseUrl } = await chooseReason(h, T1('UBOB', 'bob'), menu.options[2]?.value ?? '', {
      ephemeral: true,
    });
    if (modal === undefined) throw new Error('no form opened');
    expect(modal).toMatchObject({
      title: { text: '举报这道题' },
      submit: { text: '提交' },
      close: { text: '取消' },
    });
    await submitForm(h, T1('UBOB', 'bob'), modal, { reason: 'not_worth_asking', note: '太简单了' });
    expect(textOf((await h.reply(responseUrl)).body)).toContain('感谢反馈！');
  });

  it('the third report takes the question out of play and tells the admins once, by DM', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z', env: { SLACK_ADMIN_USER_IDS: 'UADMIN' } });
    const { message, opened } = await postToday(h);
    const reason = reportMenuOf(message).options[0]?.value ?? '';
    for (const user of ['UBOB', 'UCAROL', 'UOWNER', 'UDAN']) {
      const { modal, responseUrl } = await chooseReason(h, T1(user), reason);
      if (modal === undefined) throw new Error('no form opened');
      await submitForm(h, T1(user), modal, { reason: 'wrong_answer' });
      await h.reply(responseUrl);
    }
    const notices = h.api.callsOf('chat.postMessage').filter((c) => textOf(c.body).includes('out of play'));
    expect(notices).toHaveLength(1);
    expect(notices[0]?.body.channel).toBe('UADMIN');
    const notice = JSON.stringify(notices[0]?.body);
    expect(notice).toContain(`${opened.question.source.file}:${opened.question.source.line}`);
    expect(notice).toContain('3 players reported a question');
    expect(notice).toContain('`/quiz flagged`');
    expect(notice).not.toMatch(/<@|<!here|<!channel|<!everyone/);
    expect((await h.engine.flags.list('slack:T1'))[0]?.suppression).toMatchObject({ auto: true });
  });

  it('/quiz flagged lists reported questions to admins, with buttons that suppress, restore and dismiss', async () => {
    h = await slackHarness({ start: '2026-01-05T09:00:00Z' });
    const { message, opened } = await postToday(h);
    const reason = reportMenuOf(message).options[0]?.value ?? '';
    for (const [user, note] of [
      ['UBOB', 'see <https://evil.example|the docs> & <!channel>'],
      ['UCAROL', '答案应该是 B'],
    ] as const) {
      const { modal, responseUrl } = await chooseReason(h, T1(user), reason);
      if (modal === undefined) throw new Error('no form opened');
      await submitForm(h, T1(user), modal, { reason: 'wrong_answer', note });
      await h.reply(responseUrl);
    }
    const refused = await h.command(T1('UBOB'), 'C1', 'flagged');
    expect(textOf((await h.reply(refused.responseUrl)).body)).toContain('Only workspace admins');

    const listed = await h.command(T1('UADMIN'), 'C1', 'flagged');
    const list = (await h.reply(listed.responseUrl)).body;
    const text = textOf(list);
    expect(text).toContain('Reported questions');
    expect(text).toContain(`\`${opened.question.source.file}:${opened.question.source.line}\``);
    expect(text).toContain('2 reports: Wrong answer ×2');
    expect(text).toContain('In play');
    // What players wrote cannot link or ping: Slack's three markup characters arrive escaped.
    expect(text).toContain('&lt;https://evil.example|the docs&gt; &amp; &lt;!channel&gt;');
    expect(text).toContain('答案应该是 B');
    const buttons = blocksOf(list)
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements ?? []);
    expect(buttons.map((b) => [b.action_id, b.text?.text, b.value])).toEqual([
      ['nq_flag_suppress', 'Take out of play', opened.question.id],
      ['nq_flag_dismiss', 'Dismiss reports', opened.question.id],
    ]);

    // A player who got hold of the button is refused; the admin's press redraws the list.
    const forged = await h.click(T1('UBOB'), 'C1', {
      actionId: 'nq_flag_suppress',
      value: opened.question.id,
    });
    expect(textOf((await h.reply(forged.responseUrl)).body)).toContain('Only workspace admins');
    expect((await h.engine.flags.list('slack:T1'))[0]?.suppression).toBeNull();
    const suppress = await h.click(
      T1('UADMIN'),
      'C1',
      { actionId: 'nq_flag_suppress', value: opened.question.id },
      { ephemeral: true },
    );
    const redrawn = (await h.reply(suppress.responseUrl)).body;
    expect(redrawn.replace_original).toBe(true);
    expect(textOf(redrawn)).toContain('Taken out of play');
    expect(textOf(redrawn)).toContain('Out of play: an admin took it out');
    expect(
      blocksOf(redrawn)
        .filter((b) => b.type === 'actions')
        .flatMap((b) => b.elements ?? [])
        .map((b) => b.action_id),
    ).toEqual(['nq_flag_restore']);

    const restore = await h.click(
      T1('UADMIN'),
      'C1',
      { actionId: 'nq_flag_restore', value: opened.question.id },
      { ephemeral: true },
    );
    const restored = textOf((await h.reply(restore.responseUrl)).body);
    expect(restored).toContain('Back in play; its reports are closed.');
    expect(restored).toContain('No question has open reports');
  });
});
