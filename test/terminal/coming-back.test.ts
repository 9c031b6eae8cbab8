import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/question.ts';
import { choiceQuestion, terminalWorld } from './terminal-fixtures.ts';

describe('terminal: coming back to a question, taking back a challenge', () => {
  let world: Awaited<ReturnType<typeof terminalWorld>>;
  afterEach(async () => {
    expect(world.errors).toEqual([]);
    await world.store.close();
  });

  it('/daily after answering shows what you picked and nothing to type; once closed, the result too', async () => {
    world = await terminalWorld();
    world.clock.advance(30 * 60 * 1000); // 09:00 in Berlin: the daily round is open
    await world.say('/daily');
    await world.say(world.wrongLetter());
    const again = await world.say('/daily');
    expect(again).toMatch(/^Question of the day · /);
    expect(again).toMatch(
      /\nYou picked B\. wrong \d+a\.\nThe right answer is shown when the question closes\.\n/,
    );
    expect(again).not.toContain('Answer with /answer');
    expect(await world.say('C')).toBe('You already answered this one; your first answer counts.');

    world.clock.advance(9 * 60 * 60 * 1000); // 18:00: closed
    const due = await world.store.listRoundsDueToClose('daily', world.clock.now());
    for (const round of due) await world.engine.closeRound(round.id);
    const after = await world.say('/daily');
    expect(after).toContain('Results · Question of the day');
    expect(after).toMatch(/Answer: A\) right \d/);
    expect(after).toMatch(/You picked B\. wrong \d+a\.$/);
  });

  it('the breadcrumb shows the sections above a card, never its own heading (which may be the answer)', async () => {
    const headed: Question = {
      ...choiceQuestion(1, 'Tools'),
      stem: 'Which tool runs several containers from one file?',
      sectionPath: ['Docker', 'Tools', 'Docker Compose'],
    };
    world = await terminalWorld({ questions: [headed] });
    const shown = await world.say('/quiz');
    expect(shown.split('\n')[0]).toBe('Practice · Docker › Tools');
    expect(shown).not.toContain('Docker Compose');
  });

  it('the challenger cancels a challenge nobody answered, which unblocks a new one', async () => {
    world = await terminalWorld();
    await world.say('/challenge bob 2');
    expect(await world.say('/challenge bob 2')).toBe('You two already have an open duel: finish it first.');
    await world.say('/as bob');
    expect(await world.say('/cancel')).toBe('No duel waiting for bob.');
    await world.say('/as ann');
    expect(await world.say('/cancel')).toBe('ann cancelled the challenge.');
    expect(await world.say('/challenge bob 2')).toMatch(/^\[duel #2\] ann challenges bob/);
  });
});
