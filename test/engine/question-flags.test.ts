import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/question.ts';
import type { Actor, QuizEngine } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import { duelRoundId } from '../../src/engine/duel-settlement.ts';
import { FLAG_NOTE_MAX_LENGTH } from '../../src/engine/question-flags.ts';
import { SAMPLE_QUESTIONS, sampleQuestion } from '../fakes/sample-questions.ts';
import { seededRandom } from '../fakes/seeded-random.ts';
import { actor, harness, place, scheduledChannel, TENANT, unwrap } from './harness.ts';

const [ann, bob, cy, dan] = ['ann', 'bob', 'cy', 'dan'].map((n) => actor(n)) as [Actor, Actor, Actor, Actor];
const admin = actor('ada');
const asOpponent = (a: Actor) => ({ playerId: a.playerId, displayName: a.displayName, isBot: false });

/** Today's daily round of a scheduled channel, and its question. */
async function dailyRound(engine: QuizEngine, channelId: string) {
  return unwrap(await engine.openDailyRound(channelId));
}

describe('reporting a question', () => {
  it('takes one report per player and question; the reporter learns nothing about others', async () => {
    const h = harness({ start: '2026-01-05T10:00:00Z' });
    const p = await scheduledChannel(h);
    const { round, question } = await dailyRound(h.engine, p.channelId);
    const first = unwrap(await h.engine.flags.report(ann, round.id, { reason: 'wrong_answer' }));
    expect(first).toMatchObject({ outcome: 'recorded', openReports: 1, suppressedNow: false });
    expect(first.question.id).toBe(question.id);
    // A second press, a retry, another reason: one report.
    const again = unwrap(await h.engine.flags.report(ann, round.id, { reason: 'unclear', note: 'hm' }));
    expect(again).toMatchObject({ outcome: 'duplicate', openReports: 1 });
    const [listed] = await h.engine.flags.list(TENANT);
    expect(listed).toMatchObject({ reports: 1, reasons: [{ reason: 'wrong_answer', count: 1 }], notes: [] });
  });

  it('only for a round the player was shown: their team, their practice, their duel', async () => {
    const h = harness({ start: '2026-01-05T10:00:00Z' });
    const p = await scheduledChannel(h);
    const daily = await dailyRound(h.engine, p.channelId);
    const stranger = actor('eve', 'discord:G9');
    expect(await h.engine.flags.report(stranger, daily.round.id, { reason: 'other' })).toMatchObject({
      ok: false,
      code: 'wrong_tenant',
    });
    expect(await h.engine.flags.report(ann, 'daily:nowhere', { reason: 'other' })).toMatchObject({
      ok: false,
      code: 'round_not_found',
    });
    const practice = unwrap(await h.engine.startPractice(ann, p));
    expect(await h.engine.flags.report(bob, practice.round.id, { reason: 'unclear' })).toMatchObject({
      ok: false,
      code: 'not_your_round',
    });
    expect((await h.engine.flags.report(ann, practice.round.id, { reason: 'unclear' })).ok).toBe(true);

    const duel = unwrap(await h.engine.challenge(ann, p, asOpponent(bob), { questions: 2 }));
    const second = duelRoundId(duel.duel.id, 1);
    expect(await h.engine.flags.report(cy, second, { reason: 'unclear' })).toMatchObject({
      ok: false,
      code: 'not_your_round',
    });
    expect((await h.engine.flags.report(bob, second, { reason: 'unclear' })).ok).toBe(true);
  });

  it('keeps what the player wrote as one cleaned paragraph of at most 500 characters', async () => {
    const h = harness();
    const practice = unwrap(await h.engine.startPractice(ann, null));
    const note = `  first line\nsecond\u202Eline\u0000 ${'长'.repeat(600)}`;
    unwrap(await h.engine.flags.report(ann, practice.round.id, { reason: 'other', note }));
    const [listed] = await h.engine.flags.list(TENANT);
    const kept = listed?.notes[0]?.note ?? '';
    expect(kept.startsWith('first line secondline 长长')).toBe(true);
    expect([...kept]).toHaveLength(FLAG_NOTE_MAX_LENGTH);
    expect(kept.endsWith('…')).toBe(true);
  });

  it('the third player to report takes the question out of play, exactly once, in their team only', async () => {
    const h = harness({ start: '2026-01-05T10:00:00Z' });
    const p = await scheduledChannel(h);
    const { round } = await dailyRound(h.engine, p.channelId);
    const outcomes = [];
    for (const who of [ann, bob, cy, dan])
      outcomes.push(unwrap(await h.engine.flags.report(who, round.id, { reason: 'wrong_answer' })));
    expect(outcomes.map((o) => [o.openReports, o.suppressedNow])).toEqual([
      [1, false],
      [2, false],
      [3, true],
      [4, false],
    ]);
    // A retry of the third report does not tell the admins again.
    expect(unwrap(await h.engine.flags.report(cy, round.id, { reason: 'wrong_answer' })).suppressedNow).toBe(
      false,
    );
    const [listed] = await h.engine.flags.list(TENANT);
    expect(listed?.suppression).toMatchObject({ auto: true });
    expect(await h.engine.flags.list('discord:G9')).toEqual([]);
  });

  it('follows the configured number of reports; 0 never suppresses by itself', async () => {
    const once = harness({ settings: { flagSuppressAfter: 1 } });
    const r1 = unwrap(await once.engine.startPractice(ann, null));
    expect(
      unwrap(await once.engine.flags.report(ann, r1.round.id, { reason: 'unclear' })).suppressedNow,
    ).toBe(true);
    const never = harness({ settings: { flagSuppressAfter: 0 } });
    const p = await scheduledChannel(never);
    const { round } = await dailyRound(never.engine, p.channelId);
    for (const who of [ann, bob, cy, dan])
      await never.engine.flags.report(who, round.id, { reason: 'unclear' });
    expect((await never.engine.flags.list(TENANT))[0]?.suppression).toBeNull();
  });
});

