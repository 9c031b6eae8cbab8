import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton } from '../../adapters/discord/custom-ids.ts';
import {
  buttonRows,
  customId,
  DISCORD_LIMITS,
  embedSize,
  fitChoices,
  fitEmbed,
  fitMarkdown,
  fitText,
} from '../../adapters/discord/limits.ts';
import { toInteractionJson, toRestJson } from '../../adapters/discord/message-body.ts';
import { dailyPostBody, dailyRevealBody } from '../../adapters/discord/render-daily.ts';
import { checkMessageBody } from '../fakes/discord/discord-payload-check.ts';
import { LONG_ZH_QUESTION } from './discord-harness.ts';

const zh = (n: number): string => '容器镜像网络卷编排'.repeat(Math.ceil(n / 9)).slice(0, n);

describe("Discord's limits, enforced in adapters/discord/limits.ts", () => {
  it('cuts long Chinese text to the limit with an ellipsis and never splits an emoji', () => {
    const cut = fitText(zh(5000), DISCORD_LIMITS.content);
    expect(cut).toHaveLength(2000);
    expect(cut.endsWith('…')).toBe(true);
    const emoji = fitText(`${'a'.repeat(78)}😀😀`, 80);
    expect(emoji.length).toBeLessThanOrEqual(80);
    expect(emoji).not.toMatch(/[\ud800-\udbff]…$/);
    expect(fitText('短', 80)).toBe('短');
  });

  it('cuts Markdown between lines, never inside a code block, and closes a block it had to cut into', () => {
    const text = ['intro', '```js', 'a();', 'b();', '```', 'after one', 'after two'].join('\n');
    expect(fitMarkdown(text, 1000)).toBe(text);
    // Room for the block but not all that follows: cut after a whole line.
    expect(fitMarkdown(text, 36)).toBe(['intro', '```js', 'a();', 'b();', '```', '…'].join('\n'));
    // The block does not fit: cut before it rather than inside it.
    expect(fitMarkdown(text, 20)).toBe('intro\n…');
    // Nothing whole fits (the block comes first): cut inside, then close the block again.
    const block = `\`\`\`\n${zh(500)}\n\`\`\`\nmore`;
    const cut = fitMarkdown(block, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith('\n```')).toBe(true);
    // One long Chinese line: cut inside it, with an ellipsis, never splitting a character.
    const line = fitMarkdown(`${zh(300)}😀😀`, 301);
    expect(line.length).toBeLessThanOrEqual(301);
    expect(line.endsWith('…')).toBe(true);
  });

  it('fits an embed into 4,096 description, 25 fields of 1,024 and 6,000 in all', () => {
    const embed = fitEmbed({
      title: zh(400),
      description: zh(9000),
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `${i}${zh(300)}`, value: zh(2000) })),
      footer: { text: zh(3000) },
    });
    expect(embed.title?.length).toBeLessThanOrEqual(256);
    expect(embed.description?.length).toBeLessThanOrEqual(4096);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
    for (const f of embed.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(256);
      expect(f.value.length).toBeLessThanOrEqual(1024);
    }
    expect(embedSize(embed)).toBeLessThanOrEqual(6000);
    expect(checkMessageBody(toRestJson({ content: zh(3000), embeds: [embed] }))).toEqual([]);
  });

  it('lays out at most 5 rows of 5 buttons with labels of 80 and refuses a 26th', () => {
    const buttons = Array.from({ length: 25 }, (_, i) => ({
      label: zh(200),
      customId: `b:${i}`,
      style: 2 as const,
    }));
    const rows = buttonRows(buttons);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.components.length === 5)).toBe(true);
    expect(rows.flatMap((r) => r.components).every((b) => b.label.length <= 80)).toBe(true);
    expect(() => buttonRows([...buttons, { label: 'x', customId: 'b:25', style: 2 }])).toThrow(/25/);
  });

  it('refuses a custom_id over 100 characters instead of cutting it', () => {
    expect(customId('a', 'b')).toBe('a:b');
    expect(() => customId('x'.repeat(101))).toThrow(/100/);
  });

  it('offers at most 25 choices and leaves out values Discord could not send back', () => {
    const choices = fitChoices([
      { name: zh(150), value: zh(150) },
      ...Array.from({ length: 40 }, (_, i) => ({ name: `${zh(120)}${i}`, value: `topic ${i}` })),
    ]);
    expect(choices).toHaveLength(25);
    expect(choices.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
    expect(choices[0]?.value).toBe('topic 0');
  });

  it('renders a question at the content limits (1,500-character Chinese stem) within every limit', () => {
    const round = {
      id: 'round_zh',
      tenantId: 'discord:1',
      channelId: 'discord:1:2',
      kind: 'daily' as const,
      questionId: LONG_ZH_QUESTION.id,
      ownerId: null,
      localDate: '2026-01-05',
      opensAt: new Date(),
      closesAt: new Date(),
      status: 'open' as const,
      postRef: null,
      late: true,
      resultsPostedAt: null,
    };
    for (const lang of ['en', 'zh'] as const) {
      const post = dailyPostBody(lang, { round, question: LONG_ZH_QUESTION }, 12345);
      expect(checkMessageBody(toRestJson(post))).toEqual([]);
      expect(toInteractionJson(post).embeds[0]?.description).toContain(
        lang === 'zh' ? '已有 12345 人作答' : '12345 answers',
      );
      const reveal = dailyRevealBody(lang, {
        round: { ...round, status: 'closed' },
        question: LONG_ZH_QUESTION,
        answered: 3,
        correct: 2,
        fastest: [{ playerId: 'discord:1:42', displayName: zh(200), latencyMs: 1234 }],
      });
      expect(checkMessageBody(toRestJson(reveal))).toEqual([]);
    }
  });

  it('round-trips every button kind and rejects tampered ids', () => {
    const actions = [
      { kind: 'duel-accept', duelId: 'duel_abc' },
      { kind: 'duel-decline', duelId: 'duel_abc' },
      { kind: 'duel-play', duelId: 'duel_abc' },
      { kind: 'duel-answer', duelId: 'duel_abc', index: 9, choice: 3 },
      { kind: 'answer', roundId: 'duel:duel_abc:2', choice: 1, topicKey: '' },
      { kind: 'reveal', roundId: 'round_x', topicKey: '4' },
      { kind: 'grade', roundId: 'round_x', grade: 'easy', topicKey: '0.3' },
      { kind: 'practice-next', topicKey: '12.40.7' },
    ] as const;
    for (const action of actions) expect(decodeButton(encodeButton(action))).toEqual(action);
    for (const bad of [
      '',
      'x',
      'da:',
      'dq:1:x:duel',
      'dq:-1:0:duel',
      'a:1:2:has space',
      'g:perfect:0:r',
      'pn:1:2',
      'pn:abc',
    ]) {
      expect(decodeButton(bad)).toBeNull();
    }
  });
});
