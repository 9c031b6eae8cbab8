import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION } from '../../adapters/slack/action-values.ts';
import type { Question } from '../../src/content/question.ts';
import { type SlackHarness, slackHarness, textOf } from '../slack/slack-harness.ts';

/**
 * A display name or a note can hold Slack's control sequences. Wherever Slack reads text (the blocks, the
 * header, and the fallback `text` that drives notifications) they arrive escaped, so nothing pings by
 * accident; the people the bot means to reach (the challenged player, the winner) get real mentions.
 */
const TRAP: Question = {
  id: 'q-trap',
  cardId: 'card-trap',
  deck: 'traps',
  kind: 'choice',
  lang: 'en',
  stem: 'Who gets paged by <!here> & <@UADMIN>? <!everyone>',
  options: ['<!channel> & co', 'nobody', 'everybody', 'the on-call'],
  correctIndex: 0,
  answer: 'Nobody should be: <!subteam^S1> is a group mention.',
  source: { file: 'traps.md', line: 1 },
  sectionPath: ['Traps', '<!channel> pings'],
  tags: [],
};

const PINGS = /<!(everyone|channel|here|subteam)|<@UADMIN>/;

interface Element {
  action_id: string;
  value: string;
}
const buttons = (blocks: unknown): Element[] =>
  (blocks as { type: string; elements?: Element[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);

describe('names and notes never ping by accident', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await slackHarness({ start: '2026-01-05T10:00:00Z', questions: [TRAP] });
    h.api.addUser({ id: 'UEVIL', teamId: 'T1', name: '<!everyone> & <@UADMIN>' });
  });
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  /** Everything the bot sent that Slack would render: channel messages, edits and replies. */
  const sent = (): Record<string, unknown>[] => [
    ...h.api.calls.filter((c) => c.method.startsWith('chat.')).map((c) => c.body),
    ...h.api.responses.map((r) => r.body),
  ];

  it('the daily post escapes the note in its fallback text and blocks', async () => {
    const id = 'slack:T1:C1';
    await h.engine.ensurePlace(
      { tenantId: 'slack:T1', tenantName: 't1' },
      { channelId: id, channelName: 'C1' },
    );
    const channel = await h.engine.setSchedule(id, {
      postTime: '09:00',
      closeTime: '17:00',
      timezone: 'UTC',
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      paused: false,
    });
    const opened = await h.engine.openDailyRound(id);
    if (!opened.ok) throw new Error(opened.code);
    const posted = await h.adapter.publisher.postRound(channel, opened.value, { late: false, lang: 'en' });
    expect(posted.ok).toBe(true);
    const [message] = h.api.callsOf('chat.postMessage');
    expect(String(message?.body.text)).toContain('&lt;!here&gt; &amp; &lt;@UADMIN&gt;');
    for (const body of sent()) {
      expect(String(body.text)).not.toMatch(PINGS);
      expect(textOf(body)).not.toMatch(PINGS);
    }
  });

  it('a duel between people with hostile names mentions only the challenged player and the winner', async () => {
    const challenge = await h.command(
      { team: 'T1', user: 'UBOB', userName: '<!channel>' },
      'C1',
      'challenge <@UEVIL> 1',
    );
    await h.adapter.settled();
    const [posted] = h.api.callsOf('chat.postMessage');
    expect(posted, JSON.stringify(h.api.responsesTo(challenge.responseUrl))).toBeDefined();
    // The challenged player is notified: a real mention in the notification text.
    expect(String(posted?.body.text)).toContain('<@UEVIL>');
    // The challenge is said once, below a short title: the challenger's hostile name as escaped text.
    const section = ((posted?.body.blocks ?? []) as { type: string; text?: { text: string } }[]).find(
      (b) => b.type === 'section',
    );
    expect(section?.text?.text).toBe('&lt;!channel&gt; challenges <@UEVIL> to a duel of 1 question.');

    const duelId = buttons(posted?.body.blocks).find((b) => b.action_id === ACTION.duelAccept)?.value ?? '';
    await h.click({ team: 'T1', user: 'UEVIL', userName: 'evil' }, 'C1', {
      actionId: ACTION.duelAccept,
      value: duelId,
    });
    for (const [user, pick] of [
      ['UBOB', 0],
      ['UEVIL', 1],
    ] as const) {
      const play = await h.click({ team: 'T1', user }, 'C1', { actionId: ACTION.duelPlay, value: duelId });
      const question = (await h.reply(play.responseUrl)).body;
      const option = buttons(question.blocks)[pick];
      if (option === undefined) throw new Error('no option');
      h.clock.advance(2000);
      const answered = await h.click(
        { team: 'T1', user },
        'C1',
        { actionId: option.action_id, value: option.value },
        { ephemeral: true },
      );
      await h.reply(answered.responseUrl);
    }
    await h.adapter.settled();
    expect((await h.store.getDuel(duelId))?.winnerId).toBe('slack:T1:UBOB');
    const result = h.api.callsOf('chat.postMessage').find((c) => textOf(c.body).includes('Duel result'));
    expect(String(result?.body.text)).toContain('<@UBOB>');
    for (const body of sent()) {
      expect(String(body.text)).not.toMatch(PINGS);
      expect(textOf(body)).not.toMatch(PINGS);
    }
  });
});
