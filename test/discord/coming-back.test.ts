import { afterEach, describe, expect, it } from 'vitest';
import { decodeButton } from '../../adapters/discord/custom-ids.ts';
import { channelIdOf, parsePostRef } from '../../adapters/discord/platform-ids.ts';
import { buttonIds, sendButton, sendCommand, visibleText } from '../fakes/discord/fake-interactions.ts';
import { type DiscordHarness, discordHarness } from './discord-harness.ts';

describe('Discord: coming back to the question of the day; cancelling a challenge', () => {
  let h: DiscordHarness;
  afterEach(async () => {
    expect(h.fake.violations).toEqual([]);
    await h.close();
  });

  it('/daily after answering shows the pick and no buttons; pressing again says the pick; closed shows the result', async () => {
    h = await discordHarness({ dailyChannel: true });
    const quiz = h.guild.channels[1];
    if (quiz === undefined) throw new Error('no channel');
    const channel = await h.store.getChannel(channelIdOf(h.guild.id, quiz.id));
    if (channel === null) throw new Error('no daily channel');
    const opened = await h.engine.openDailyRound(channel.id);
    if (!opened.ok) throw new Error(opened.code);
    const posted = await h.adapter.publisher.postRound(channel, opened.value, { late: false, lang: 'en' });
    if (!posted.ok) throw new Error(posted.code);
    await h.store.markRoundPosted(opened.value.round.id, posted.postRef);
    const ref = parsePostRef(posted.postRef);
    const message = ref === null ? undefined : h.fake.messages.get(ref.messageId);
    if (message === undefined) throw new Error('no post');

    const where = h.at(h.alice, { channel: quiz });
    const wrong = (opened.value.question.correctIndex ?? 0) === 0 ? 1 : 0;
    const letter = String.fromCharCode(65 + wrong);
    await h.fake.callbackOf(sendButton(h.fake, where, message, buttonIds(message)[wrong] ?? '').id);

    const back = await h.fake.callbackOf(sendCommand(h.fake, where, 'daily').id);
    expect(visibleText(back.data)).toContain(`You picked ${letter}.`);
    expect(visibleText(back.data)).toContain('The right answer is shown when the question closes.');
    // No answer buttons: only "Report this question" stays.
    const rows = (back.data as { components?: { components: { custom_id: string }[] }[] }).components ?? [];
    expect(rows.flatMap((r) => r.components.map((b) => b.custom_id))).toEqual([
      expect.stringMatching(/^fl:daily:/),
    ]);

    const again = await h.fake.callbackOf(
      sendButton(h.fake, where, message, buttonIds(message)[wrong] ?? '').id,
    );
    expect(visibleText(again.data)).toContain(
      `already answered this one; your first answer counts. You picked ${letter}.`,
    );

    h.clock.advance(8 * 60 * 60 * 1000);
    await h.engine.closeRound(opened.value.round.id);
    const closed = await h.fake.callbackOf(sendCommand(h.fake, where, 'daily').id);
    expect(visibleText(closed.data)).toContain('Question of the day: the answer');
    expect(visibleText(closed.data)).toContain(`You picked ${letter}.`);
  });

  it('the challenger cancels a pending challenge from its message; nobody else can', async () => {
    h = await discordHarness();
    const challenge = await h.responseOf(
      sendCommand(
        h.fake,
        h.at(h.alice),
        'challenge',
        [
          { name: 'user', type: 6, value: h.bob.id },
          { name: 'questions', type: 4, value: 2 },
        ],
        [h.bob],
      ),
    );
    const cancel = buttonIds(challenge).find((id) => decodeButton(id)?.kind === 'duel-cancel');
    if (cancel === undefined) throw new Error('no cancel button');
    const refused = await h.fake.callbackOf(sendButton(h.fake, h.at(h.bob), challenge, cancel).id);
    expect(visibleText(refused.data)).toContain('Only the challenger can cancel a challenge.');
    await h.fake.callbackOf(sendButton(h.fake, h.at(h.alice), challenge, cancel).id);
    expect(visibleText(challenge.body)).toContain('cancelled the challenge.');
    expect(buttonIds(challenge)).toEqual([]);
  });
});