describe('questions out of play', () => {
  const bank: readonly Question[] = SAMPLE_QUESTIONS.filter((q) => q.correctIndex !== null).slice(0, 3);
  const [first, second, third] = bank as [Question, Question, Question];

  it('are never picked for practice, daily rounds or duels', async () => {
    const h = harness({ start: '2026-01-05T10:00:00Z', questions: bank });
    unwrap(await h.engine.flags.suppress(admin, first.id));
    const p = await scheduledChannel(h);
    const seen = new Set<string>();
    for (let i = 0; i < 40; i += 1) seen.add(unwrap(await h.engine.startPractice(ann, p)).question.id);
    expect([...seen].sort()).toEqual([second.id, third.id].sort());
    for (let day = 0; day < 6; day += 1) {
      seen.add((await dailyRound(h.engine, p.channelId)).question.id);
      h.clock.advanceDays(1);
    }
    expect(seen.has(first.id)).toBe(false);
    expect(await h.engine.challenge(ann, p, asOpponent(bob), { questions: 3 })).toMatchObject({
      ok: false,
      code: 'not_enough_questions',
    });
    const duel = unwrap(await h.engine.challenge(ann, p, asOpponent(bob), { questions: 2 }));
    expect([...duel.duel.questionIds].sort()).toEqual([second.id, third.id].sort());
  });

  it('only in the tenant whose admin or players took it out', async () => {
    const h = harness({ questions: bank });
    unwrap(await h.engine.flags.suppress(admin, first.id));
    unwrap(await h.engine.flags.suppress(admin, second.id));
    const elsewhere = actor('zoe', 'discord:G9');
    const seen = new Set<string>();
    for (let i = 0; i < 30; i += 1)
      seen.add(unwrap(await h.engine.startPractice(elsewhere, null)).question.id);
    expect(seen.size).toBe(3);
  });

  it('stay out after a reload and a restart, and come back when the note changes', async () => {
    const h = harness({ questions: bank });
    unwrap(await h.engine.flags.suppress(admin, first.id));
    await h.engine.reload(bank);
    const restarted = createEngine({
      store: h.store,
      clock: h.clock,
      random: seededRandom(3),
      questions: bank,
    });
    const practised = async (engine: QuizEngine) => {
      const seen = new Set<string>();
      for (let i = 0; i < 30; i += 1) seen.add(unwrap(await engine.startPractice(ann, null)).question.id);
      return seen;
    };
    expect((await practised(restarted)).has(first.id)).toBe(false);
    expect((await restarted.flags.list(TENANT)).map((f) => f.question.id)).toEqual([first.id]);

    // The note owner fixes the question: same stable id, new text. It is back, and the suppression is gone
    // for good (putting the old text back does not bring it back).
    const fixed: Question = { ...first, stem: `${first.stem} (fixed)` };
    await restarted.reload([fixed, second, third]);
    expect((await practised(restarted)).has(first.id)).toBe(true);
    expect(await restarted.flags.list(TENANT)).toEqual([]);
    await restarted.reload(bank);
    expect(await h.store.suppressions(null)).toEqual([]);
  });

  it('a note changed while the bot was down is back in play at the next start', async () => {
    const h = harness({ questions: bank });
    unwrap(await h.engine.flags.suppress(admin, first.id));
    const fixed: Question = { ...first, answer: `${first.answer} Really.` };
    const next = createEngine({
      store: h.store,
      clock: h.clock,
      random: seededRandom(3),
      questions: [fixed, second, third],
    });
    unwrap(await next.startPractice(ann, null));
    expect(await h.store.suppressions(null)).toEqual([]);
  });

  it('a daily round whose question is taken out after posting still closes and reveals normally', async () => {
    const h = harness({ start: '2026-01-05T10:00:00Z', questions: bank });
    const p = await scheduledChannel(h);
    const { round, question } = await dailyRound(h.engine, p.channelId);
    unwrap(await h.engine.answer(ann, p, round.id, question.correctIndex ?? 0));
    for (const who of [bob, cy, dan])
      unwrap(await h.engine.flags.report(who, round.id, { reason: 'wrong_answer' }));
    expect((await h.engine.flags.list(TENANT))[0]?.suppression).not.toBeNull();
    unwrap(await h.engine.answer(actor('fay'), p, round.id, question.correctIndex ?? 0));
    const { results, closedNow } = await h.engine.closeRound(round.id);
    expect(closedNow).toBe(true);
    expect(results).toMatchObject({ answered: 2, correct: 2 });
    expect(results.question.id).toBe(question.id);
    // And the next day's question is another one.
    h.clock.advanceDays(1);
    expect((await dailyRound(h.engine, p.channelId)).question.id).not.toBe(question.id);
  });
});

