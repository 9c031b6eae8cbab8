import { expect, it } from 'vitest';
import type { FlagRecord, SuppressionRecord } from '../../src/engine/question-flags.ts';
import { at, type GetStore, T1, T2 } from './contract-fixtures.ts';

function flag(playerId: string, overrides: Partial<FlagRecord> = {}): FlagRecord {
  return {
    tenantId: T1,
    questionId: 'q1',
    fingerprint: 'text-1',
    playerId,
    reason: 'wrong_answer',
    note: null,
    createdAt: at('2026-03-02T10:00:00Z'),
    resolvedAt: null,
    ...overrides,
  };
}

function suppression(overrides: Partial<SuppressionRecord> = {}): SuppressionRecord {
  return {
    tenantId: T1,
    questionId: 'q1',
    fingerprint: 'text-1',
    byPlayerId: null,
    createdAt: at('2026-03-02T11:00:00Z'),
    ...overrides,
  };
}

const P = (name: string, tenant = T1) => `${tenant}:${name}`;

export function flagContract(store: GetStore): void {
  it('keeps one report per player and question text: a retry or a second press is a duplicate', async () => {
    const first = await store().recordFlag(flag(P('ann'), { note: 'The key should be "443" <b>' }));
    expect(first).toEqual({ outcome: 'recorded', openReports: 1 });
    // The same player again, even with another reason: nothing changes.
    expect(await store().recordFlag(flag(P('ann'), { reason: 'unclear' }))).toEqual({
      outcome: 'duplicate',
      openReports: 1,
    });
    const open = await store().openFlags(T1);
    expect(open).toHaveLength(1);
    expect(open[0]).toEqual(flag(P('ann'), { note: 'The key should be "443" <b>' }));
  });

  it('stores exactly one of many identical reports sent at once', async () => {
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => store().recordFlag(flag(P('ann')))));
    expect(outcomes.filter((o) => o.outcome === 'recorded')).toHaveLength(1);
    expect(outcomes.every((o) => o.openReports === 1)).toBe(true);
    expect(await store().openFlags(T1)).toHaveLength(1);
  });

  it('counts the open reports of one text in one tenant, after the report is stored', async () => {
    expect((await store().recordFlag(flag(P('ann')))).openReports).toBe(1);
    expect((await store().recordFlag(flag(P('bob'), { reason: 'unclear' }))).openReports).toBe(2);
    // Another tenant, another question, another text of the question: counted apart.
    expect((await store().recordFlag(flag(P('cy', T2), { tenantId: T2 }))).openReports).toBe(1);
    expect((await store().recordFlag(flag(P('dan'), { questionId: 'q2' }))).openReports).toBe(1);
    expect((await store().recordFlag(flag(P('ann'), { fingerprint: 'text-2' }))).openReports).toBe(1);
    expect((await store().recordFlag(flag(P('eve')))).openReports).toBe(3);
    expect((await store().openFlags(T1)).map((f) => f.playerId).sort()).toEqual(
      [P('ann'), P('ann'), P('bob'), P('dan'), P('eve')].sort(),
    );
    expect(await store().openFlags(null)).toHaveLength(6);
  });

  it('of several players reporting at once, the last one counted sees every report', async () => {
    const players = Array.from({ length: 12 }, (_, i) => P(`p${i}`));
    const outcomes = await Promise.all(players.map((p) => store().recordFlag(flag(p))));
    expect(outcomes.every((o) => o.outcome === 'recorded')).toBe(true);
    expect(Math.max(...outcomes.map((o) => o.openReports))).toBe(12);
  });

  it('closes the open reports of a question in a tenant; closed ones neither count nor come back', async () => {
    await store().recordFlag(flag(P('ann')));
    await store().recordFlag(flag(P('bob')));
    await store().recordFlag(flag(P('cy', T2), { tenantId: T2 }));
    expect(await store().resolveFlags(T1, 'q1', at('2026-03-03T09:00:00Z'))).toBe(2);
    expect(await store().resolveFlags(T1, 'q1', at('2026-03-03T09:00:00Z'))).toBe(0);
    expect(await store().openFlags(T1)).toEqual([]);
    expect(await store().openFlags(T2)).toHaveLength(1);
    // The same player cannot report the same text again; a new player starts a new count.
    expect(await store().recordFlag(flag(P('ann')))).toEqual({ outcome: 'duplicate', openReports: 0 });
    expect(await store().recordFlag(flag(P('dan')))).toEqual({ outcome: 'recorded', openReports: 1 });
    // A changed text can be reported again by the same player.
    expect((await store().recordFlag(flag(P('ann'), { fingerprint: 'text-2' }))).outcome).toBe('recorded');
  });

  it('takes a question out of play once per tenant: one of many racing calls wins', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () => store().suppressQuestion(suppression())),
    );
    expect(outcomes.filter((o) => o === 'suppressed')).toHaveLength(1);
    expect(await store().suppressQuestion(suppression({ byPlayerId: P('ada') }))).toBe('already_suppressed');
    expect(await store().suppressQuestion(suppression({ tenantId: T2 }))).toBe('suppressed');
    expect(await store().suppressions(T1)).toEqual([suppression()]);
    expect((await store().suppressions(null)).map((s) => s.tenantId).sort()).toEqual([T1, T2].sort());
  });

  it('a suppression of another text of the question is replaced, and lifting puts it back in play', async () => {
    await store().suppressQuestion(suppression());
    const replaced = suppression({
      fingerprint: 'text-2',
      byPlayerId: P('ada'),
      createdAt: at('2026-03-04T08:00:00Z'),
    });
    expect(await store().suppressQuestion(replaced)).toBe('suppressed');
    expect(await store().suppressions(T1)).toEqual([replaced]);
    expect(await store().liftSuppression(T1, 'q1')).toBe(true);
    expect(await store().liftSuppression(T1, 'q1')).toBe(false);
    expect(await store().suppressions(T1)).toEqual([]);
  });

  it('after a load, lifts in every tenant the suppressions of questions whose text changed', async () => {
    await store().suppressQuestion(suppression());
    await store().suppressQuestion(suppression({ tenantId: T2 }));
    await store().suppressQuestion(suppression({ questionId: 'q2', fingerprint: 'text-q2' }));
    await store().suppressQuestion(suppression({ questionId: 'gone', fingerprint: 'text-gone' }));
    const current = new Map([
      ['q1', 'text-1-edited'],
      ['q2', 'text-q2'],
    ]);
    expect(await store().liftChangedSuppressions(current)).toBe(2);
    // q2 is unchanged; a question no longer in the notes keeps its suppression (it may come back).
    expect((await store().suppressions(null)).map((s) => s.questionId).sort()).toEqual(['gone', 'q2']);
    expect(await store().liftChangedSuppressions(current)).toBe(0);
  });

  it('keeps what players wrote as written: quotes, markup, Chinese', async () => {
    const note = '答案应该是 `docker ps -a` & <!channel> "quoted"';
    await store().recordFlag(flag(P('ann'), { reason: 'other', note }));
    expect((await store().openFlags(T1))[0]?.note).toBe(note);
  });
}
