import { afterEach, describe, expect, it } from 'vitest';
import { flashcard, terminalWorld } from './terminal-fixtures.ts';

describe('terminal chat: practice, daily, standings', () => {
  let world: Awaited<ReturnType<typeof terminalWorld>>;
  afterEach(async () => {
    expect(world.errors).toEqual([]);
    await world.store.close();
  });

  it('asks a practice question, grades the answer, and refuses a second answer', async () => {
    world = await terminalWorld();
    const shown = await world.say('/quiz');
    expect(shown).toMatch(/^Practice · Docker › /);
    expect(shown).toContain('  A) ');
    expect(shown).toContain('  D) ');
    const right = world.rightLetter();
    expect(await world.say(`/answer ${right}`)).toMatch(/^Correct!/);
    // A practice round ends with its answer: a second try is "already answered" and changes nothing.
    expect(await world.say(`/answer ${right}`)).toBe(
      'You already answered this one; your first answer counts.',
    );
  });

  it('shows the right option, the note and its source after a wrong answer; a bare letter answers too', async () => {
    world = await terminalWorld();
    await world.say('/quiz Networks');
    const reply = await world.say(world.wrongLetter().toLowerCase());
    expect(reply).toMatch(/^Not quite\./);
    expect(reply).toMatch(/The answer was A\) right \d\./);
    expect(reply).toMatch(/Source: docker\.md:1\d/);
  });

  it('names an unknown topic and explains commands it does not know', async () => {
    world = await terminalWorld();
    expect(await world.say('/quiz Kubernetes')).toBe(
      'There is no topic called "Kubernetes". Type /topics for the list.',
    );
    expect(await world.say('/frobnicate')).toBe('Unknown command "/frobnicate". Type /help for the list.');
    expect(await world.say('hello')).toBe('Commands start with "/". Type /help for the list.');
    expect(await world.say('/answer B')).toBe('There is no question to answer: try /quiz or /daily.');
    expect(await world.say('/answer maybe')).toBe('Usage: /answer <1-9 | A-Z>');
    expect(await world.say('# a comment in a script')).toBe('');
    expect(await world.say('/topics')).toBe('Topics: Docker, Images, Networks');
    expect(await world.say('/help')).toContain('/challenge <name>');
  });

  it('plays the question of the day for two local players and ranks them', async () => {
    world = await terminalWorld();
    world.clock.advance(30 * 60 * 1000); // 09:00 in Berlin: the daily round is open
    const daily = await world.say('/daily');
    expect(daily).toMatch(/^Question of the day · /);
    expect(daily).toMatch(/\nAnswers close at 17:00 Europe\/Berlin \(in 8 h\)\.$/);
    const ann = await world.say(world.rightLetter());
    // Acknowledged, not judged (points and streak would tell): the right option waits for the reveal.
    expect(ann).toMatch(/^You picked A\. right \d\.\nThe right answer is shown when the question closes\.$/);

    expect(await world.say('/as bob')).toBe('You are now bob.');
    await world.say('/daily');
    world.clock.advance(60_000);
    expect(await world.say(`/answer ${world.wrongLetter()}`)).toMatch(/^You picked [B-D]\./);

    // Until the reveal, a board must not tell who got the question of the day right.
    expect(await world.say('/leaderboard today')).toBe(
      'Leaderboard: this channel, today\nNo scores yet for this period.',
    );
    // 18:00 in Berlin: the scheduler closes the round and reveals it.
    world.clock.advance(9 * 60 * 60 * 1000);
    const due = await world.store.listRoundsDueToClose('daily', world.clock.now());
    for (const round of due) await world.engine.closeRound(round.id);
    const board = await world.say('/leaderboard today');
    const lines = board.split('\n');
    expect(lines[0]).toBe('Leaderboard: this channel, today');
    expect(lines[1]).toMatch(/^ #\s+Player\s+Points\s+Accuracy\s+Streak\s+Rating$/);
    // A bar as long as the points after each row; the viewer's row is marked.
    expect(lines[2]).toMatch(/^ 1\s+ann\s+\d+\s+100%\s+1\s+1500 {2}█{20}$/);
    expect(lines[3]).toMatch(/^>2\s+bob\s+0\s+0%\s+0\s+1500$/);
    expect(lines.at(-1)).toBe('You: #2 of 2');

    const stats = await world.say('/stats ann');
    expect(stats).toContain('Stats for ann');
    expect(stats).toMatch(/Accuracy\s+100%/);
    expect(stats).toMatch(/Current streak\s+1 day/);
    // Accuracy week by week and by section, as bars on a 0-100% scale.
    expect(stats).toMatch(/\nAccuracy per week\n\s+Accuracy\s+Answers\nMar 2\s+100% {2}█{20}\s+1\n/);
    expect(stats).toMatch(/\nAccuracy by section\n\s+Accuracy\s+Answers\n\S.*100% {2}█{20}\s+1$/);
    expect(await world.say('/stats nobody')).toBe('No player called nobody has played yet.');
  });

  it('shows how the question of the day went once it has closed', async () => {
    world = await terminalWorld();
    world.clock.advance(30 * 60 * 1000);
    await world.say('/daily');
    await world.say(world.rightLetter());
    world.clock.advance(9 * 60 * 60 * 1000); // 18:00 in Berlin, after the 17:00 close
    const reply = await world.say('/daily');
    expect(reply).toMatch(
      /^This question is closed: answers are no longer accepted\.\nResults · Question of the day\n/,
    );
    expect(reply).toContain('1 of 1 answered correctly.');
    expect(await world.say('B')).toBe('There is no question to answer: try /quiz or /daily.');
  });

  it('reveals a flashcard and takes a self-grade', async () => {
    world = await terminalWorld({ questions: [flashcard(9)] });
    const shown = await world.say('/quiz');
    expect(shown).toContain('Explain thing 9.');
    expect(shown).toContain('Type /reveal to see the answer');
    expect(await world.say('/answer A')).toBe('This is a flashcard: reveal the answer, then grade yourself.');
    const revealed = await world.say('/reveal');
    expect(revealed).toContain('The answer to 9.');
    expect(revealed).toContain('How well did you remember it?');
    expect(await world.say('/grade good')).toBe('Graded "Good". It will come back when it is due.');
    expect(await world.say('/grade easy')).toBe('You already answered this one; your first answer counts.');
  });

  it('switches to Chinese and back', async () => {
    world = await terminalWorld();
    expect(await world.say('/lang zh')).toBe('语言已切换为中文。');
    expect(await world.say('/quiz 不存在')).toBe('没有名为“不存在”的主题。 输入 /topics 查看所有主题。');
    expect(await world.say('/help')).toContain('切换本地玩家');
    expect(await world.engine.tenantLang('local:terminal')).toBe('zh');
    expect(await world.say('/lang fr')).toBe('可选语言：en、zh。');
    expect(await world.say('/lang en')).toBe('Language set to English.');
  });

  it('ends on /quit', async () => {
    world = await terminalWorld();
    expect(await world.interpreter.handle('/quit')).toEqual({ text: 'Bye.', quit: true });
  });
});
