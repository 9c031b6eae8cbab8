import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelIdOf, parsePostRef } from '../../adapters/discord/platform-ids.ts';
import type { ChannelRecord } from '../../src/engine/records.ts';
import { nextSnowflake } from '../fakes/discord/discord-fixtures.ts';
import { buttonIds, sendButton, sendCommand, visibleText } from '../fakes/discord/fake-interactions.ts';
import { type DiscordHarness, discordHarness } from './discord-harness.ts';

describe('the question of the day on Discord (the scheduler drives the publisher)', () => {
  let h: DiscordHarness;
  let channel: ChannelRecord;
  beforeEach(async () => {
    h = await discordHarness({ dailyChannel: true });
    const quiz = h.guild.channels[1];
    if (quiz === undefined) throw new Error('no channel');
    const record = await h.store.getChannel(channelIdOf(h.guild.id, quiz.id));
    if (record === null) throw new Error('DISCORD_DAILY_CHANNEL_ID did not create the channel');
    channel = record;
  });
  afterEach(async () => {
    await h.close();
  });

  async function post() {
    const opened = await h.engine.openDailyRound(channel.id);
    if (!opened.ok) throw new Error(opened.code);
    const result = await h.adapter.publisher.postRound(channel, opened.value, { late: false, lang: 'en' });
    if (!result.ok) throw new Error(result.code);
    await h.store.markRoundPosted(opened.value.round.id, result.postRef);
    const ref = parsePostRef(result.postRef);
    const message = ref === null ? undefined : h.fake.messages.get(ref.messageId);
    if (message === undefined) throw new Error('no post');
    return { round: opened.value.round, message };
  }

  /** A posted round one player answered right, closed: what a reveal is delivered for. */
  async function answeredAndClosed(player: typeof h.alice) {
    const { round, message } = await post();
    const quiz = h.guild.channels[1];
    if (quiz === undefined) throw new Error('no channel');
    const press = sendButton(h.fake, h.at(player, { channel: quiz }), message, buttonIds(message)[0] ?? '');
    await h.fake.callbackOf(press.id);
    return { message, closed: await h.engine.closeRound(round.id) };
  }
  const cheers = () =>
    [...h.fake.messages.values()].filter((m) => visibleText(m.body).includes('got it right'));

  it('DISCORD_DAILY_CHANNEL_ID gets the default schedule', () => {
    expect(channel.schedule).toMatchObject({
      postTime: '09:00',
      closeTime: '17:00',
      weekdays: [1, 2, 3, 4, 5],
    });
  });

  it('posts, takes private answers, keeps a live count, and reveals at close', async () => {
    const { round, message } = await post();
    expect(visibleText(message.body)).toContain('Question of the day');
    expect(visibleText(message.body)).toContain('0 answers so far');
    // The close in each reader's own zone, and a countdown Discord keeps live.
    const closes = Math.floor((round.closesAt?.getTime() ?? 0) / 1000);
    expect(visibleText(message.body)).toContain(`Answers close at <t:${closes}:t> (<t:${closes}:R>).`);
    const quiz = h.guild.channels[1];
    if (quiz === undefined) throw new Error('no channel');

    const answers: [typeof h.alice, number][] = [
      [h.alice, 0],
      [h.bob, 1],
      [h.carol, 0],
    ];
    for (const [user, choice] of answers) {
      const press = sendButton(
        h.fake,
        h.at(user, { channel: quiz }),
        message,
        buttonIds(message)[choice] ?? '',
      );
      const callback = await h.fake.callbackOf(press.id);
      expect(callback.type).toBe(4);
      expect(callback.data).toMatchObject({ flags: 64 });
      expect(visibleText(callback.data)).toContain('Answer recorded');
      expect(visibleText(callback.data)).not.toContain('Correct');
    }
    const again = sendButton(h.fake, h.at(h.alice, { channel: quiz }), message, buttonIds(message)[1] ?? '');
    expect(visibleText((await h.fake.callbackOf(again.id)).data)).toContain('already answered');

    await h.fake.waitFor(() => (visibleText(message.body).includes('3 answers so far') ? true : undefined));
    expect(message.edits).toBeLessThanOrEqual(3);

    // /daily: the same question privately, answered in the private message.
    const dave = { id: nextSnowflake(), username: 'dave' };
    const daily = sendCommand(h.fake, h.at(dave, { channel: quiz }), 'daily');
    const privateCopy = await h.responseOf(daily);
    expect(privateCopy.body).toMatchObject({ flags: 64 });
    const answer = sendButton(
      h.fake,
      h.at(dave, { channel: quiz }),
      privateCopy,
      buttonIds(privateCopy)[0] ?? '',
    );
    expect((await h.fake.callbackOf(answer.id)).type).toBe(7);
    await h.fake.waitFor(() => (visibleText(message.body).includes('4 answers so far') ? true : undefined));

    const closed = await h.engine.closeRound(round.id);
    const revealed = await h.adapter.publisher.postResults(channel, closed.results, { lang: 'en' });
    expect(revealed.ok).toBe(true);
    const text = visibleText(message.body);
    expect(text).toContain('Question of the day: the answer');
    expect(text).toContain('3 of 4 answered correctly.');
    // The answers are gone; "Report this question" stays, since the reveal is when a wrong key shows.
    expect(buttonIds(message)).toEqual([`fl:${round.id}`]);
    // A new message names the three who got it right, and may ping them and nobody else: Discord
    // notifies nobody of a mention added by editing the post.
    expect(cheers()).toHaveLength(1);
    const cheer = cheers()[0]?.body as { content: string; allowed_mentions: unknown };
    const winners = [h.alice.id, h.carol.id, dave.id];
    for (const id of winners) expect(cheer.content).toContain(`<@${id}>`);
    expect(cheer.content).not.toContain(`<@${h.bob.id}>`);
    expect(cheer.allowed_mentions).toEqual({ parse: [], users: expect.arrayContaining(winners) });
    expect((cheer.allowed_mentions as { users: string[] }).users).toHaveLength(3);
    // A retried reveal does not cheer twice.
    await h.adapter.publisher.postResults(channel, closed.results, { lang: 'en' });
    expect(cheers()).toHaveLength(1);
    expect(h.fake.violations).toEqual([]);
  });

  it('names the winners once in a reply to the post, also when a recovery comes after Discord forgot the nonce', async () => {
    const { message, closed } = await answeredAndClosed(h.alice);

    expect((await h.adapter.publisher.postResults(channel, closed.results, { lang: 'en' })).ok).toBe(true);
    expect(cheers()).toHaveLength(1);
    // A reply: the channel shows it linked to the question, and a later attempt can find it by that link.
    expect(cheers()[0]?.body).toMatchObject({ message_reference: { message_id: message.id } });

    // The instance died after naming them; another recovers the reveal ten minutes later.
    h.fake.forgetNonces();
    const reads = h.fake.requestsTo('GET', /\/channels\/\d+\/messages$/).length;
    const recovered = await h.adapter.publisher.postResults(channel, closed.results, {
      lang: 'en',
      recovering: true,
    });
    expect(recovered.ok).toBe(true);
    expect(cheers()).toHaveLength(1);
    expect(h.fake.requestsTo('GET', /\/channels\/\d+\/messages$/)).toHaveLength(reads + 1);
    expect(h.fake.violations).toEqual([]);
  });

  it('a recovered reveal still names the winners when the attempt that died never did', async () => {
    const { closed } = await answeredAndClosed(h.bob);
    const revealed = await h.adapter.publisher.postResults(channel, closed.results, {
      lang: 'en',
      recovering: true,
    });
    expect(revealed.ok).toBe(true);
    expect(cheers()).toHaveLength(1);
  });

  it('a post retried after Discord forgot the nonce finds the one an earlier attempt made', async () => {
    const opened = await h.engine.openDailyRound(channel.id);
    if (!opened.ok) throw new Error(opened.code);
    const first = await h.adapter.publisher.postRound(channel, opened.value, {
      late: false,
      lang: 'en',
      created: true,
    });
    // The attempt that created the round cannot have posted before: it reads nothing first.
    expect(h.fake.requestsTo('GET', /\/channels\/\d+\/messages$/)).toHaveLength(0);
    h.fake.forgetNonces();
    // The instance died before recording the post; a retry much later does not post a second question.
    const retried = await h.adapter.publisher.postRound(channel, opened.value, { late: false, lang: 'en' });
    expect(retried).toEqual(first);
    const posts = [...h.fake.messages.values()].filter((m) =>
      visibleText(m.body).includes('Question of the day'),
    );
    expect(posts).toHaveLength(1);
  });

  it('tells the scheduler what failed: permanent for a missing channel or access, retryable with the wait for a long 429', async () => {
    const opened = await h.engine.openDailyRound(channel.id);
    if (!opened.ok) throw new Error(opened.code);
    const gone: ChannelRecord = { ...channel, id: channelIdOf(h.guild.id, nextSnowflake()) };
    expect(await h.adapter.publisher.postRound(gone, opened.value, { late: false, lang: 'en' })).toEqual({
      ok: false,
      retryable: false,
      code: 'channel_not_found',
    });

    const quiz = h.guild.channels[1]?.id ?? '';
    h.fake.forbiddenChannels.add(quiz);
    expect(await h.adapter.publisher.postRound(channel, opened.value, { late: false, lang: 'en' })).toEqual({
      ok: false,
      retryable: false,
      code: 'missing_access',
    });
    h.fake.forbiddenChannels.delete(quiz);

    h.fake.rateLimitNext('POST', /\/channels\/\d+\/messages$/, 30);
    const limited = await h.adapter.publisher.postRound(channel, opened.value, { late: true, lang: 'zh' });
    expect(limited).toMatchObject({ ok: false, retryable: true, code: 'rate_limited' });
    expect(limited.ok === false && limited.retryable ? limited.retryAfterMs : 0).toBeGreaterThanOrEqual(
      30_000,
    );

    h.fake.rateLimitNext('POST', /\/channels\/\d+\/messages$/, 0.05);
    const posted = await h.adapter.publisher.postRound(channel, opened.value, { late: true, lang: 'zh' });
    expect(posted.ok).toBe(true);
    const ref = posted.ok ? parsePostRef(posted.postRef) : null;
    const body = ref === null ? undefined : h.fake.messages.get(ref.messageId)?.body;
    expect(visibleText(body)).toContain('每日一题（补发）');
  });
});
