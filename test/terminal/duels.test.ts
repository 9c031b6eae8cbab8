import { afterEach, describe, expect, it } from 'vitest';
import { createTerminalPublisher } from '../../adapters/terminal/terminal-publisher.ts';
import { createLogger } from '../../src/logger.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { terminalWorld } from './terminal-fixtures.ts';

describe('terminal chat: duels between local players', () => {
  let world: Awaited<ReturnType<typeof terminalWorld>>;
  afterEach(async () => {
    expect(world.errors).toEqual([]);
    await world.store.close();
  });

  it('challenges, accepts, plays both sides in turn and announces the winner with rating changes', async () => {
    world = await terminalWorld();
    const challenge = await world.say('/challenge bob 2');
    expect(challenge).toMatch(/^\[duel #1\] ann challenges bob to a duel of 2 questions\./);
    expect(challenge).toContain('bob: type /as bob then /accept 1 (or /decline 1).');
    expect(await world.say('/accept')).toBe('No duel waiting for ann.');

    await world.say('/as bob');
    expect(await world.say('/accept')).toMatch(/^bob accepted\./);
    const first = await world.say('/play');
    expect(first).toMatch(/^duel #1 · Question 1 of 2 · /);
    // The deadline in the channel's zone, named, to the second, and how long is left.
    expect(first).toMatch(/\nAnswer before \d\d:\d\d:\d\d Europe\/Berlin \(in 60 s\)\.$/);
    const second = await world.say(world.wrongLetter());
    expect(second).toMatch(/^Not quite\./);
    expect(second).toContain('duel #1 · Question 2 of 2');
    expect(await world.say(world.wrongLetter())).toMatch(/Done! Waiting for ann to finish\.$/);

    await world.say('/as ann');
    await world.say('/play 1');
    await world.say(world.rightLetter());
    const end = await world.say(world.rightLetter());
    expect(end).toContain('[duel #1] ann wins 2–0.');
    expect(end).toMatch(/ann: rating 15\d\d \(\+\d+\)/);
    expect(end).toMatch(/bob: rating 14\d\d \(−\d+\)/);
    expect(await world.say('/duels')).toBe('#1  ann vs bob  finished  2/2 · 2/2');
  });

  it('refuses a self-challenge and lets the challenged player decline', async () => {
    world = await terminalWorld();
    expect(await world.say('/challenge ann')).toBe('You cannot challenge yourself.');
    expect(await world.say('/challenge bob 11')).toBe('A duel has between 1 and 10 questions.');
    await world.say('/challenge bob 1');
    expect(await world.say('/challenge bob 1')).toBe('You two already have an open duel: finish it first.');
    expect(await world.say('/decline 1')).toBe('Only the challenged player can accept or decline.');
    await world.say('/as bob');
    expect(await world.say('/decline')).toBe('bob declined the duel.');
    expect(await world.say('/play 7')).toBe('There is no duel #7 in this session.');
  });

  it('tells the session how a duel ended when its time ran out (on the scheduler tick)', async () => {
    world = await terminalWorld();
    const printed: string[] = [];
    const scheduler = createScheduler({
      engine: world.engine,
      clock: world.clock,
      publishers: [createTerminalPublisher(world.interpreter.session, (text) => printed.push(text))],
      logger: createLogger({ level: 'silent' }),
      instanceId: 'test',
    });
    await world.say('/challenge bob 1');
    await world.say('/as bob');
    await world.say('/accept');
    await world.say('/play');
    expect(await world.say(world.rightLetter())).toMatch(/Done! Waiting for ann to finish\.$/);
    world.clock.advance(25 * 60 * 60 * 1000);
    await scheduler.tick();
    const told = printed.filter((p) => p.includes('forfeit'));
    expect(told).toEqual([
      expect.stringMatching(/^\[duel #1\] ann did not finish in time: bob wins by forfeit\./),
    ]);
    expect(await world.say('/duels')).toMatch(/^#1 {2}ann vs bob {2}expired {2}0\/1 · 1\/1$/);
    // Told once: the next tick does not repeat it.
    await scheduler.tick();
    expect(printed.filter((p) => p.includes('forfeit'))).toHaveLength(1);
    await scheduler.stop();
  });

  it('prints the scheduled question of the day and lets the local player answer it with a bare letter', async () => {
    world = await terminalWorld();
    const printed: string[] = [];
    const publisher = createTerminalPublisher(world.interpreter.session, (text) => printed.push(text));
    world.clock.advance(30 * 60 * 1000);
    const opened = await world.engine.openDailyRound('local:terminal:main');
    if (!opened.ok) throw new Error(opened.code);
    const channel = await world.store.getChannel('local:terminal:main');
    if (channel === null) throw new Error('terminal channel missing');
    const posted = await publisher.postRound(channel, opened.value, { late: false, lang: 'en' });
    expect(posted.ok).toBe(true);
    expect(printed[0]).toMatch(
      /^The question of the day is here\. Type \/daily to answer it\.\nQuestion of the day · /,
    );
    // When it closes, in the channel's zone, named, and how long is left.
    expect(printed[0]).toMatch(/\nAnswers close at 17:00 Europe\/Berlin \(in \d+ h\)\.$/);
    // Acknowledged, not judged: the right option waits for the reveal.
    expect(await world.say(world.rightLetter())).toMatch(
      /^You picked A\. right \d\.\nThe right answer is shown when the question closes\.$/,
    );

    world.clock.advance(9 * 60 * 60 * 1000);
    const { results } = await world.engine.closeRound(opened.value.round.id);
    await publisher.postResults(channel, results, { lang: 'en' });
    expect(printed[1]).toMatch(/^Results · Question of the day\n/);
    expect(printed[1]).toContain('1 of 1 answered correctly.');
    expect(printed[1]).toMatch(/Fastest: ann \(\d+\.\d s\)/);
  });
});
