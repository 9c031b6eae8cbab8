import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION } from '../../adapters/slack/action-values.ts';
import { createLogger } from '../../src/logger.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { appHomeOpened } from '../fakes/slack/payloads.ts';
import { postEvent } from '../fakes/slack/signed-requests.ts';
import { SECRET, type SlackHarness, slackHarness, T1, textOf } from './slack-harness.ts';

interface Element {
  action_id: string;
  value: string;
}
const elements = (blocks: unknown): Element[] =>
  (blocks as { type: string; elements?: Element[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);

describe('duels and App Home', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await slackHarness({ start: '2026-01-05T10:00:00Z' });
  });
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it('challenge -> accept -> both play privately -> the result goes to the channel', async () => {
    await h.command(T1('UBOB', 'bob'), 'C1', 'challenge <@UCAROL|carol> 2');
    await h.adapter.settled();
    const challenge = h.api.callsOf('chat.postMessage')[0];
    // Said once (a short title, then the challenge), not twice.
    expect(textOf(challenge?.body ?? {}).match(/challenges/g)).toHaveLength(1);
    // The challenged player is mentioned, so Slack notifies her; the challenger is only named.
    expect(String(challenge?.body.text)).toBe('bob challenges <@UCAROL> to a duel of 2 questions.');
    expect(textOf(challenge?.body ?? {})).not.toContain('<@UBOB>');
    const duelId =
      elements(challenge?.body.blocks).find((e) => e.action_id === ACTION.duelAccept)?.value ?? '';

    await h.click(T1('UCAROL', 'carol'), 'C1', { actionId: ACTION.duelAccept, value: duelId });
    await h.adapter.settled();
    const publicTs = String(challenge?.answer.ts);
    const publicMessage = h.api.messages.get(`C1:${publicTs}`);
    expect(textOf(publicMessage ?? {})).toContain('accepted');
    expect(elements(publicMessage?.blocks).map((e) => e.action_id)).toEqual([ACTION.duelPlay]);

    for (const [user, name, pick] of [
      ['UBOB', 'bob', 0],
      ['UCAROL', 'carol', 1],
    ] as const) {
      const play = await h.click(T1(user, name), 'C1', { actionId: ACTION.duelPlay, value: duelId });
      let shown = (await h.reply(play.responseUrl)).body;
      expect(shown.response_type).toBe('ephemeral');
      for (let q = 0; q < 2; q += 1) {
        expect(textOf(shown)).toContain(`Question ${q + 1} of 2`);
        const option = elements(shown.blocks)[pick];
        if (option === undefined) throw new Error('no option');
        h.clock.advance(3000);
        const answered = await h.click(
          T1(user, name),
          'C1',
          { actionId: option.action_id, value: option.value },
          { ephemeral: true },
        );
        shown = (await h.reply(answered.responseUrl)).body;
        expect(shown.replace_original).toBe(true);
      }
      expect(textOf(shown), textOf(shown)).toContain('Your part is done');
    }
    await h.adapter.settled();
    const duel = await h.store.getDuel(duelId);
    expect(duel?.status).toBe('settled');
    const result = h.api.callsOf('chat.postMessage').find((c) => textOf(c.body).includes('Duel result'));
    expect(result?.body.channel).toBe('C1');
    expect(textOf(result?.body ?? {})).toMatch(/wins|draw/);
    expect(textOf(result?.body ?? {})).toContain('rating');
  });

  it('a challenge nobody accepted expires on the scheduler tick and the channel is told', async () => {
    await h.command(T1('UBOB', 'bob'), 'C1', 'challenge <@UCAROL|carol> 2');
    await h.adapter.settled();
    const challenge = h.api.callsOf('chat.postMessage')[0];
    const duelId =
      elements(challenge?.body.blocks).find((e) => e.action_id === ACTION.duelAccept)?.value ?? '';
    const scheduler = createScheduler({
      engine: h.engine,
      clock: h.clock,
      publishers: [h.adapter.publisher],
      logger: createLogger({ level: 'silent' }),
      instanceId: 'test',
    });
    h.clock.advance(25 * 60 * 60 * 1000);
    const report = await scheduler.tick();
    await scheduler.stop();

    expect(report.duelsAnnounced).toEqual([duelId]);
    const results = h.api
      .callsOf('chat.postMessage')
      .filter((c) => textOf(c.body).includes('The duel expired before it was played.'));
    expect(results).toHaveLength(1);
    expect(results[0]?.body.channel).toBe('C1');
    // The challenge itself no longer offers Accept / Decline.
    const publicMessage = h.api.messages.get(`C1:${String(challenge?.answer.ts)}`);
    expect(elements(publicMessage?.blocks)).toEqual([]);
  });

  it('refuses to duel a bot or yourself', async () => {
    const bot = await h.command(T1('UBOB', 'bob'), 'C1', 'challenge <@UROBOT>');
    expect(textOf((await h.reply(bot.responseUrl)).body)).toContain('Bots do not duel');
    const self = await h.command(T1('UBOB', 'bob'), 'C1', 'challenge <@UBOB|bob>');
    expect(textOf((await h.reply(self.responseUrl)).body)).toContain('cannot challenge yourself');
    const plain = await h.command(T1('UBOB', 'bob'), 'C1', 'challenge carol');
    expect(textOf((await h.reply(plain.responseUrl)).body)).toContain('Usage');
  });

  it('publishes App Home with personal stats and the weekly leaderboard when it is opened', async () => {
    const practice = await h.command(T1('UBOB', 'bob'), 'C1', '');
    const question = (await h.reply(practice.responseUrl)).body;
    const option = elements(question.blocks)[0];
    if (option === undefined) throw new Error('no option');
    const answered = await h.click(
      T1('UBOB', 'bob'),
      'C1',
      { actionId: option.action_id, value: option.value },
      { ephemeral: true },
    );
    await h.reply(answered.responseUrl);
    const sent = await postEvent(h.url, appHomeOpened(T1('UBOB')), { secret: SECRET });
    expect(sent.status).toBe(200);
    const view = await h.api.waitFor(() => h.api.views.get('UBOB'));
    const shown = JSON.stringify(view);
    expect(shown).toContain('Your stats');
    expect(shown).toContain('Leaderboard this week');
    expect(shown).toContain('Answered');
  });
});
