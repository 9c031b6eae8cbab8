import { afterEach, describe, expect, it } from 'vitest';
import { createTerminalPublisher } from '../../adapters/terminal/terminal-publisher.ts';
import { terminalWorld } from './terminal-fixtures.ts';

describe('terminal chat: reporting a question', () => {
  let world: Awaited<ReturnType<typeof terminalWorld>>;
  afterEach(async () => {
    expect(world.errors).toEqual([]);
    await world.store.close();
  });

  it('/flag reports the last question shown, once per player, and says thanks privately', async () => {
    world = await terminalWorld();
    expect(await world.say('/flag wrong')).toBe(
      'There is no question to report yet: /flag reports the last question shown.',
    );
    await world.say('/quiz Images');
    expect(await world.say('/flag')).toMatch(/^Usage: \/flag wrong\|unclear\|pointless\|other/);
    expect(await world.say('/flag maybe')).toMatch(/^Usage: /);
    expect(await world.say('/flag wrong option B is right too')).toBe(
      'Thanks for the report: the admins will look at this question. Nobody else sees that you reported it.',
    );
    // Answering it afterwards changes nothing about the report; a second /flag is the same report.
    await world.say(world.rightLetter());
    expect(await world.say('/flag unclear')).toBe('You already reported this question. Thanks!');
    expect(await world.say('/help')).toContain('/flag wrong|unclear|pointless|other [text]');
  });

  it('the third player takes it out of play: told once, listed with its source, never asked again', async () => {
    world = await terminalWorld();
    const reporters = [
      ['ann', '/flag wrong The key is B \u001b[31mred\u001b[0m'],
      ['bob', '/flag 2'],
      ['cy', '/flag 不值得考 太简单了'],
    ] as const;
    const replies: string[] = [];
    let reported = '';
    for (const [who, line] of reporters) {
      await world.say(`/as ${who}`);
      await world.say('/quiz Images');
      reported = world.interpreter.session.shown.get(`local:terminal:${who}`)?.question.id ?? '';
      // Everyone reports the same question: practice picks in the same order for each new player.
      replies.push(await world.say(line));
    }
    expect(replies.slice(0, 2).every((r) => !r.includes('⚑'))).toBe(true);
    expect(replies[2]).toMatch(
      /⚑ Admins: 3 players reported a question, so it is out of play: docker\.md:1\d “Question \d about Images\?” \(Wrong answer ×1, Unclear ×1, Not worth asking ×1\)\. \/flagged lists it/,
    );
    const list = await world.say('/flagged');
    expect(list.split('\n').slice(0, 4)).toEqual([
      'Reported questions',
      expect.stringMatching(/^1\. docker\.md:1\d · “Question \d about Images\?”$/),
      '   3 reports: Wrong answer ×1, Unclear ×1, Not worth asking ×1',
      '   Out of play: enough players reported it',
    ]);
    // What players wrote is shown, without the escape sequences that would recolour the terminal.
    expect(list).toContain('“The key is B [31mred[0m”');
    expect(list).not.toContain('\u001b');
    expect(list).toContain('“太简单了”');
    expect(list.split('\n').at(-1)).toBe('   /flagged restore 1');

    for (let i = 0; i < 20; i += 1) {
      await world.say('/quiz Images');
      expect(world.interpreter.session.shown.get('local:terminal:cy')?.question.id).not.toBe(reported);
    }
    expect(await world.say('/flagged restore 1')).toBe('Back in play; its reports are closed.');
    expect(await world.say('/flagged restore 1')).toBe('Nothing to change: that was done already.');
    expect(await world.say('/flagged')).toBe('No question has open reports, and none is out of play.');
    expect(await world.say('/flagged suppress 4')).toBe(
      'There is no number 4 in the list: type /flagged to see it.',
    );
  });

  it('an admin suppresses or dismisses a reported question by its number', async () => {
    world = await terminalWorld();
    await world.say('/quiz Networks');
    await world.say('/flag unclear');
    expect(await world.say('/flagged')).toContain('   /flagged suppress 1 · /flagged dismiss 1');
    expect(await world.say('/flagged suppress 1')).toBe(
      'Taken out of play: it is not asked again until you put it back or its note changes.',
    );
    expect(await world.say('/flagged')).toContain('Out of play: an admin took it out');
    expect(await world.say('/flagged dismiss 1')).toBe('Reports closed; the question stays in play.');
    expect(await world.say('/flagged')).toContain('   No open reports');
    expect(await world.say('/flagged nonsense')).toBe(
      'Usage: /flagged, then /flagged suppress|restore|dismiss <number>',
    );
  });

  it('reports the question of the day after its reveal, in Chinese', async () => {
    world = await terminalWorld({ lang: 'zh' });
    world.clock.advance(30 * 60 * 1000);
    const publisher = createTerminalPublisher(world.interpreter.session, () => {});
    const opened = await world.engine.openDailyRound('local:terminal:main');
    if (!opened.ok) throw new Error(opened.code);
    await world.say('/quiz Networks');
    world.clock.advance(9 * 60 * 60 * 1000);
    const { results } = await world.engine.closeRound(opened.value.round.id);
    const channel = await world.store.getChannel('local:terminal:main');
    if (channel === null) throw new Error('no terminal channel');
    await publisher.postResults(channel, results, { lang: 'zh' });
    expect(await world.say('/flag wrong 答案应该是 B')).toBe(
      '感谢反馈！管理员会查看这道题，其他人看不到你的举报。',
    );
    const [flagged] = await world.engine.flags.list('local:terminal');
    expect(flagged?.question.id).toBe(opened.value.question.id);
    expect(await world.say('/flagged')).toContain('1 次举报：答案有误 ×1');
  });
});
