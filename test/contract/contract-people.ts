import { expect, it } from 'vitest';
import { C1, C2, CX, type GetStore, question, seedTenant, T1, T2 } from './contract-fixtures.ts';

const weekdays = {
  postTime: '09:00',
  closeTime: '17:00',
  timezone: 'Asia/Shanghai',
  weekdays: [1, 2, 3, 4, 5],
};

export function peopleContract(store: GetStore): void {
  it('creates a tenant, refreshes its name and keeps its language', async () => {
    expect(await store().upsertTenant({ id: T1, name: 'Acme' })).toEqual({
      id: T1,
      name: 'Acme',
      lang: null,
    });
    await store().setTenantLang(T1, 'zh');
    expect(await store().upsertTenant({ id: T1, name: 'Acme Inc' })).toEqual({
      id: T1,
      name: 'Acme Inc',
      lang: 'zh',
    });
    await store().setTenantLang(T1, null);
    expect(await store().getTenant(T1)).toEqual({ id: T1, name: 'Acme Inc', lang: null });
    expect(await store().getTenant('slack:none')).toBeNull();
  });

  it('creates players at rating 1500, refreshes display names and survives racing first messages', async () => {
    await store().upsertTenant({ id: T1, name: 'Acme' });
    const p = 'slack:T1:U1';
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        store().upsertPlayer({ id: p, tenantId: T1, displayName: `Ann ${i}`, isBot: false }),
      ),
    );
    expect(results.every((r) => r.rating === 1500 && r.ratedGames === 0)).toBe(true);
    const renamed = await store().upsertPlayer({ id: p, tenantId: T1, displayName: '安妮', isBot: false });
    expect(renamed).toEqual({
      id: p,
      tenantId: T1,
      displayName: '安妮',
      isBot: false,
      rating: 1500,
      ratedGames: 0,
    });
    await store().upsertPlayer({ id: 'slack:T1:U2', tenantId: T1, displayName: 'Bo', isBot: true });
    const found = await store().getPlayers(['slack:T1:U2', 'slack:T1:nobody', p, p]);
    expect(found.map((f) => [f.id, f.isBot])).toEqual([
      ['slack:T1:U2', true],
      [p, false],
    ]);
    expect(await store().getPlayer('slack:T1:nobody')).toBeNull();
  });

  it('creates channels in UTC unless told, and keeps timezone and schedule on a refresh', async () => {
    await seedTenant(store(), []);
    expect((await store().getChannel(C1))?.timezone).toBe('UTC');
    const sh = await store().upsertChannel({
      id: 'slack:T1:C3',
      tenantId: T1,
      name: 'c3',
      timezone: 'Asia/Shanghai',
    });
    expect(sh).toEqual({
      id: 'slack:T1:C3',
      tenantId: T1,
      name: 'c3',
      timezone: 'Asia/Shanghai',
      schedule: null,
      pauseReason: null,
      reminder: false,
    });
    await store().setChannelSchedule('slack:T1:C3', { ...weekdays, paused: false });
    const again = await store().upsertChannel({
      id: 'slack:T1:C3',
      tenantId: T1,
      name: '新名字',
      timezone: 'Europe/Berlin',
    });
    expect(again.name).toBe('新名字');
    expect(again.timezone).toBe('Asia/Shanghai');
    expect(again.schedule).toEqual({ ...weekdays, paused: false });
  });

  it('sets, pauses and clears schedules, and lists every scheduled channel (paused included) by id', async () => {
    await seedTenant(store(), []);
    await seedTenant(store(), [], T2);
    await store().setChannelSchedule(C2, { ...weekdays, paused: false });
    await store().setChannelSchedule(
      C1,
      { ...weekdays, weekdays: [6, 7], paused: true },
      'channel_not_found',
    );
    await store().setChannelSchedule(CX, { ...weekdays, paused: false });
    expect((await store().listScheduledChannels()).map((c) => c.id)).toEqual([CX, C1, C2].sort());
    const c1 = await store().getChannel(C1);
    expect(c1?.schedule).toEqual({ ...weekdays, weekdays: [6, 7], paused: true });
    expect(c1?.pauseReason).toBe('channel_not_found');
    // No reason given: the stored one stays.
    expect((await store().setChannelSchedule(C1, { ...weekdays, paused: true })).pauseReason).toBe(
      'channel_not_found',
    );
    expect(
      (await store().setChannelSchedule(C1, { ...weekdays, paused: false }, null)).pauseReason,
    ).toBeNull();
    const cleared = await store().setChannelSchedule(C1, null);
    expect(cleared.schedule).toBeNull();
    expect((await store().listScheduledChannels()).map((c) => c.id)).toEqual([CX, C2].sort());
    await expect(store().setChannelSchedule('slack:T1:missing', null)).rejects.toThrow();
  });

  it('pauses every running schedule of one tenant and says how many, leaving other tenants alone', async () => {
    await seedTenant(store(), []);
    await seedTenant(store(), [], T2);
    await store().setChannelSchedule(C1, { ...weekdays, paused: false });
    await store().setChannelSchedule(C2, { ...weekdays, paused: false });
    await store().setChannelSchedule(CX, { ...weekdays, paused: false });
    expect(await store().pauseTenantSchedules(T1, 'uninstalled')).toBe(2);
    expect((await store().getChannel(C1))?.schedule?.paused).toBe(true);
    expect((await store().getChannel(C2))?.pauseReason).toBe('uninstalled');
    expect((await store().getChannel(CX))?.schedule?.paused).toBe(false);
    expect(await store().pauseTenantSchedules(T1, 'uninstalled')).toBe(0);
  });

  it("resumes only the tenant's schedules paused for the given reason, keeping their settings", async () => {
    await seedTenant(store(), []);
    await seedTenant(store(), [], T2);
    await store().setChannelSchedule(C1, { ...weekdays, paused: false });
    await store().setChannelSchedule(C2, { ...weekdays, paused: true }, 'channel_not_found');
    await store().setChannelSchedule(CX, { ...weekdays, paused: false });
    await store().pauseTenantSchedules(T1, 'app_uninstalled');
    await store().pauseTenantSchedules(T2, 'app_uninstalled');
    expect(await store().resumeTenantSchedules(T1, 'app_uninstalled')).toBe(1);
    expect(await store().getChannel(C1)).toMatchObject({
      schedule: { ...weekdays, paused: false },
      pauseReason: null,
    });
    // Paused for another reason before the uninstall: a person must still act.
    expect((await store().getChannel(C2))?.pauseReason).toBe('channel_not_found');
    expect((await store().getChannel(CX))?.schedule?.paused).toBe(true);
    expect(await store().resumeTenantSchedules(T1, 'app_uninstalled')).toBe(0);
  });

  it('syncs questions: adds, updates in place, retires (never deletes) and brings back', async () => {
    const q1 = question('q1');
    const q2 = question('q2', {
      lang: 'zh',
      stem: '容器是什么？',
      options: ['一种进程', '虚拟机'],
      sectionPath: ['运维', '容器'],
    });
    const q3 = question('q3', { kind: 'flashcard', options: [], correctIndex: null });
    expect(await store().syncQuestions([q1, q2, q3])).toEqual({ added: 3, updated: 0, retired: 0 });
    expect(await store().getQuestion('q2')).toEqual({ question: q2, retired: false });
    expect(await store().getQuestion('q3')).toEqual({ question: q3, retired: false });
    expect(await store().syncQuestions([q1, q2, q3])).toMatchObject({ added: 0, retired: 0 });

    const edited = { ...q1, stem: 'A better stem?' };
    expect(await store().syncQuestions([edited, q2])).toEqual({ added: 0, updated: 1, retired: 1 });
    expect(await store().getQuestion('q1')).toEqual({ question: edited, retired: false });
    expect(await store().getQuestion('q3')).toEqual({ question: q3, retired: true });
    expect(await store().syncQuestions([edited, q2])).toEqual({ added: 0, updated: 0, retired: 0 });

    expect(await store().syncQuestions([edited, q2, q3])).toEqual({ added: 0, updated: 1, retired: 0 });
    expect(await store().getQuestion('q3')).toEqual({ question: q3, retired: false });
    expect(await store().getQuestion('nope')).toBeNull();
  });

  it('keeps one FSRS state per player and card, listed by due date', async () => {
    const p = 'slack:T1:U1';
    await store().upsertReview({
      playerId: p,
      cardId: 'b',
      due: new Date('2026-03-05T00:00:00Z'),
      state: '{"s":1}',
    });
    await store().upsertReview({
      playerId: p,
      cardId: 'a',
      due: new Date('2026-03-04T00:00:00Z'),
      state: '{"s":2}',
    });
    await store().upsertReview({
      playerId: p,
      cardId: 'b',
      due: new Date('2026-03-03T00:00:00Z'),
      state: '{"s":3}',
    });
    await store().upsertReview({
      playerId: 'slack:T1:U2',
      cardId: 'a',
      due: new Date('2026-03-01T00:00:00Z'),
      state: '{}',
    });
    expect(await store().getReviews(p)).toEqual([
      { playerId: p, cardId: 'b', due: new Date('2026-03-03T00:00:00Z'), state: '{"s":3}' },
      { playerId: p, cardId: 'a', due: new Date('2026-03-04T00:00:00Z'), state: '{"s":2}' },
    ]);
  });
}