describe("the admins' list", () => {
  it('shows each question with its reasons and counts, most reported first, and what players wrote', async () => {
    const h = harness({ start: '2026-01-05T10:00:00Z' });
    const p = await scheduledChannel(h);
    const { round, question } = await dailyRound(h.engine, p.channelId);
    let practice = unwrap(await h.engine.startPractice(dan, p));
    while (practice.question.id === question.id) practice = unwrap(await h.engine.startPractice(dan, p));
    await h.engine.flags.report(ann, round.id, { reason: 'wrong_answer', note: 'B is right too' });
    h.clock.advance(60_000);
    await h.engine.flags.report(bob, round.id, { reason: 'unclear' });
    h.clock.advance(60_000);
    await h.engine.flags.report(cy, round.id, { reason: 'wrong_answer', note: 'see the docs' });
    await h.engine.flags.report(dan, practice.round.id, { reason: 'not_worth_asking' });
    const list = await h.engine.flags.list(TENANT);
    expect(list.map((f) => [f.question.id, f.reports])).toEqual([
      [question.id, 3],
      [practice.question.id, 1],
    ]);
    expect(list[0]?.reasons).toEqual([
      { reason: 'wrong_answer', count: 2 },
      { reason: 'unclear', count: 1 },
    ]);
    expect(list[0]?.notes).toEqual([
      { reason: 'wrong_answer', note: 'see the docs' },
      { reason: 'wrong_answer', note: 'B is right too' },
    ]);
    expect(list[0]?.question.source).toEqual(question.source);
  });

  it('restore puts a question back and closes its reports; dismiss closes them and leaves it in play', async () => {
    const h = harness({ start: '2026-01-05T10:00:00Z' });
    const p = await scheduledChannel(h);
    const { round, question } = await dailyRound(h.engine, p.channelId);
    for (const who of [ann, bob, cy]) await h.engine.flags.report(who, round.id, { reason: 'unclear' });
    expect(unwrap(await h.engine.flags.restore(admin, question.id))).toEqual({ changed: true });
    expect(unwrap(await h.engine.flags.restore(admin, question.id))).toEqual({ changed: false });
    expect(await h.engine.flags.list(TENANT)).toEqual([]);
    // The same players cannot bring it back out; three new ones can.
    expect(unwrap(await h.engine.flags.report(ann, round.id, { reason: 'unclear' })).outcome).toBe(
      'duplicate',
    );
    await h.engine.flags.report(dan, round.id, { reason: 'unclear' });
    expect(unwrap(await h.engine.flags.dismiss(admin, question.id))).toEqual({ changed: true });
    expect(await h.engine.flags.list(TENANT)).toEqual([]);

    unwrap(await h.engine.flags.suppress(admin, question.id));
    expect(unwrap(await h.engine.flags.suppress(admin, question.id))).toEqual({ changed: false });
    expect((await h.engine.flags.list(TENANT))[0]).toMatchObject({
      reports: 0,
      suppression: { auto: false },
    });
    expect(await h.engine.flags.suppress(admin, 'no-such-question')).toMatchObject({
      ok: false,
      code: 'question_not_found',
    });
    expect(await h.engine.flags.dismiss(admin, 'no-such-question')).toMatchObject({
      ok: false,
      code: 'question_not_found',
    });
  });

  it('leaves out reports of a text since changed', async () => {
    const h = harness({ questions: [sampleQuestion('q-git-branch'), sampleQuestion('q-docker-ps')] });
    const practice = unwrap(await h.engine.startPractice(ann, place()));
    await h.engine.flags.report(ann, practice.round.id, { reason: 'wrong_answer' });
    expect(await h.engine.flags.list(TENANT)).toHaveLength(1);
    await h.engine.reload(
      [sampleQuestion('q-git-branch'), sampleQuestion('q-docker-ps')].map((q) =>
        q.id === practice.question.id ? { ...q, answer: 'Rewritten.' } : q,
      ),
    );
    expect(await h.engine.flags.list(TENANT)).toEqual([]);
  });
});
