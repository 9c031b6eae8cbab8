import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/question.ts';
import { choiceQuestion, terminalWorld } from './terminal-fixtures.ts';

/** Two sections whose titles share a word, so a partly typed topic names both. */
const composeQuestion = (n: number): Question => ({
  ...choiceQuestion(n, 'Compose'),
  sectionPath: ['Tools', 'Docker Compose', `Card ${n}`],
});
const swarmQuestion = (n: number): Question => ({
  ...choiceQuestion(n, 'Swarm'),
  sectionPath: ['Tools', 'Docker Swarm', `Card ${n}`],
});
const gitQuestion = (n: number): Question => ({
  ...choiceQuestion(n, 'Git'),
  sectionPath: ['Tools', 'Git', `Card ${n}`],
});
const DECK = [composeQuestion(1), composeQuestion(2), swarmQuestion(3), gitQuestion(4), gitQuestion(5)];

describe('terminal: topics resolve one way and mistakes say what to type', () => {
  let world: Awaited<ReturnType<typeof terminalWorld>>;
  afterEach(async () => {
    expect(world.errors).toEqual([]);
    await world.store.close();
  });

  it('/quiz and /leaderboard name the section(s) a partly typed topic chose, and count the same answers', async () => {
    world = await terminalWorld({ questions: DECK });
    const shown = await world.say('/quiz dock');
    expect(shown.split('\n')[0]).toBe('Questions from Docker Compose, Docker Swarm.');
    expect(shown).not.toContain('about Git');
    // The board names what the topic chose, not what was typed.
    const board = await world.say('/leaderboard all dock');
    expect(board.split('\n')[0]).toContain('Docker Compose, Docker Swarm');
    // A whole title wins over titles that contain it.
    expect((await world.say('/quiz git')).split('\n')[0]).toBe('Questions from Git.');
    expect((await world.say('/leaderboard week GIT')).split('\n')[0]).toContain('topic Git');
  });

  it('offers the closest topic, command and period, and cuts an echoed input', async () => {
    world = await terminalWorld({ questions: DECK });
    expect(await world.say('/quiz Docker Compsoe')).toBe(
      'There is no topic called "Docker Compsoe". Did you mean Docker Compose? Type /topics for the list.',
    );
    expect(await world.say('/leaderbord')).toBe(
      'Unknown command "/leaderbord". Type /help for the list. Did you mean /leaderboard?',
    );
    expect(await world.say('/leaderboard wek')).toBe(
      'There is no topic called "wek". Type /topics for the list. Did you mean week? Choose from: today, week, month, all.',
    );
    const long = await world.say(`/quiz ${'x'.repeat(500)}`);
    expect(long.length).toBeLessThan(140);
    expect(long).toContain('…');
  });

  it('says which letters are valid after an answer out of range', async () => {
    world = await terminalWorld({ questions: DECK });
    await world.say('/quiz');
    expect(await world.say('/answer F')).toBe('There is no such option. Pick one of A, B, C, D.');
  });
});
