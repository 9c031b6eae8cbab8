import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, choiceValue, duelAnswerValue } from '../../adapters/slack/action-values.ts';
import { blockAction } from '../fakes/slack/payloads.ts';
import { postInteraction, sign } from '../fakes/slack/signed-requests.ts';
import { SECRET, type SlackHarness, slackHarness, T1, textOf } from './slack-harness.ts';

async function openDaily(h: SlackHarness, channel: string): Promise<{ roundId: string; options: number }> {
  const id = `slack:T1:${channel}`;
  await h.engine.ensurePlace(
    { tenantId: 'slack:T1', tenantName: 't1' },
    { channelId: id, channelName: channel },
  );
  await h.engine.setSchedule(id, {
    postTime: '09:00',
    closeTime: '17:00',
    timezone: 'UTC',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    paused: false,
  });
  const opened = await h.engine.openDailyRound(id);
  if (!opened.ok) throw new Error(opened.code);
  return { roundId: opened.value.round.id, options: opened.value.question.options.length };
}

describe('requests and button values are not trusted', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await slackHarness({ start: '2026-01-05T10:00:00Z' });
  });
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it('answers 401 to a bad or stale signature and records nothing', async () => {
    const { roundId } = await openDaily(h, 'C1');
    const action = { actionId: `${ACTION.dailyAnswer}:0`, value: choiceValue(roundId, 0) };
    const forged = await h.click(T1('UBOB'), 'C1', action, {
      signature: sign('not-the-secret', Math.floor(Date.now() / 1000), 'x'),
    });
    expect(forged.post.status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const old = await h.click(T1('UBOB'), 'C1', action, { timestamp: stale });
    expect(old.post.status).toBe(401);
    // A body changed after signing (the value swapped) fails too.
    const responseUrl = h.api.newResponseUrl();
    const ts = Math.floor(Date.now() / 1000);
    const signedFor = new URLSearchParams({
      payload: JSON.stringify(blockAction(T1('UBOB'), 'C1', action, responseUrl)),
    }).toString();
    const tampered = await postInteraction(
      h.url,
      blockAction(T1('UBOB'), 'C1', { ...action, value: choiceValue(roundId, 1) }, responseUrl),
      { secret: SECRET, timestamp: ts, signature: sign(SECRET, ts, signedFor) },
    );
    expect(tampered.status).toBe(401);
    await h.adapter.settled();
    expect(await h.store.countAnswers(roundId)).toBe(0);
    expect(h.api.responses).toEqual([]);
  });

  it('refuses a round of another channel, another workspace, a missing round, an option out of range', async () => {
    const c1 = await openDaily(h, 'C1');
    const c2 = await openDaily(h, 'C2');
    const cases: { who: ReturnType<typeof T1>; channel: string; value: string; says: string }[] = [
      {
        who: T1('UBOB'),
        channel: 'C1',
        value: choiceValue(c2.roundId, 0),
        says: 'belongs to another channel',
      },
      {
        who: { team: 'T2', user: 'UEVE' },
        channel: 'C1',
        value: choiceValue(c1.roundId, 0),
        says: 'belongs to another team',
      },
      { who: T1('UBOB'), channel: 'C1', value: choiceValue('no-such-round', 0), says: 'no longer exists' },
      {
        who: T1('UBOB'),
        channel: 'C1',
        value: choiceValue(c1.roundId, c1.options),
        says: 'There is no such option',
      },
      {
        who: T1('UBOB'),
        channel: 'C1',
        value: 'garbage',
        says: 'does not belong to a question you can answer',
      },
    ];
    for (const c of cases) {
      const { post, responseUrl } = await h.click(c.who, c.channel, {
        actionId: `${ACTION.dailyAnswer}:0`,
        value: c.value,
      });
      expect(post.status).toBe(200);
      const reply = await h.reply(responseUrl);
      expect(reply.body.response_type).toBe('ephemeral');
      expect(textOf(reply.body)).toContain(c.says);
    }
    await h.adapter.settled();
    expect(await h.store.countAnswers(c1.roundId)).toBe(0);
    expect(await h.store.countAnswers(c2.roundId)).toBe(0);
  });

  it("refuses someone else's practice question", async () => {
    const started = await h.engine.startPractice(
      { tenantId: 'slack:T1', tenantName: 't1', playerId: 'slack:T1:UBOB', displayName: 'bob' },
      { channelId: 'slack:T1:C1', channelName: 'general' },
    );
    if (!started.ok) throw new Error(started.code);
    const roundId = started.value.round.id;
    const { responseUrl } = await h.click(
      T1('UCAROL'),
      'C1',
      { actionId: `${ACTION.practiceAnswer}:0`, value: choiceValue(roundId, 0) },
      { ephemeral: true },
    );
    expect(textOf((await h.reply(responseUrl)).body)).toContain('belongs to someone else');
    expect(await h.store.countAnswers(roundId)).toBe(0);
  });

  it("refuses another user's duel: accept, play and answer", async () => {
    const challenge = await h.command(T1('UBOB', 'bob'), 'C1', 'challenge <@UCAROL|carol> 2');
    await h.adapter.settled();
    const post = h.api.callsOf('chat.postMessage')[0];
    expect(
      post,
      `challenge reply: ${JSON.stringify(h.api.responsesTo(challenge.responseUrl))}`,
    ).toBeDefined();
    const accept = buttonValue(post?.body.blocks, ACTION.duelAccept);
    const duelId = accept;

    const intruder = await h.click(T1('UDAN', 'dan'), 'C1', { actionId: ACTION.duelAccept, value: accept });
    expect(textOf((await h.reply(intruder.responseUrl)).body)).toContain('Only the challenged player');
    expect((await h.store.getDuel(duelId))?.status).toBe('pending');

    const accepted = await h.click(T1('UCAROL', 'carol'), 'C1', {
      actionId: ACTION.duelAccept,
      value: accept,
    });
    await h.adapter.settled();
    expect(h.api.responsesTo(accepted.responseUrl)).toEqual([]);
    expect((await h.store.getDuel(duelId))?.status).toBe('active');

    const play = await h.click(T1('UDAN', 'dan'), 'C1', { actionId: ACTION.duelPlay, value: duelId });
    expect(textOf((await h.reply(play.responseUrl)).body)).toContain('You are not in this duel');
    const answer = await h.click(
      T1('UDAN', 'dan'),
      'C1',
      { actionId: `${ACTION.duelAnswer}:0`, value: duelAnswerValue(duelId, 0, 0) },
      { ephemeral: true },
    );
    expect(textOf((await h.reply(answer.responseUrl)).body)).toContain('You are not in this duel');
    expect(await h.store.duelAnswers(duelId)).toEqual([]);
  });
});

function buttonValue(blocks: unknown, actionId: string): string {
  const found = (blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
    .flatMap((b) => b.elements ?? [])
    .find((e) => e.action_id === actionId);
  if (found === undefined) throw new Error(`no ${actionId} button`);
  return found.value;
}
