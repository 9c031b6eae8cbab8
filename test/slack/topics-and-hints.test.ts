import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SlackHarness, slackHarness, T1, textOf } from './slack-harness.ts';

type Button = { action_id: string; value: string };
const buttonsOf = (body: { blocks?: unknown }): Button[] =>
  ((body.blocks ?? []) as { type: string; elements?: Button[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);

describe('Slack: one topic resolver, kept by "Another one"; mistakes say what to type', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await slackHarness();
  });
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it('names the sections a partly typed topic chose, and "Another one" stays on them', async () => {
    const bob = T1('UBOB', 'bob');
    const { responseUrl } = await h.command(bob, 'C1', 'compo');
    const question = (await h.reply(responseUrl)).body;
    expect(textOf(question)).toContain('Questions from Docker Compose.');
    const option = buttonsOf(question)[0];
    if (option === undefined) throw new Error('no option button');
    const answered = await h.click(
      bob,
      'C1',
      { actionId: option.action_id, value: option.value },
      { ephemeral: true },
    );
    const verdict = (await h.reply(answered.responseUrl)).body;
    const another = buttonsOf(verdict).find((b) => b.action_id === 'nq_practice_next');
    if (another === undefined) throw new Error('no "Another one" button');
    const next = await h.click(
      bob,
      'C1',
      { actionId: another.action_id, value: another.value },
      { ephemeral: true },
    );
    const nextQuestion = (await h.reply(next.responseUrl)).body;
    expect(textOf(nextQuestion)).toContain('Questions from Docker Compose.');
    expect(textOf(nextQuestion)).toContain('docker compose');
  });

  it('a topic leaderboard is titled by the sections it counts; an unknown one offers the closest', async () => {
    const board = await h.command(T1('UBOB'), 'C1', 'leaderboard all compo');
    expect(textOf((await h.reply(board.responseUrl)).body)).toContain(
      'Leaderboard: topic Docker Compose, all time',
    );
    const typo = await h.command(T1('UBOB'), 'C1', 'leaderboard all Dokcer');
    expect(textOf((await h.reply(typo.responseUrl)).body)).toContain(
      'There is no topic called \\"Dokcer\\". Did you mean Docker? Type /quiz topics for the list.',
    );
  });

  it('a mistyped sub-command is offered back, and /quiz topics lists the topics', async () => {
    const typo = await h.command(T1('UBOB'), 'C1', 'leaderbord');
    expect(textOf((await h.reply(typo.responseUrl)).body)).toContain('Did you mean leaderboard?');
    const period = await h.command(T1('UBOB'), 'C1', 'leaderboard wek');
    expect(textOf((await h.reply(period.responseUrl)).body)).toContain('Did you mean week?');
    const topics = await h.command(T1('UBOB'), 'C1', 'topics');
    expect(textOf((await h.reply(topics.responseUrl)).body)).toContain(
      'Topics: Basics, Branches, Containers, Docker',
    );
  });
});
