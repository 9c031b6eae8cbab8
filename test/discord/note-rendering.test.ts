import { afterEach, describe, expect, it } from 'vitest';
import { channelIdOf, parsePostRef } from '../../adapters/discord/platform-ids.ts';
import type { Question } from '../../src/content/question.ts';
import { visibleText } from '../fakes/discord/fake-interactions.ts';
import { type DiscordHarness, discordHarness } from './discord-harness.ts';

const FENCE = '```';
const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `Line ${i}: containers share the host kernel.`).join('\n');
const CODE = `${FENCE}\n${Array.from({ length: 12 }, (_, i) => `echo step-${i} done`).join('\n')}\n${FENCE}`;

const CLOZE: Question = {
  id: 'q-cloze',
  cardId: 'card-cloze',
  deck: 'docker',
  kind: 'cloze',
  lang: 'en',
  stem: 'The _____ command lists running containers.',
  frame: { kind: 'cloze' },
  options: ['docker ps', 'docker ls', 'docker images', 'docker top'],
  correctIndex: 0,
  // The code block straddles the 1,024 characters of the reveal's field.
  answer: `A list &lt;filtered&gt; with \`a&lt;b\`.\n${prose(17)}\n${CODE}\n${prose(10)}`,
  source: { file: 'docker.md', line: 7 },
  sectionPath: ['Docker', 'Containers', 'List containers'],
  tags: [],
};

interface Embed {
  description?: string;
  fields?: { name: string; value: string }[];
}

describe('a note as Discord shows it', () => {
  let h: DiscordHarness;
  afterEach(async () => {
    expect(h.fake.violations).toEqual([]);
    await h.close();
  });

  it('keeps a cloze blank visible, writes an entity as its character, cuts a huge answer between lines outside code', async () => {
    h = await discordHarness({ dailyChannel: true, questions: [CLOZE] });
    const quiz = h.guild.channels[1];
    const channel = await h.store.getChannel(channelIdOf(h.guild.id, quiz?.id ?? ''));
    if (channel === null) throw new Error('no daily channel');
    const opened = await h.engine.openDailyRound(channel.id);
    if (!opened.ok) throw new Error(opened.code);
    const posted = await h.adapter.publisher.postRound(channel, opened.value, { late: false, lang: 'en' });
    if (!posted.ok) throw new Error(posted.code);
    await h.store.markRoundPosted(opened.value.round.id, posted.postRef);
    const message = h.fake.messages.get(parsePostRef(posted.postRef)?.messageId ?? '');
    if (message === undefined) throw new Error('no post');
    // Escaped underscores: Discord shows five of them, not an empty underline.
    expect(visibleText(message.body)).toContain('The \\_\\_\\_\\_\\_ command');

    const closed = await h.engine.closeRound(opened.value.round.id);
    expect((await h.adapter.publisher.postResults(channel, closed.results, { lang: 'en' })).ok).toBe(true);
    const embed = (message.body as { embeds: Embed[] }).embeds[0];
    const reveal = embed?.fields?.[0]?.value ?? '';
    expect(reveal).toContain('A list \\<filtered> with `a&lt;b`.');
    expect(reveal.length).toBeLessThanOrEqual(1024);
    expect(reveal).toContain('Line 16: containers share the host kernel.\n…');
    // The code block did not fit: it is left out whole, never opened and cut.
    expect(reveal).not.toContain(FENCE);
    expect(reveal).toContain('docker.md:7');
  });
});
