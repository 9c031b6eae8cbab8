import { type SlackHarness, slackHarness, T1 } from '../../slack/slack-harness.ts';
import { englishQuestions } from './english-deck.ts';

/**
 * A daily round in Slack as the README pictures it: the question as posted, the private answer a player
 * gets, and the same message after the close, with the results. Driven exactly as
 * test/slack/daily-round.test.ts drives it: the real Bolt app over HTTP against the fake Slack API.
 */

const CHANNEL = 'slack:T1:C1';

export interface SlackMessagePayload {
  readonly text: string;
  readonly blocks: unknown;
}

export interface SlackRoundCapture {
  /** Who the pictured people are, by Slack user id. */
  readonly users: Record<string, string>;
  /** When each was shown, on the harness's clock (ISO, UTC). */
  readonly times: { readonly question: string; readonly answer: string; readonly reveal: string };
  readonly question: SlackMessagePayload;
  /** The ephemeral reply to Bob's click (response_url body). */
  readonly answer: Record<string, unknown>;
  readonly reveal: SlackMessagePayload;
}

interface Button {
  readonly action_id: string;
  readonly value: string;
}

function buttonsOf(blocks: unknown): Button[] {
  return (blocks as { type: string; elements?: Button[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);
}

async function click(h: SlackHarness, user: string, name: string, button: Button, ts: string) {
  const { responseUrl } = await h.click(T1(user, name), 'C1', {
    actionId: button.action_id,
    value: button.value,
    messageTs: ts,
  });
  return (await h.reply(responseUrl)).body;
}

export async function captureSlackDailyRound(): Promise<SlackRoundCapture> {
  const h = await slackHarness({ start: '2026-01-05T09:00:00Z', questions: await englishQuestions() });
  try {
    await h.engine.ensurePlace(
      { tenantId: 'slack:T1', tenantName: 'team-t1' },
      { channelId: CHANNEL, channelName: 'general' },
    );
    const channel = await h.engine.setSchedule(CHANNEL, {
      postTime: '09:00',
      closeTime: '17:00',
      timezone: 'UTC',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      paused: false,
    });
    const opened = await h.engine.openDailyRound(CHANNEL);
    if (!opened.ok) throw new Error(opened.code);
    const posted = await h.adapter.publisher.postRound(channel, opened.value, { late: false, lang: 'en' });
    if (!posted.ok) throw new Error(posted.code);
    await h.store.markRoundPosted(opened.value.round.id, posted.postRef);
    const ts = posted.postRef.split(':')[1] ?? '';
    const message = h.api.messages.get(`C1:${ts}`);
    if (message === undefined) throw new Error('the daily question was not posted');

    const buttons = buttonsOf(message.blocks);
    const correct = opened.value.question.correctIndex ?? 0;
    const right = buttons[correct];
    const wrong = buttons[(correct + 1) % buttons.length];
    if (right === undefined || wrong === undefined) throw new Error('the daily question has no buttons');
    const postedAt = h.clock.now().toISOString();
    h.clock.advance(4_200);
    const answeredAt = h.clock.now().toISOString();
    const answer = await click(h, 'UBOB', 'bob', right, ts);
    h.clock.advance(7_300);
    await click(h, 'UCAROL', 'carol', wrong, ts);
    h.clock.advance(5_100);
    await click(h, 'UADMIN', 'ada', right, ts);
    // The live count is redrawn on a throttle: run its timer, as the harness's manual timers allow.
    h.clock.advance(3_000);
    h.timers.runDue();
    await h.api.waitFor(() => JSON.stringify(message.blocks).includes('3 answers so far'));
    await h.adapter.settled();
    const question = { text: message.text, blocks: structuredClone(message.blocks) };

    h.clock.set('2026-01-05T17:00:01Z');
    const { results } = await h.engine.closeRound(opened.value.round.id);
    const revealed = await h.adapter.publisher.postResults(channel, results, { lang: 'en' });
    if (!revealed.ok) throw new Error(revealed.code);
    await h.adapter.settled();
    const closed = h.api.messages.get(`C1:${ts}`);
    if (closed === undefined) throw new Error('the daily question vanished');
    if (h.api.violations.length > 0)
      throw new Error(`Slack would refuse: ${JSON.stringify(h.api.violations)}`);
    return {
      users: Object.fromEntries([...h.api.users.values()].map((u) => [u.id, u.name])),
      times: { question: postedAt, answer: answeredAt, reveal: h.clock.now().toISOString() },
      question,
      answer,
      reveal: { text: closed.text, blocks: structuredClone(closed.blocks) },
    };
  } finally {
    await h.close();
  }
}
