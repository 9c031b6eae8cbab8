import { afterEach, describe, expect, it } from 'vitest';
import { terminalWorld } from './terminal-fixtures.ts';

/** Players who each practise one question on a topic, right or wrong. */
async function practise(
  world: Awaited<ReturnType<typeof terminalWorld>>,
  topic: string,
  players: readonly string[],
  right: (i: number) => boolean,
) {
  for (const [i, name] of players.entries()) {
    await world.say(`/as ${name}`);
    await world.say(`/quiz ${topic}`);
    await world.say(right(i) ? world.rightLetter() : world.wrongLetter());
  }
}

describe('terminal chat: the knowledge-gap report', () => {
  let world: Awaited<ReturnType<typeof terminalWorld>>;
  afterEach(async () => {
    expect(world.errors).toEqual([]);
    await world.store.close();
  });

  it('draws the sections as a bar chart, worst first, then the most-missed questions with file:line', async () => {
    world = await terminalWorld();
    await practise(world, 'Networks', ['ann', 'bob', 'cat', 'dan', 'eve', 'fay'], (i) => i === 0);
    await practise(world, 'Images', ['ann', 'bob'], () => true);
    const text = await world.say('/report');
    const lines = text.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Knowledge gaps by note section: this week',
      'Section            Accuracy        Answers  Players  Trend',
      'Docker › Networks       17%  ███▍        6        6      –',
      'Too few answers to rank (under 5)',
      'Docker › Images           –              2        2      –',
    ]);
    expect(lines[6]).toBe('Most missed:');
    expect(lines[7]).toBe('  Docker › Networks');
    // Each missed question with where it is in the notes and how often it was missed.
    expect(lines.slice(8).filter((l) => l.startsWith('    '))).not.toHaveLength(0);
    for (const line of lines.slice(8).filter((l) => l.startsWith('    ')))
      expect(line).toMatch(/^ {4}docker\.md:1[3-5] {2}Question [3-5] about Networks\? \(\d of \d wrong\)$/);
    expect(lines.at(-1)).toMatch(/^Worst first\./);
  });

  it('says so when nobody answered, narrows to a topic, and offers the periods for a typo', async () => {
    world = await terminalWorld();
    expect(await world.say('/report month')).toBe('Nobody has answered a question yet (this month).');
    await practise(world, 'Networks', ['ann', 'bob', 'cat', 'dan', 'eve'], () => false);
    await practise(world, 'Images', ['ann', 'bob', 'cat', 'dan', 'eve'], () => true);
    const images = await world.say('/report week Images');
    expect(images).toContain('Docker › Images');
    expect(images).not.toContain('Networks');
    expect(images).toContain('Only sections under Images.');
    expect(await world.say('/report wek')).toBe(
      'There is no topic called "wek". Type /topics for the list. Did you mean week? Choose from: today, week, month, all.',
    );
  });

  it('speaks Chinese', async () => {
    world = await terminalWorld({ lang: 'zh' });
    await practise(world, 'Networks', ['ann', 'bob', 'cat', 'dan', 'eve'], (i) => i < 4);
    const text = await world.say('/report');
    expect(text.split('\n').slice(0, 3)).toEqual([
      '按笔记章节的知识盲区：本周',
      '章节               正确率                    作答  人数  趋势',
      'Docker › Networks     80%  ████████████████     5     5     –',
    ]);
    expect(text).toContain('错得最多：');
    expect(text).toMatch(/docker\.md:1\d {2}Question \d about Networks\? \(\d 次中错 1 次\)/);
  });
});
