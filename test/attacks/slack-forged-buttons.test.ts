import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, choiceValue, gradeValue } from '../../adapters/slack/action-values.ts';
import { responseUrlPolicy } from '../../adapters/slack/reply.ts';
import { blockAction } from '../fakes/slack/payloads.ts';
import { postInteraction } from '../fakes/slack/signed-requests.ts';
import { SECRET, type SlackHarness, slackHarness, T1, textOf } from '../slack/slack-harness.ts';

/**
 * Button values and response URLs come back from the user's client and a payload: a practice button
 * carrying today's daily round must not answer it or show its right option, and a reply never goes to a
 * host that is not Slack's.
 */
async function openDaily(h: SlackHarness): Promise<{ roundId: string; correct: string }> {
  const id = 'slack:T1:C1';
  await h.engine.ensurePlace(
    { tenantId: 'slack:T1', tenantName: 't1' },
    { channelId: id, channelName: 'C1' },
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
  const { question } = opened.value;
  return { roundId: opened.value.round.id, correct: question.options[question.correctIndex ?? 0] ?? '' };
}

describe('forged buttons and reply addresses', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await slackHarness({ start: '2026-01-05T10:00:00Z' });
  });
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it("a practice answer button carrying the open daily round's id is refused: no answer, nothing revealed", async () => {
    const daily = await openDaily(h);
    const { responseUrl } = await h.click(
      T1('UBOB', 'bob'),
      'C1',
      { actionId: `${ACTION.practiceAnswer}:0`, value: choiceValue(daily.roundId, 0) },
      { ephemeral: true },
    );
    const reply = await h.reply(responseUrl);
    await h.adapter.settled();
    expect(textOf(reply.body)).toContain('That question no longer exists.');
    expect(textOf(reply.body)).not.toContain(daily.correct);
    expect(await h.store.countAnswers(daily.roundId)).toBe(0);
  });

  it("a practice grade button carrying the daily round's id is refused with no write", async () => {
    const daily = await openDaily(h);
    const { responseUrl } = await h.click(
      T1('UBOB', 'bob'),
      'C1',
      { actionId: `${ACTION.practiceGrade}:good`, value: gradeValue(daily.roundId, 'good') },
      { ephemeral: true },
    );
    expect(textOf((await h.reply(responseUrl)).body)).toContain('That question no longer exists.');
    expect(await h.store.countAnswers(daily.roundId)).toBe(0);
  });

  it('a button value with an id far longer than ours is refused before it reaches the store', async () => {
    const daily = await openDaily(h);
    const { responseUrl } = await h.click(T1('UBOB', 'bob'), 'C1', {
      actionId: `${ACTION.dailyAnswer}:0`,
      value: choiceValue(`${daily.roundId}${'x'.repeat(1900)}`, 0),
    });
    expect(textOf((await h.reply(responseUrl)).body)).toContain(
      'does not belong to a question you can answer',
    );
    expect(await h.store.countAnswers(daily.roundId)).toBe(0);
  });

  describe('a response_url that points elsewhere', () => {
    let elsewhere: Server;
    let received: string[];
    beforeEach(async () => {
      received = [];
      elsewhere = createServer((req, res) => {
        received.push(`${req.method} ${req.url}`);
        req.resume();
        res.end('ok');
      });
      await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    });
    afterEach(async () => {
      elsewhere.closeAllConnections();
      await new Promise<void>((resolve) => elsewhere.close(() => resolve()));
    });

    it('gets no reply (the answer inside it stays private); the click itself still counts', async () => {
      const daily = await openDaily(h);
      const stealer = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/steal`;
      const post = await postInteraction(
        h.url,
        blockAction(
          T1('UBOB', 'bob'),
          'C1',
          { actionId: `${ACTION.dailyAnswer}:0`, value: choiceValue(daily.roundId, 0) },
          stealer,
        ),
        { secret: SECRET },
      );
      expect(post.status).toBe(200);
      await h.adapter.settled();
      expect(received).toEqual([]);
      expect(await h.store.countAnswers(daily.roundId)).toBe(1);
      expect(h.logs.some((l) => String(l.msg).includes('response_url is not a Slack address'))).toBe(true);
    });
  });

  it("only Slack's reply hosts over HTTPS, or the configured API origin, are followed", () => {
    const allowed = responseUrlPolicy('http://127.0.0.1:4000/api/');
    expect(allowed('https://hooks.slack.com/commands/T1/1/abc')).toBe(true);
    expect(allowed('https://hooks.slack.com/actions/T1/1/abc')).toBe(true);
    expect(allowed('http://127.0.0.1:4000/response/1')).toBe(true);
    for (const url of [
      'http://hooks.slack.com/actions/T1/1/abc',
      'https://hooks.slack.com:8443/actions/T1/1/abc',
      'https://hooks.slack.com.evil.example/actions',
      'https://evil.example/?https://hooks.slack.com/',
      'https://user:pw@hooks.slack.com/actions',
      'http://127.0.0.1:4001/response/1',
      'http://169.254.169.254/latest/meta-data/',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(allowed(url), url).toBe(false);
    }
  });
});
