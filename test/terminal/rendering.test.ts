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
});
