import { afterEach, describe, expect, it } from 'vitest';
import { choiceQuestion, terminalWorld } from './terminal-fixtures.ts';

describe('terminal chat: how a question reads', () => {
  let world: Awaited<ReturnType<typeof terminalWorld>>;
  afterEach(async () => {
    expect(world.errors).toEqual([]);
    await world.store.close();
  });

  it('prints a heading question once: the breadcrumb names its topics, the stem asks it', async () => {
    const heading = {
      ...choiceQuestion(1, 'Images'),
      stem: 'What is a Docker image?',
      sectionPath: ['Docker', 'Images', 'What is a Docker image?'],
    };
    world = await terminalWorld({ questions: [heading] });
    const shown = await world.say('/quiz');
    expect(shown.split('\n').slice(0, 2)).toEqual(['Practice · Docker › Images', 'What is a Docker image?']);
    expect(shown.match(/What is a Docker image\?/g)).toHaveLength(1);
  });

  it('shows what an entity the author wrote means in prose, and code exactly as written', async () => {
    const entities = {
      ...choiceQuestion(1, 'Shell'),
      stem: 'Which operator sends stdout to a file &amp; replaces it: `cmd &gt; file` or &lt;?',
      options: ['&gt;', '`&gt;&gt;`', '2&gt;&amp;1', '&lt;'],
      answer: 'Use &gt; to replace; `a &lt; b` reads a file.',
    };
    world = await terminalWorld({ questions: [entities] });
    const shown = await world.say('/quiz');
    expect(shown).toContain('Which operator sends stdout to a file & replaces it: `cmd &gt; file` or <?');
    expect(shown).toContain('A) >');
    expect(shown).toContain('B) `&gt;&gt;`');
    expect(shown).toContain('C) 2>&1');
    const corrected = await world.say('d');
    expect(corrected).toContain('A) >');
    expect(corrected).toContain('Use > to replace; `a &lt; b` reads a file.');
  });

  it('shows bold words without their markers, and arithmetic and code as written', async () => {
    const bold = {
      ...choiceQuestion(1, 'Python'),
      stem: 'What does **power** mean next to `x**2`?',
      options: ['**Power**', 'Product', 'x**2 + y**2', 'Sum'],
      answer: '**Answer:** the power; `**kwargs` is something else.',
    };
    world = await terminalWorld({ questions: [bold] });
    const shown = await world.say('/quiz');
    expect(shown).toContain('What does power mean next to `x**2`?');
    expect(shown).toContain('A) Power');
    expect(shown).toContain('C) x**2 + y**2');
    const corrected = await world.say('b');
    expect(corrected).toContain('Answer: the power; `**kwargs` is something else.');
  });
});
