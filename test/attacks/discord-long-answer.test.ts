import { afterEach, describe, expect, it } from 'vitest';
import { channelIdOf, parsePostRef } from '../../adapters/discord/platform-ids.ts';
import type { Question } from '../../src/content/question.ts';
import { type DiscordHarness, discordHarness, LONG_ZH_QUESTION } from '../discord/discord-harness.ts';
import { sendButton, sendCommand, visibleText } from '../fakes/discord/fake-interactions.ts';

/**
 * A note whose answer is far longer than a Discord field: the reveal cuts the answer to fit, but the
 * `Source:` line (where to read the rest) always survives, the cut falls between lines, and a code block
 * is never left open (an open fence would swallow everything after it).
 */

const code = Array.from({ length: 40 }, (_, i) => `docker run --rm -v data${i}:/data busybox ls /data`);
const LONG_ANSWER: Question = {
  id: 'q-long-answer',
  cardId: 'card-long-answer',
  deck: 'docker',
  kind: 'choice',
  lang: 'en',
  stem: 'Which command lists the files of a volume?',
  options: ['docker run --rm -v vol:/data busybox ls /data', 'docker volume ls', 'docker ps', 'docker cp'],
  correctIndex: 0,
  answer: [
    'Mount the volume into a throwaway container and list it:',
    '',
    '```sh',
    ...code,
    '```',
    '',
    ...Array.from({ length: 30 }, (_, i) => `Note ${i}: volumes outlive the containers that use them.`),
  ].join('\n'),
  source: { file: 'ops/docker-volumes.md', line: 42 },
  sectionPath: ['Docker', 'Volumes'],
  tags: [],
};

const fences = (text: string): number => text.split('\n').filter((l) => l.trim().startsWith('```')).length;

describe('Discord: a long answer is cut to fit and keeps its source', () => {
  let h: DiscordHarness;
  afterEach(async () => {
    await h.close();
  });

  it('in the daily reveal (a 1,024-character field)', async () => {
    h = await discordHarness({ questions: [LONG_ANSWER, LONG_ZH_QUESTION], dailyChannel: true });
    const quiz = h.guild.channels[1]?.id ?? '';
    const channel = await h.store.getChannel(channelIdOf(h.guild.id, quiz));
    if (channel === null) throw new Error('no channel');
    for (let day = 0; day < 2; day += 1) {
      const opened = await h.engine.openDailyRound(channel.id);
      if (!opened.ok) throw new Error(opened.code);
      const posted = await h.adapter.publisher.postRound(channel, opened.value, { late: false, lang: 'en' });
      if (!posted.ok) throw new Error(posted.code);
      await h.store.markRoundPosted(opened.value.round.id, posted.postRef);
      const { results } = await h.engine.closeRound(opened.value.round.id);
      const revealed = await h.adapter.publisher.postResults(channel, results, { lang: 'en' });
      if (!revealed.ok) throw new Error(revealed.code);
      const message = h.fake.messages.get(parsePostRef(revealed.postRef)?.messageId ?? '');
      const text = visibleText(message?.body);
      const { file, line } = opened.value.question.source;
      expect(text).toContain(`Source: ${file}:${line}`);
      expect(fences(text) % 2).toBe(0);
      if (opened.value.question.id === LONG_ANSWER.id) {
        expect(text).toContain('Mount the volume');
        // Cut between lines: every answer line shown is a whole line of the note.
        const shown = text.split('\n').filter((l) => l.startsWith('docker run --rm -v data'));
        for (const l of shown) expect(code).toContain(l);
      }
      h.clock.advanceDays(1);
    }
    expect(h.fake.violations).toEqual([]);
  });

  it('in practice feedback and a flashcard reveal', async () => {
    h = await discordHarness({ questions: [LONG_ANSWER] });
    const message = await h.responseOf(sendCommand(h.fake, h.at(h.alice), 'quiz'));
    const buttons = (message.body.components as { components: { custom_id: string }[] }[])[0];
    await h.fake.callbackOf(
      sendButton(h.fake, h.at(h.alice), message, buttons?.components[0]?.custom_id ?? '').id,
    );
    const text = visibleText(message.body);
    expect(text).toContain('Source: ops/docker-volumes.md:42');
    expect(fences(text) % 2).toBe(0);
    expect(h.fake.violations).toEqual([]);
  });
});
