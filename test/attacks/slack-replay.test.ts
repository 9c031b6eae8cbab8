import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appHomeOpened, slashCommand } from '../fakes/slack/payloads.ts';
import { formBody, postEvent, postSigned } from '../fakes/slack/signed-requests.ts';
import { SECRET, type SlackHarness, slackHarness, T1 } from '../slack/slack-harness.ts';

/**
 * A signed request is good for five minutes either side of now, and only once: a request signed for the
 * future, a captured request sent again, and Slack's own redelivery of an event all have no second effect.
 */
describe('Slack requests are processed once, and only within the time window', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await slackHarness({ start: '2026-01-05T10:00:00Z' });
  });
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it('refuses a correctly signed request timestamped 6 minutes ahead, like one 6 minutes old', async () => {
    const ahead = Math.floor(Date.now() / 1000) + 6 * 60;
    const { post, responseUrl } = await h.command(T1('UBOB'), 'C1', '', { timestamp: ahead });
    expect(post.status).toBe(401);
    const behind = Math.floor(Date.now() / 1000) - 6 * 60;
    const old = await h.command(T1('UBOB'), 'C1', '', { timestamp: behind });
    expect(old.post.status).toBe(401);
    // Within the window both ways is fine (clocks drift).
    const near = await h.command(T1('UBOB'), 'C1', '', { timestamp: Math.floor(Date.now() / 1000) + 60 });
    expect(near.post.status).toBe(200);
    await h.adapter.settled();
    expect(h.api.responsesTo(responseUrl)).toEqual([]);
    expect(h.api.responsesTo(old.responseUrl)).toEqual([]);
    expect(h.api.responsesTo(near.responseUrl)).toHaveLength(1);
  });

  it('processes a replayed slash command (same body, signature and timestamp) once', async () => {
    const responseUrl = h.api.newResponseUrl();
    const body = formBody(slashCommand(T1('UBOB', 'bob'), 'C1', 'practice', responseUrl));
    const timestamp = Math.floor(Date.now() / 1000);
    const send = () =>
      postSigned(h.url, body, 'application/x-www-form-urlencoded', { secret: SECRET, timestamp });
    const first = await send();
    const replays = await Promise.all([send(), send(), send()]);
    expect(first.status).toBe(200);
    for (const replay of replays) expect(replay.status).toBe(200);
    await h.adapter.settled();
    // One practice question for one command, however often the bytes arrive.
    expect(h.api.responsesTo(responseUrl)).toHaveLength(1);
  });

  it("acknowledges Slack's redelivery of an event (X-Slack-Retry-Num) without a second effect", async () => {
    const event = appHomeOpened(T1('UBOB'));
    const first = await postEvent(h.url, event, { secret: SECRET });
    expect(first.status).toBe(200);
    await h.adapter.settled();
    expect(h.api.callsOf('views.publish')).toHaveLength(1);
    for (const reason of ['http_timeout', 'http_error']) {
      const again = await postEvent(h.url, event, {
        secret: SECRET,
        headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': reason },
      });
      expect(again.status).toBe(200);
    }
    await h.adapter.settled();
    expect(h.api.callsOf('views.publish')).toHaveLength(1);
  });

  it('still handles a redelivered event whose first delivery never arrived', async () => {
    const event = appHomeOpened(T1('UCAROL'));
    const again = await postEvent(h.url, event, {
      secret: SECRET,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' },
    });
    expect(again.status).toBe(200);
    await h.adapter.settled();
    expect(h.api.callsOf('views.publish')).toHaveLength(1);
  });
});
